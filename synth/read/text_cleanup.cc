#include "synth/read/text_cleanup.h"

#include "synth/punctuation_width.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

// Kept between two such characters: they belong to Latin words or numbers.
bool IsLatinWordChar(char32_t c) { return c > ' ' && c < 0x7F; }

}  // namespace

std::string CleanText(std::string_view text) {
  std::u32string s = utf8::Decode(text);
  WidenPunctuation(s);
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (utf8::IsInlineSpace(c)) {
      std::size_t end = i;
      while (end < s.size() && utf8::IsInlineSpace(s[end])) ++end;  // each run is looked at once
      const char32_t before = out.empty() ? 0 : out.back();
      const char32_t after = end < s.size() ? s[end] : 0;
      if (IsLatinWordChar(before) && IsLatinWordChar(after)) out.push_back(' ');
      i = end - 1;
      continue;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF) continue;
    out.push_back(c);
  }
  return utf8::Encode(out);
}

}  // namespace briefcast
