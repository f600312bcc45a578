#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <span>
#include <utility>
#include <vector>

#include "audio/pcm.h"
#include "audio/true_peak.h"

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

// Keeps the true peak of a mono stream at or below settings.ceiling_dbtp by a smoothly
// varying gain (never above 1): look-ahead, so no overshoot and no distortion of the
// waveform's shape. Streaming, in constant memory: the output lags the input by
// latency_samples() until Finish() gives the rest, so in total exactly as many samples come
// out as went in, the same however the input is cut into chunks.
class PeakLimiter {
 public:
  PeakLimiter(int sample_rate_hz, const PeakLimiterSettings& settings);

  std::size_t latency_samples() const { return latency_; }

  // Appends to `out` the limited samples that are ready.
  void Process(std::span<const float> in, std::vector<float>& out);
  // Appends the remaining samples. REQUIRES: called once, after the last Process().
  void Finish(std::vector<float>& out);

 private:
  void Envelope(std::int64_t end, std::vector<float>& out);
  void AddEnvelope(float peak);
  void Emit(std::vector<float>& out);

  float ceiling_;
  std::size_t window_;  // the forward minimum's span: lookahead + 1 samples
  std::size_t latency_;
  float recovery_;
  std::int64_t received_ = 0;                           // input samples so far
  std::int64_t enveloped_ = 0;                          // samples whose true peak is known
  std::int64_t emitted_ = 0;                            // output samples so far
  std::int64_t history_start_ = -kTruePeakBefore;       // index of history_[0]
  std::vector<float> history_;                          // input from emitted_ - kTruePeakBefore on
  std::vector<float> peaks_;                            // scratch for Envelope()
  std::deque<std::pair<std::int64_t, float>> minimum_;  // (index, gain), increasing gains
  float released_ = 1.0f;
  std::vector<float> first_average_;   // the last window_/2 + 1 values in each average
  std::vector<float> second_average_;  // (rings, unity before the start)
  std::size_t ring_position_ = 0;
  double first_sum_ = 0;
  double second_sum_ = 0;
};

// Limits the whole of `pcm` at once (a PeakLimiter over one chunk): no delay.
void LimitPeaks(Pcm& pcm, const PeakLimiterSettings& settings);

}  // namespace briefcast
