#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "audio/peak_limiter.h"
#include "audio/sample_spool.h"

namespace briefcast {

// Predicts the integrated loudness (EBU R 128) that a mono stream would have after a gain
// and a PeakLimiter, for any gain, from one pass over the stream: a measuring pass can then
// choose the gain without running the limiter and a loudness meter once per candidate.
//
// Add() summarizes the stream per hop of 1/64 of a 100 ms gating step (about 1.6 ms): the
// hop's largest true peak and its K-weighted energy (BS.1770 K-weighting). The summary goes
// to a SampleSpool, so memory grows only by one number per 100 ms step. LufsAtGain() then
// rebuilds the limiter's gain from the hop peaks (down at once to what the peaks within the
// look-ahead allow, back up with the release time constant), applies it to the hop
// energies and gates the 400 ms blocks as BS.1770-4 does. The smoothing inside the real
// limiter is not modelled; tests/audio/limited_loudness_test.cc bounds the difference.
class LimitedLoudnessModel {
 public:
  explicit LimitedLoudnessModel(int sample_rate_hz);

  // The stream before the gain, in order, a chunk at a time.
  void Add(std::span<const float> samples);
  // Ends the stream (silence follows). REQUIRES: called once, after the last Add() and
  // before LufsAtGain().
  void Finish();

  // Integrated loudness in LUFS of the stream times `gain_db` after `limiter`; -inf when
  // every block is gated out (silence, or shorter than 400 ms).
  double LufsAtGain(double gain_db, const PeakLimiterSettings& limiter);

  // The gain in dB whose loudness after `limiter` is `aim_lufs` within 0.01 LU, searched
  // from `first_guess_db` (the loudness rises with the gain, ever more slowly as the
  // limiter takes over). 0 when LufsAtGain() is -inf; the last gain tried (60 dB from the
  // guess) when the aim cannot be reached.
  double GainFor(double aim_lufs, double first_guess_db, const PeakLimiterSettings& limiter);

 private:
  static constexpr int kHopsPerStep = 64;
  struct Biquad {
    double b0, b1, b2, a1, a2;
    double z1 = 0, z2 = 0;
    double Filter(double x);
  };
  void Analyse(std::size_t centers);  // the first `centers` samples of window_ + before
  void CloseHop();

  std::int64_t step_samples_;  // 100 ms
  Biquad shelf_, high_pass_;   // the two stages of K-weighting
  std::vector<float> window_;  // samples not yet analysed, after kTruePeakBefore others
  std::vector<float> peaks_;   // scratch for Analyse()
  std::int64_t analysed_ = 0;  // samples analysed so far
  std::int64_t hop_end_ = 0;   // where the current hop ends
  std::int64_t hops_ = 0;      // hops summarized so far
  float hop_peak_ = 0;
  double hop_energy_ = 0;
  SampleSpool hop_summary_;  // (peak, energy) per hop
};

}  // namespace briefcast
