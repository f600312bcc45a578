#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast::utf8 {

// Code point returned for a byte that does not start a valid UTF-8 sequence.
inline constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes the code point starting at text[*pos] and advances *pos past it. An invalid or
// truncated sequence yields kInvalid and advances by one byte. REQUIRES: *pos < text.size().
char32_t Next(std::string_view text, std::size_t* pos);

// Appends the UTF-8 encoding of `c` (which must be a valid scalar value).
void Append(std::string* out, char32_t c);
std::string Encode(char32_t c);

// All code points of `text`, invalid bytes dropped.
std::u32string Decode(std::string_view text);
std::string Encode(std::u32string_view text);

// A CJK unified ideograph (BMP blocks and extensions A-H) or compatibility ideograph.
bool IsHan(char32_t c);
// Full-width CJK punctuation and forms (。，、；：？！“”‘’（）《》【】…— and the like).
bool IsCjkPunctuation(char32_t c);
bool IsAsciiDigit(char32_t c);
bool IsAsciiLetter(char32_t c);
// White space inside a line: space, tab, no-break space (U+00A0), ideographic space (U+3000).
bool IsInlineSpace(char32_t c);

}  // namespace briefcast::utf8
