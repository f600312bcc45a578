#pragma once

// Fractions, ratios, ranges and arithmetic: 1/3 -> 三分之一, 1:2 -> 一比二,
// 3-5天 -> 三到五天, 1+2 -> 一加二, 2≤4 -> 二小于等于四.

#include "synth/normalize/number_verbalizer.h"
#include "synth/normalize/tn_text.h"

namespace briefcast::tn {

// `number` followed by /N (spaces allowed): 3/16 -> 十六分之三.
MaybeMatch TryFraction(TextView text, const NumberToken& number);

// `number` followed by :N that is not a clock time: 78:96 -> 七十八比九十六.
MaybeMatch TryRatio(TextView text, const NumberToken& number);

// An operator or connector at `pos` spoken as a word because of what surrounds it:
// ~ and - between numbers (到), + between words (加), =, <, >, ≤, ≥, <=, >=, ±, ×, ÷,
// and / between Chinese words (元/吨 -> 元每吨).
MaybeMatch TryOperator(TextView text, std::size_t pos);

}  // namespace briefcast::tn
