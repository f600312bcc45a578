#pragma once

#include <chrono>

#include "audio/pcm.h"

namespace briefcast {

struct PeakLimiterSettings {
  double ceiling_dbtp = -1.7;  // highest true peak (4x oversampled) let through
  // The gain starts falling this long before a peak and reaches its floor at the peak: the
  // attack time. Long enough for a smooth S-shaped ramp (no click), short enough to leave
  // the syllable before the peak untouched.
  std::chrono::microseconds lookahead{5000};
  // Time constant of the gain's exponential return to unity after a peak. 80 ms recovers
  // within a syllable without the audible "breathing" of shorter releases.
  std::chrono::milliseconds release{80};
};

// Keeps the true peak of `pcm` at or below settings.ceiling_dbtp by a smoothly varying
// gain (never above 1): look-ahead, so no overshoot and no distortion of the waveform's
// shape. Works on the whole buffer at once (offline); it adds no delay.
void LimitPeaks(Pcm& pcm, const PeakLimiterSettings& settings);

}  // namespace briefcast
