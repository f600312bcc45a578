#pragma once

#include <utility>
#include <vector>

#include "audio/pcm.h"
#include "audio/peak_limiter.h"

namespace briefcast {

// What the listener gets: the loudness and true peak of the decoded MP3.
struct LoudnessTarget {
  double integrated_lufs = -16.0;
  double true_peak_dbtp = -1.0;
  // LAME at 64-128 kbps lowers the loudness of speech (and of a plain 1 kHz tone) by
  // 0.43-0.45 LU, its quantizer rounding towards zero (measured, docs/audio.md): the PCM is
  // aimed this far above integrated_lufs. Use 0 for WAV output.
  double encoder_loudness_loss_lu = 0.4;
  // MP3 encoding raises the true peaks of eSpeak speech after the +13 dB of gain it needs:
  // over 123 parts of 13 episodes (docs/audio.md) by 0.78 dB at the median, 1.58 dB at the
  // 98th percentile, 2.53 dB at most. The limiter's ceiling sits this far below
  // true_peak_dbtp, above the largest overshoot measured, so that a part is rarely rendered
  // again (0 of the 65 parts of scripts/bench's batch and the seed). Use 0 for WAV output.
  double encoder_peak_margin_db = 2.6;
};

struct LoudnessMeasurement {
  double integrated_lufs = 0;  // EBU R 128 integrated loudness; -inf for silence
  double true_peak_dbtp = 0;   // 4x oversampled true peak
};

// The limiter that keeps `target`'s true peak: its ceiling is true_peak_dbtp minus the
// encoder's margin.
PeakLimiterSettings LimiterFor(const LoudnessTarget& target);

// Finds the gain that, applied before the LimiterFor(target) limiter, brings the limited
// audio to target.integrated_lufs + encoder_loudness_loss_lu. Limiting lowers the loudness
// a little, more the more gain goes in, so this is a root search on (gain in -> loudness
// out) by the secant method, which converges in 2-3 rounds (the first step, with nothing
// to draw a secant from, assumes slope 1). Recording the unprocessed loudness as the
// result of gain 0 makes a good first point. For streaming, one round is one pass.
class GainSearch {
 public:
  explicit GainSearch(const LoudnessTarget& target);

  double aim_lufs() const { return aim_lufs_; }
  // Records that `gain_db` gave `limited_lufs` (finite) and returns the next gain to try.
  double Next(double gain_db, double limited_lufs);
  // How far the last recorded loudness was from the aim, in LU.
  double last_error_lu() const { return last_error_lu_; }

 private:
  double aim_lufs_;
  std::vector<std::pair<double, double>> rounds_;  // (gain in dB, loudness out)
  double last_error_lu_ = 0;
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
