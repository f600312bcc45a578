#include "audio/peak_limiter.h"

#include <algorithm>
#include <cmath>

namespace briefcast {
namespace {

// Input kept beyond what the output still needs before it is dropped (amortizes erase).
constexpr std::int64_t kCompactAfter = 1 << 16;

}  // namespace

PeakLimiter::PeakLimiter(int sample_rate_hz, const PeakLimiterSettings& settings)
    : ceiling_(static_cast<float>(std::pow(10.0, settings.ceiling_dbtp / 20.0))) {
  const auto lookahead = std::max<std::size_t>(
      2, static_cast<std::size_t>(settings.lookahead.count() * sample_rate_hz / 1000000));
  const std::size_t half = lookahead / 2;
  // Two cascaded moving averages of half the look-ahead each give an S-shaped attack.
  // Each gain value is the minimum over the next 2 * half + 1 samples, and the two
  // averages together span at most that many past values, so every smoothed gain is still
  // at or below what the peak it precedes requires.
  window_ = 2 * half + 1;
  latency_ = kTruePeakAfter + window_ - 1;
  const double release_samples = std::max(1.0, settings.release.count() * sample_rate_hz / 1000.0);
  recovery_ = static_cast<float>(1.0 - std::exp(-1.0 / release_samples));
  first_average_.assign(half + 1, 1.0f);
  second_average_.assign(half + 1, 1.0f);
  first_sum_ = second_sum_ = static_cast<double>(half + 1);
  history_.assign(kTruePeakBefore, 0.0f);
}

void PeakLimiter::AddEnvelope(float peak) {
  const float gain = peak > ceiling_ ? ceiling_ / peak : 1.0f;
  while (!minimum_.empty() && minimum_.back().second >= gain) minimum_.pop_back();
  minimum_.emplace_back(enveloped_, gain);
  ++enveloped_;
}

// Emits sample emitted_: REQUIRES the gains up to emitted_ + window_ - 1 (or to the end).
void PeakLimiter::Emit(std::vector<float>& out) {
  while (minimum_.front().first < emitted_) minimum_.pop_front();
  // Falls instantly, recovers towards 1 exponentially.
  released_ = std::min(minimum_.front().second, released_ + (1.0f - released_) * recovery_);
  const double length = static_cast<double>(first_average_.size());
  first_sum_ += released_ - first_average_[ring_position_];
  first_average_[ring_position_] = released_;
  const float first = static_cast<float>(first_sum_ / length);
  second_sum_ += first - second_average_[ring_position_];
  second_average_[ring_position_] = first;
  const float gain = static_cast<float>(second_sum_ / length);
  if (++ring_position_ == first_average_.size()) ring_position_ = 0;
  out.push_back(history_[emitted_ - history_start_] * gain);
  ++emitted_;
}

// Adds the true peaks of the samples up to `end` to the envelope, emitting what is ready.
void PeakLimiter::Envelope(std::int64_t end, std::vector<float>& out) {
  if (end <= enveloped_) return;
  peaks_.resize(static_cast<std::size_t>(end - enveloped_));
  // Only peaks over the ceiling matter (they alone lower the gain): the others are not
  // interpolated.
  TruePeaksOver(history_.data() + (enveloped_ - kTruePeakBefore - history_start_), peaks_.size(),
                ceiling_, peaks_.data());
  for (float peak : peaks_) {
    AddEnvelope(peak);
    if (enveloped_ - emitted_ >= static_cast<std::int64_t>(window_)) Emit(out);
  }
}

void PeakLimiter::Process(std::span<const float> in, std::vector<float>& out) {
  history_.insert(history_.end(), in.begin(), in.end());
  received_ += static_cast<std::int64_t>(in.size());
  Envelope(received_ - kTruePeakAfter, out);
  const std::int64_t unneeded = emitted_ - kTruePeakBefore - history_start_;
  if (unneeded > kCompactAfter) {
    history_.erase(history_.begin(), history_.begin() + unneeded);
    history_start_ += unneeded;
  }
}

void PeakLimiter::Finish(std::vector<float>& out) {
  history_.insert(history_.end(), kTruePeakAfter, 0.0f);  // silence after the end, as before it
  Envelope(received_, out);
  while (emitted_ < received_) Emit(out);
}

void LimitPeaks(Pcm& pcm, const PeakLimiterSettings& settings) {
  if (pcm.samples.empty() || pcm.sample_rate_hz <= 0) return;
  PeakLimiter limiter(pcm.sample_rate_hz, settings);
  std::vector<float> out;
  out.reserve(pcm.samples.size());
  limiter.Process(pcm.samples, out);
  limiter.Finish(out);
  pcm.samples = std::move(out);
}

}  // namespace briefcast
