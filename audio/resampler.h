#pragma once

#include "audio/pcm.h"

namespace briefcast {

// Converts `pcm` to `target_rate_hz` with libsoxr (high quality). The result has
// round(samples * target / source) samples. Returns a copy when the rates are equal.
Pcm Resample(const Pcm& pcm, int target_rate_hz);

}  // namespace briefcast
