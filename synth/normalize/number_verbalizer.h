#pragma once

// Reading numbers aloud in Mandarin: cardinals with 万/亿 grouping and 零,
// decimals with 点, and digit strings read one digit at a time.

#include <optional>

#include "synth/normalize/tn_text.h"

namespace briefcast::tn {

// How a 2 is read: 两 for "two of something" (两个), the numeral 二 for counting
// and naming (二百, 十二). Cardinals say 两 in the 千 place and for a leading 2
// before 万/亿 (两千, 两万); ordinals say 二 everywhere (第二千, 第二万).
enum class Two {
  kEr,       // a bare 2 is 二; 两千, 两万 as in every cardinal
  kLiang,    // a bare 2 is 两 (before a measure word: 两个)
  kOrdinal,  // every 2 is 二: the number after 第
};

// Integers up to 16 digits ("1024" -> 一千零二十四, "100000" -> 十万). A leading 十
// drops its 一 ("10" -> 十, "110" -> 一百一十). A 2 in a 千 place is 两千 and a whole
// leading group of 2 before 万/亿 is 两万/两亿, except with Two::kOrdinal; `two`
// decides a bare "2".
// Longer inputs and inputs with leading zeros ("007") are read digit by digit.
// REQUIRES: `digits` is non-empty and all ASCII digits.
Text ReadCardinal(TextView digits, Two two = Two::kEr);

// Digit by digit: "2024" -> 二零二四; with `yao` 1 is 幺 ("110" -> 幺幺零).
Text ReadDigits(TextView digits, bool yao = false);

// "14", "54" -> 十四点五四. An empty `fraction` reads as a cardinal.
Text ReadDecimal(TextView integer, TextView fraction, Two two = Two::kEr);

// A written number: optional minus sign, digits with optional thousands
// separators ("1,024"), optional decimal part (".5", "14.54").
struct NumberToken {
  std::size_t begin = 0;  // first character, the sign when there is one
  std::size_t end = 0;    // one past the last digit
  bool negative = false;
  Text integer;   // digits only, separators removed; empty for ".22"
  Text fraction;  // digits after the point; empty when there is none
  bool has_point = false;
};

// The number starting at `pos`, if any. A '-' counts as a sign only when no
// digit, letter or '%' precedes it (otherwise it is a range or a minus).
std::optional<NumberToken> ScanNumber(TextView text, std::size_t pos);

// "-14.54" -> 负十四点五四; `strip_zeros` drops trailing decimal zeros (money).
Text ReadNumber(const NumberToken& number, Two two = Two::kEr, bool strip_zeros = false);

}  // namespace briefcast::tn
