#pragma once

#include <string>
#include <string_view>

#include "synth/normalized_text.h"

namespace briefcast {

// Rewrites written Chinese into the words a newsreader says, in Hanzi:
// "14.54亿元" -> "十四点五四亿元", "2024年6月7日" -> "二零二四年六月七日", "50%" -> "百分之五十".
// Latin words and acronyms are kept as they are (the pinyin converter handles them);
// punctuation is kept, in its full-width form between Chinese text.
// Input is UTF-8 (invalid bytes are dropped); output is UTF-8.
std::string NormalizeText(std::string_view text);

// The same text with where each numeral came from (NumeralKind), for the pinyin stage:
// NormalizeForReading(t).text == NormalizeText(t).
NormalizedText NormalizeForReading(std::string_view text);

}  // namespace briefcast
