#include "synth/text_cleanup.h"

#include "synth/utf8.h"

namespace briefcast {
namespace {

bool IsChinese(char32_t c) { return utf8::IsHan(c) || utf8::IsCjkPunctuation(c); }

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// Kept between two such characters: they belong to Latin words or numbers.
bool IsLatinWordChar(char32_t c) { return c > ' ' && c < 0x7F; }

// The full-width form of an ASCII punctuation mark, or 0 when it has none we use.
char32_t FullWidth(char32_t c) {
  switch (c) {
    case ',':
      return U'，';
    case ';':
      return U'；';
    case ':':
      return U'：';
    case '!':
      return U'！';
    case '?':
      return U'？';
    case '(':
      return U'（';
    case ')':
      return U'）';
    case '.':
      return U'。';
    default:
      return 0;
  }
}

// The nearest character before/after index i that is not white space, or 0.
char32_t NeighbourBefore(const std::u32string& s, std::size_t i) {
  while (i > 0) {
    if (!IsSpace(s[--i])) return s[i];
  }
  return 0;
}

char32_t NeighbourAfter(const std::u32string& s, std::size_t i) {
  while (++i < s.size()) {
    if (!IsSpace(s[i])) return s[i];
  }
  return 0;
}

// Turns ASCII punctuation beside Chinese into full width; straight double quotes beside
// Chinese alternate between “ and ”.
void WidenPunctuation(std::u32string& s) {
  bool quote_open = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t before = NeighbourBefore(s, i);
    const char32_t after = NeighbourAfter(s, i);
    const bool beside_chinese = IsChinese(before) || IsChinese(after);
    if (s[i] == '"') {
      if (beside_chinese) s[i] = quote_open ? U'”' : U'“';
      quote_open = !quote_open;
      continue;
    }
    const char32_t wide = FullWidth(s[i]);
    if (wide == 0 || !beside_chinese) continue;
    const bool between_digits = utf8::IsAsciiDigit(before) && utf8::IsAsciiDigit(after);
    if ((s[i] == '.' || s[i] == ':') && between_digits) continue;
    if (s[i] == '.' && !utf8::IsHan(before)) continue;  // "A.I", "3." stay
    s[i] = wide;
  }
}

}  // namespace

std::string CleanText(std::string_view text) {
  std::u32string s = utf8::Decode(text);
  WidenPunctuation(s);
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (IsSpace(c)) {
      std::size_t end = i;
      while (end < s.size() && IsSpace(s[end])) ++end;  // each run is looked at once
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
