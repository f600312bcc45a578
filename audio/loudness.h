#pragma once

#include "audio/pcm.h"

namespace briefcast {

// What the listener gets: the loudness and true peak of the decoded MP3.
struct LoudnessTarget {
  double integrated_lufs = -16.0;
  double true_peak_dbtp = -1.0;
  // LAME at 64-128 kbps lowers the loudness of speech (and of a plain 1 kHz tone) by
  // 0.43-0.45 LU, its quantizer rounding towards zero (measured, docs/audio.md): the PCM is
  // aimed this far above integrated_lufs. Use 0 for WAV output.
  double encoder_loudness_loss_lu = 0.4;
  // MP3 encoding raises true peaks by up to about 0.6 dB: the limiter's ceiling sits this
  // far below true_peak_dbtp. Use 0 for WAV output.
  double encoder_peak_margin_db = 0.8;
};

struct LoudnessMeasurement {
  double integrated_lufs = 0;  // EBU R 128 integrated loudness; -inf for silence
  double true_peak_dbtp = 0;   // 4x oversampled true peak
};

// Measures `pcm` with libebur128.
LoudnessMeasurement MeasureLoudness(const Pcm& pcm);

// Brings the whole of `pcm` to target.integrated_lufs + encoder_loudness_loss_lu with one
// gain, keeping its true peak at or below true_peak_dbtp - encoder_peak_margin_db with a
// look-ahead limiter (audio/peak_limiter.h); the gain is refined (a few rounds) so the
// loudness after limiting is on target within 0.05 LU. Never per sentence: call it once
// on the whole episode. Silent audio is left as it is.
void NormalizeLoudness(Pcm& pcm, const LoudnessTarget& target);

}  // namespace briefcast
