#pragma once

// Shared vocabulary of the text-normalization rules: code points, character
// classes, a rule's result, and context look-ups. Rules work on UTF-32 so that
// one index is one character; the whole front end stays linear in the input.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "synth/normalized_text.h"
#include "synth/utf8.h"

namespace briefcast::tn {

using Text = std::u32string;
using TextView = std::u32string_view;

inline bool IsDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
using utf8::IsAsciiLetter;
using utf8::IsHan;
using utf8::IsInlineSpace;

// What a rule recognized at a position: the input it consumed ends at `end`
// (exclusive) and is spoken as `spoken`; `kind` says what numeral it read, if any.
struct Match {
  std::size_t end = 0;
  Text spoken;
  NumeralKind kind = NumeralKind::kNone;
};

// A written form and what is said for it: a currency sign, an operator, a unit.
struct Rewrite {
  TextView written;
  TextView spoken;
};
using MaybeMatch = std::optional<Match>;

// True when `word` ends right before `pos`, ignoring spaces in between.
bool PrecededBy(TextView text, std::size_t pos, TextView word);
// True when one of the '|'-separated words ends within `window` characters before `pos`.
bool ContextBefore(TextView text, std::size_t pos, TextView words, std::size_t window);
// True when `word` starts at `pos`.
bool StartsWith(TextView text, std::size_t pos, TextView word);
// Index of the first non-space character at or after `pos`.
std::size_t SkipSpaces(TextView text, std::size_t pos);
// Length of the run of ASCII digits starting at `pos`.
std::size_t DigitRun(TextView text, std::size_t pos);

}  // namespace briefcast::tn
