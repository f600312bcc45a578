#pragma once

// Quantities: money (¥199 -> 一百九十九元), percentages (30% -> 百分之三十),
// units written with symbols (25kg -> 二十五千克, 38℃ -> 三十八摄氏度), and the
// choice between 两 and 二 for a lone 2 before a measure word.

#include "synth/normalize/number_verbalizer.h"
#include "synth/normalize/tn_text.h"

namespace briefcast::tn {

// A currency sign or code followed by an amount: ¥199, $20, HK$13.5, CNY 1.25,
// $1.5万 -> 一点五万美元.
MaybeMatch TryMoney(TextView text, std::size_t pos);

// `number` followed by % or ‰, including ranges 30%~40% and 30~40%.
MaybeMatch TryPercent(TextView text, const NumberToken& number);

// `number` followed by a unit symbol: km, kg, m², ℃, °C, km/h, ms, w (万)...
MaybeMatch TryUnit(TextView text, const NumberToken& number);

// True when a lone 2 before `pos` is read 两: 2个 -> 两个, 2万 -> 两万, 2公里 ->
// 两公里; but 2月, 2号, 2楼, 2两 keep 二.
bool TakesLiang(TextView text, std::size_t pos);

// True when a number before `pos` counts something, so that its 一 takes sandhi: a
// measure word or unit TakesLiang knows, or 分 (points, minutes): 1个, 1人, 以1分之差.
bool CountsSomething(TextView text, std::size_t pos);

}  // namespace briefcast::tn
