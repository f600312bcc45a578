#include "audio/peak_limiter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <numbers>
#include <vector>

namespace briefcast {
namespace {

constexpr int kOversampling = 4;
constexpr int kTapsPerPhase = 12;  // the interpolator looks 6 samples either side

// Windowed-sinc interpolation filters for the positions 1/4, 2/4 and 3/4 between samples
// (Blackman window, 12 taps each): within 0.01 dB up to half the Nyquist frequency, -0.4 dB
// at 0.7 of it. Speech resampled from eSpeak's 22.05 kHz has nothing above half of
// Nyquist at 44.1 kHz, so this is all the precision a peak estimate needs.
using PhaseFilters = std::array<std::array<float, kTapsPerPhase>, kOversampling - 1>;

PhaseFilters DesignPhaseFilters() {
  PhaseFilters filters{};
  constexpr double kHalf = kTapsPerPhase / 2.0;
  for (int phase = 1; phase < kOversampling; ++phase) {
    for (int tap = 0; tap < kTapsPerPhase; ++tap) {
      // Distance from the interpolated point to input sample (i + tap - kHalf + 1).
      const double t = static_cast<double>(phase) / kOversampling - (tap - kHalf + 1);
      const double sinc = std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
      const double x = (t + kHalf) / (2 * kHalf);  // 0..1 across the window
      const double window = 0.42 - 0.5 * std::cos(2 * std::numbers::pi * x) +
                            0.08 * std::cos(4 * std::numbers::pi * x);
      filters[phase - 1][tap] = static_cast<float>(sinc * window);
    }
  }
  return filters;
}

// The largest absolute value of the 4x oversampled signal from each sample up to the next:
// inter-sample peaks, which a plain sample peak misses and a DAC (or an MP3 decoder) shows.
std::vector<float> TruePeakEnvelope(const std::vector<float>& samples) {
  static const PhaseFilters kFilters = DesignPhaseFilters();
  constexpr int kBefore = kTapsPerPhase / 2 - 1;
  std::vector<float> padded(samples.size() + kTapsPerPhase, 0.0f);
  std::copy(samples.begin(), samples.end(), padded.begin() + kBefore);
  std::vector<float> peaks(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const float* window = padded.data() + i;  // window[kBefore] is samples[i]
    float peak = std::fabs(samples[i]);
    for (const auto& filter : kFilters) {
      float value = 0;
      for (int tap = 0; tap < kTapsPerPhase; ++tap) value += filter[tap] * window[tap];
      peak = std::max(peak, std::fabs(value));
    }
    peaks[i] = peak;
  }
  return peaks;
}

// out[i] = min(in[i .. i + window - 1]) (clamped at the end), with a monotonic deque.
std::vector<float> ForwardMinimum(const std::vector<float>& in, std::size_t window) {
  std::vector<float> out(in.size());
  std::deque<std::size_t> candidates;  // indices with increasing values
  std::size_t next = 0;
  for (std::size_t i = 0; i < in.size(); ++i) {
    for (; next < in.size() && next < i + window; ++next) {
      while (!candidates.empty() && in[candidates.back()] >= in[next]) candidates.pop_back();
      candidates.push_back(next);
    }
    while (candidates.front() < i) candidates.pop_front();
    out[i] = in[candidates.front()];
  }
  return out;
}

// Falls instantly, recovers towards 1 exponentially with `time_constant_samples`.
void ApplyRelease(std::vector<float>& gain, double time_constant_samples) {
  const float recovery = static_cast<float>(1.0 - std::exp(-1.0 / time_constant_samples));
  float current = 1.0f;
  for (float& g : gain) {
    current = std::min(g, current + (1.0f - current) * recovery);
    g = current;
  }
}

// out[i] = mean(in[i - length + 1 .. i]), with in[k] = 1 before the start.
std::vector<float> TrailingAverage(const std::vector<float>& in, std::size_t length) {
  std::vector<float> out(in.size());
  double sum = static_cast<double>(length);  // `length` samples of unity gain
  for (std::size_t i = 0; i < in.size(); ++i) {
    sum += in[i] - (i >= length ? in[i - length] : 1.0f);
    out[i] = static_cast<float>(sum / static_cast<double>(length));
  }
  return out;
}

}  // namespace

void LimitPeaks(Pcm& pcm, const PeakLimiterSettings& settings) {
  if (pcm.samples.empty() || pcm.sample_rate_hz <= 0) return;
  const float ceiling = static_cast<float>(std::pow(10.0, settings.ceiling_dbtp / 20.0));
  const std::vector<float> peaks = TruePeakEnvelope(pcm.samples);
  std::vector<float> gain(peaks.size());
  for (std::size_t i = 0; i < gain.size(); ++i) {
    gain[i] = peaks[i] > ceiling ? ceiling / peaks[i] : 1.0f;
  }
  // Two cascaded moving averages of half the look-ahead each give an S-shaped attack.
  // Each gain value is the minimum over the next `lookahead + 1` samples, and the two
  // averages together span at most that many past values, so every smoothed gain is still
  // at or below what the peak it precedes requires.
  const auto lookahead = std::max<std::size_t>(
      2, static_cast<std::size_t>(settings.lookahead.count() * pcm.sample_rate_hz / 1000000));
  const std::size_t half = lookahead / 2;
  gain = ForwardMinimum(gain, 2 * half + 1);
  ApplyRelease(gain, std::max(1.0, settings.release.count() * pcm.sample_rate_hz / 1000.0));
  gain = TrailingAverage(TrailingAverage(gain, half + 1), half + 1);
  for (std::size_t i = 0; i < gain.size(); ++i) pcm.samples[i] *= gain[i];
}

}  // namespace briefcast
