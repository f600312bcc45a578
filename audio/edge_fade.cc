#include "audio/edge_fade.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>

namespace briefcast {
namespace {

// Below this a sample is digital silence (eSpeak writes exact zeros in its pauses).
constexpr float kSilent = 1e-6f;

std::size_t Samples(std::chrono::microseconds duration, int sample_rate_hz) {
  const std::int64_t samples = duration.count() * sample_rate_hz / 1'000'000;
  return static_cast<std::size_t>(std::max<std::int64_t>(samples, 0));
}

// The raised-cosine weight of sample k of a ramp of n samples rising from 0 towards 1:
// (1 - cos(pi (k + 0.5) / n)) / 2, never exactly 0 or 1.
float Weight(std::size_t k, std::size_t n) {
  const double phase = std::numbers::pi * (static_cast<double>(k) + 0.5) / static_cast<double>(n);
  return static_cast<float>(0.5 * (1.0 - std::cos(phase)));
}

bool IsSilent(float sample) { return std::fabs(sample) < kSilent; }

// Ramps one stretch of speech in over `in` samples and out over `out`, from its first to
// its last sound (silence at its ends, such as a closure before the pause, takes no ramp).
void FadeStretch(std::span<float> stretch, std::size_t in, std::size_t out) {
  const auto first = std::find_if_not(stretch.begin(), stretch.end(), IsSilent);
  const auto last = std::find_if_not(stretch.rbegin(), stretch.rend(), IsSilent);
  if (first == stretch.end()) return;
  stretch = stretch.subspan(static_cast<std::size_t>(first - stretch.begin()),
                            static_cast<std::size_t>(last.base() - first));
  if (in + out > stretch.size() && in + out > 0) {
    in = stretch.size() * in / (in + out);
    out = stretch.size() - in;
  }
  for (std::size_t k = 0; k < in; ++k) stretch[k] *= Weight(k, in);
  for (std::size_t k = 0; k < out; ++k) stretch[stretch.size() - 1 - k] *= Weight(k, out);
}

}  // namespace

void FadeAroundPauses(std::span<float> samples, int sample_rate_hz, const EdgeFade& fade) {
  const std::size_t in = Samples(fade.in, sample_rate_hz);
  const std::size_t out = Samples(fade.out, sample_rate_hz);
  const std::size_t min_pause = std::max<std::size_t>(1, Samples(fade.min_pause, sample_rate_hz));
  std::size_t stretch_begin = 0;  // where the current stretch of speech began
  std::size_t i = 0;
  while (i < samples.size()) {
    if (!IsSilent(samples[i])) {
      ++i;
      continue;
    }
    std::size_t run_end = i;
    while (run_end < samples.size() && IsSilent(samples[run_end])) ++run_end;
    if (run_end - i >= min_pause) {
      FadeStretch(samples.subspan(stretch_begin, i - stretch_begin), in, out);
      stretch_begin = run_end;
    }
    i = run_end;
  }
  FadeStretch(samples.subspan(stretch_begin), in, out);
}

}  // namespace briefcast
