#pragma once

// Numbers that are codes, read digit by digit: telephone and service numbers,
// IP addresses, identifiers after words like 编号, generations like 90后.
// In numbers people dial, 1 is read 幺 (as CCTV newsreaders and call centres
// do, so 1 and 7 cannot be confused); in other codes it is 一.

#include "synth/normalize/tn_text.h"

namespace briefcast::tn {

// A code starting at `pos` (a digit or '+'), or nothing.
MaybeMatch TryCode(TextView text, std::size_t pos);

}  // namespace briefcast::tn
