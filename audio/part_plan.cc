#include "audio/part_plan.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace briefcast {
namespace {

std::int64_t FloorTo(std::int64_t value, std::int64_t step) {
  return value >= 0 ? value / step * step : -((-value + step - 1) / step) * step;
}

// The part start inside `pause` nearest its middle, or -1 when the join does not fit.
std::int64_t StartInside(const SampleRange& pause, std::int64_t margin) {
  const std::int64_t lowest =
      FloorTo(pause.begin + margin + kJoinSamples + kJoinSamples - 1, kJoinSamples);
  const std::int64_t highest = FloorTo(pause.end - margin, kJoinSamples);
  if (lowest > highest) return -1;
  const std::int64_t middle = (pause.begin + pause.end + kJoinSamples) / 2;
  return std::clamp(FloorTo(middle + kJoinSamples / 2, kJoinSamples), lowest, highest);
}

int PartCount(std::int64_t total, int sample_rate_hz) {
  const double seconds = static_cast<double>(total) / sample_rate_hz;
  if (seconds < 2 * kMinPartSeconds) return 1;
  return 2 * static_cast<int>(std::ceil(seconds / (2 * kPartSeconds)));
}

}  // namespace

std::vector<std::int64_t> PlanParts(std::span<const SampleRange> pauses, std::int64_t total,
                                    int sample_rate_hz) {
  std::vector<std::int64_t> starts = {0};
  const int parts = PartCount(total, sample_rate_hz);
  const auto margin = static_cast<std::int64_t>(std::ceil(kJoinMarginSeconds * sample_rate_hz));
  const std::int64_t reach = total / parts / 3;
  for (int k = 1; k < parts; ++k) {
    const std::int64_t ideal = total * k / parts;
    std::int64_t best = -1;
    std::int64_t best_length = -1;
    for (const SampleRange& pause : pauses) {
      if (pause.end < ideal - reach - margin) continue;
      if (pause.begin > ideal + reach) break;
      const std::int64_t start = StartInside(pause, margin);
      if (start < 0 || std::abs(start - ideal) > reach) continue;
      const std::int64_t length = pause.end - pause.begin;
      if (length > best_length ||
          (length == best_length && std::abs(start - ideal) < std::abs(best - ideal))) {
        best = start;
        best_length = length;
      }
    }
    if (best > starts.back() + kJoinSamples && best < total - kJoinSamples) starts.push_back(best);
  }
  return starts;
}

std::int64_t LengthForMp3(std::int64_t samples) {
  // LAME's padding is 1152 - (576 + n) % 1152, plus 1152 when that is below 576.
  const std::int64_t in_frame = samples % kJoinSamples;
  return in_frame == 0 || in_frame >= kJoinSamples / 2 ? samples
                                                       : samples + kJoinSamples / 2 - in_frame;
}

}  // namespace briefcast
