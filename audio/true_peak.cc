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

// The most an interpolated point can exceed the largest sample within reach: the largest
// sum of |coefficients| of a phase, with room for float rounding.
float InterpolationGain(const PhaseFilters& filters) {
  float gain = 1;
  for (const auto& filter : filters) {
    float sum = 0;
    for (float coefficient : filter) sum += std::fabs(coefficient);
    gain = std::max(gain, sum);
  }
  return gain * 1.001f;
}

}  // namespace

void TruePeaksOver(const float* window, std::size_t count, float floor, float* peaks) {
  static const float kGain = InterpolationGain(DesignPhaseFilters());
  constexpr std::size_t kBlock = 256;
  constexpr std::size_t kReach = kTruePeakBefore + kTruePeakAfter;
  for (std::size_t start = 0; start < count; start += kBlock) {
    const std::size_t n = std::min(kBlock, count - start);
    const float* in = window + start;
    float largest = 0;
    for (std::size_t i = 0; i < n + kReach; ++i) largest = std::max(largest, std::fabs(in[i]));
    if (largest * kGain > floor) {
      TruePeaks(in, n, peaks + start);
    } else {
      for (std::size_t i = 0; i < n; ++i) peaks[start + i] = std::fabs(in[i + kTruePeakBefore]);
    }
  }
}

void TruePeaks(const float* window, std::size_t count, float* peaks) {
  static const PhaseFilters kFilters = DesignPhaseFilters();
  // A block at a time, each phase a short FIR over the block: the inner loops run over
  // consecutive samples, which the compiler turns into vector instructions.
  constexpr std::size_t kBlock = 256;
  float interpolated[kBlock];
  for (std::size_t start = 0; start < count; start += kBlock) {
    const std::size_t n = std::min(kBlock, count - start);
    const float* in = window + start;
    float* out = peaks + start;
    for (std::size_t i = 0; i < n; ++i) out[i] = std::fabs(in[i + kTruePeakBefore]);
    for (const auto& filter : kFilters) {
      std::fill_n(interpolated, n, 0.0f);
      for (int tap = 0; tap < kTapsPerPhase; ++tap) {
        const float coefficient = filter[tap];
        for (std::size_t i = 0; i < n; ++i) interpolated[i] += coefficient * in[i + tap];
      }
      for (std::size_t i = 0; i < n; ++i) out[i] = std::max(out[i], std::fabs(interpolated[i]));
    }
  }
}

namespace {

// The largest true peak of the samples in `window` that have their whole reach in it,
// computed a block at a time (no buffer as long as the window).
float LargestTruePeak(const std::vector<float>& window) {
  constexpr std::size_t kReach = kTruePeakBefore + kTruePeakAfter;
  constexpr std::size_t kBlock = 1024;
  float peaks[kBlock];
  float largest = 0;
  const std::size_t count = window.size() > kReach ? window.size() - kReach : 0;
  for (std::size_t start = 0; start < count; start += kBlock) {
    const std::size_t n = std::min(kBlock, count - start);
    TruePeaks(window.data() + start, n, peaks);
    largest = std::max(largest, *std::max_element(peaks, peaks + n));
  }
  return largest;
}

}  // namespace

void TruePeakMeter::Add(std::span<const float> samples) {
  window_.insert(window_.end(), samples.begin(), samples.end());
  peak_ = std::max(peak_, LargestTruePeak(window_));
  const std::size_t keep = std::min<std::size_t>(window_.size(), kTruePeakBefore + kTruePeakAfter);
  window_.erase(window_.begin(), window_.end() - static_cast<std::ptrdiff_t>(keep));
}

float TruePeakMeter::Peak() const {
  std::vector<float> rest = window_;  // the last samples, with silence after them
  rest.insert(rest.end(), kTruePeakAfter, 0.0f);
  return std::max(peak_, LargestTruePeak(rest));
}

double TruePeakMeter::PeakDbtp() const {
  const float peak = Peak();
  return peak > 0 ? 20 * std::log10(peak) : -std::numeric_limits<double>::infinity();
}

}  // namespace briefcast
