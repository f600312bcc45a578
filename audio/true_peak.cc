#include "audio/true_peak.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace briefcast {
namespace {

constexpr int kOversampling = 4;
constexpr int kTapsPerPhase = kTruePeakBefore + kTruePeakAfter + 1;  // 12

// Windowed-sinc interpolation filters for the positions 1/4, 2/4 and 3/4 between samples
// (Blackman window, 12 taps each). Speech resampled from eSpeak's 22.05 kHz has nothing
// above half of Nyquist at 44.1 kHz, so this is all the precision a peak estimate needs.
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

}  // namespace

float TruePeakAt(const float* window) {
  static const PhaseFilters kFilters = DesignPhaseFilters();
  float values[kOversampling - 1] = {};
  for (int tap = 0; tap < kTapsPerPhase; ++tap) {
    for (int phase = 0; phase < kOversampling - 1; ++phase) {
      values[phase] += kFilters[phase][tap] * window[tap];
    }
  }
  float peak = std::fabs(window[kTruePeakBefore]);
  for (float value : values) peak = std::max(peak, std::fabs(value));
  return peak;
}

void TruePeakMeter::Add(std::span<const float> samples) {
  window_.insert(window_.end(), samples.begin(), samples.end());
  const std::size_t reach = kTruePeakBefore + kTruePeakAfter;
  std::size_t i = 0;
  for (; i + reach < window_.size(); ++i) peak_ = std::max(peak_, TruePeakAt(window_.data() + i));
  window_.erase(window_.begin(), window_.begin() + static_cast<std::ptrdiff_t>(i));
}

float TruePeakMeter::Peak() const {
  std::vector<float> rest = window_;  // the last samples, with silence after them
  rest.insert(rest.end(), kTruePeakAfter, 0.0f);
  float peak = peak_;
  for (std::size_t i = 0; i + kTruePeakBefore + kTruePeakAfter < rest.size(); ++i)
    peak = std::max(peak, TruePeakAt(rest.data() + i));
  return peak;
}

double TruePeakMeter::PeakDbtp() const {
  const float peak = Peak();
  return peak > 0 ? 20 * std::log10(peak) : -std::numeric_limits<double>::infinity();
}

}  // namespace briefcast
