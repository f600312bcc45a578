#pragma once

#include "audio/pcm.h"

namespace briefcast {

struct LoudnessTarget {
  double integrated_lufs = -16.0;
  double true_peak_dbtp = -1.0;
};

struct LoudnessMeasurement {
  double integrated_lufs = 0;  // EBU R 128 integrated loudness; -inf for silence
  double true_peak_dbtp = 0;   // 4x oversampled true peak
};

// Measures `pcm` with libebur128.
LoudnessMeasurement MeasureLoudness(const Pcm& pcm);

// Brings the whole of `pcm` to target.integrated_lufs with one gain, then keeps its true
// peak at or below target.true_peak_dbtp with a look-ahead limiter. Never per sentence.
void NormalizeLoudness(Pcm& pcm, const LoudnessTarget& target);

}  // namespace briefcast
