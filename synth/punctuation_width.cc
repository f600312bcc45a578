#include "synth/punctuation_width.h"

#include "synth/utf8.h"

namespace briefcast {
namespace {

bool IsChinese(char32_t c) { return utf8::IsHan(c) || utf8::IsCjkPunctuation(c); }

// A mark after which a '.' ends the sentence: the end of a quotation or parenthesis.
bool IsClosingMark(char32_t c) {
  switch (c) {
    case U'”':
    case U'’':
    case U'）':
    case U'》':
    case U'」':
    case U'』':
    case U'】':
    case U'〉':
      return true;
    default:
      return false;
  }
}

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

}  // namespace

void WidenPunctuation(std::u32string& text) {
  bool quote_open = false;
  // The nearest non-space character before index i, kept up to date as the scan moves on.
  char32_t before = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (utf8::IsInlineSpace(c)) continue;
    if (c == '"' || FullWidth(c) != 0) {
      std::size_t next = i + 1;
      while (next < text.size() && utf8::IsInlineSpace(text[next])) ++next;
      const char32_t after = next < text.size() ? text[next] : 0;
      const bool beside_chinese = IsChinese(before) || IsChinese(after);
      if (c == '"') {
        if (beside_chinese) text[i] = quote_open ? U'”' : U'“';
        quote_open = !quote_open;
      } else if (c == '.') {
        const bool decimal_point = i + 1 < text.size() && utf8::IsAsciiDigit(text[i + 1]);
        if ((utf8::IsHan(before) || IsClosingMark(before)) && !decimal_point) text[i] = U'。';
      } else if (beside_chinese) {
        text[i] = FullWidth(c);
      }
    }
    before = text[i];
  }
}

}  // namespace briefcast
