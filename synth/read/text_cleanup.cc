#include "synth/read/text_cleanup.h"

#include "synth/punctuation_width.h"
#include "synth/read/reader_text.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

// Kept between two such characters: they belong to Latin words or numbers.
bool IsLatinWordChar(char32_t c) { return c > ' ' && c < 0x7F; }

// Kept (as one space) in a title between two such characters: two phrases set apart.
bool IsPhraseChar(char32_t c) {
  return utf8::IsHan(c) || utf8::IsAsciiDigit(c) || utf8::IsAsciiLetter(c);
}

std::string Clean(std::string_view text, bool keep_phrase_gaps) {
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
      if ((IsLatinWordChar(before) && IsLatinWordChar(after)) ||
          (keep_phrase_gaps && IsPhraseChar(before) && IsPhraseChar(after))) {
        out.push_back(' ');
      }
      i = end - 1;
      continue;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF || IsBidiControl(c)) {
      continue;
    }
    out.push_back(c);
  }
  return utf8::Encode(out);
}

}  // namespace

std::string CleanText(std::string_view text) { return Clean(text, false); }

std::string CleanTitle(std::string_view text) { return Clean(text, true); }

bool IsBidiControl(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

namespace {

void DropBidi(std::string& text) {
  // Every control is three bytes in UTF-8, starting E2 80 or E2 81 (or D8 9C for U+061C).
  if (text.find('\xE2') == std::string::npos && text.find('\xD8') == std::string::npos) return;
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = utf8::Next(text, &pos);
    if (!IsBidiControl(c)) out.append(text, start, pos - start);
  }
  text = std::move(out);
}

}  // namespace

void DropBidiControls(Article& article) {
  DropBidi(article.title);
  DropBidi(article.publisher);
  DropBidi(article.source_url);
  for (std::string& paragraph : article.paragraphs) DropBidi(paragraph);
  EraseParagraphsIf(article, [](const std::string& p) { return p.empty(); });
}

}  // namespace briefcast
