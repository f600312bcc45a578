#pragma once

// Dates and clock times. Years are read digit by digit (2024年 -> 二零二四年),
// months and days as cardinals without 两 (2月 -> 二月), times as 点/分/秒 with
// minutes and seconds under ten read with 零 (9:05 -> 九点零五分). Anything that
// is not a valid calendar date or clock time is left to the other rules
// (2024-13-45 is not a date, 25:61 is a ratio).

#include "synth/normalize/number_verbalizer.h"
#include "synth/normalize/tn_text.h"

namespace briefcast::tn {

// Parts of the day that announce a clock time: 下午1点, 晚上7:45 (for ContextBefore).
inline constexpr TextView kDayPartWords = U"上午|下午|晚上|早上|凌晨|中午|傍晚";

// All-numeric dates starting at `pos`: 2024-06-07, 2024/6/7, 2024.06.07,
// 2019·2·10, 08-08-2008, 12/2/2 (two-digit year), 2024-06, 08/2008, 08-08.
MaybeMatch TryNumericDate(TextView text, std::size_t pos);

// Clock times starting at `pos`: 9:30, 24:00, 03:04:05, 22：58, 8:00 a.m.
MaybeMatch TryClockTime(TextView text, std::size_t pos);

// A number followed by 年, 月, 日 or 号 (or ad/bc), read as part of a date.
MaybeMatch TryDateUnit(TextView text, const NumberToken& number);

// A decade written as a plausible year ending in 0 and an `s` that ends the word:
// 1990s -> 一九九零年代. Tried before unit symbols, where `s` is seconds. Two-digit
// decades (90s) are left alone: they are as often ninety seconds.
MaybeMatch TryDecade(TextView text, const NumberToken& number);

}  // namespace briefcast::tn
