#include "audio/limited_loudness.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <deque>
#include <limits>
#include <numbers>

#include "audio/true_peak.h"

namespace briefcast {
namespace {

constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();
constexpr int kStepsPerBlock = 4;            // 400 ms blocks every 100 ms
constexpr double kAbsoluteGateLufs = -70.0;  // BS.1770-4
constexpr double kRelativeGateLu = -10.0;

double Lufs(double mean_square) { return -0.691 + 10 * std::log10(mean_square); }

}  // namespace

double LimitedLoudnessModel::Biquad::Filter(double x) {
  const double y = b0 * x + z1;
  z1 = b1 * x - a1 * y + z2;
  z2 = b2 * x - a2 * y;
  return y;
}

// K-weighting at any rate, from the analog parameters that reproduce the 48 kHz
// coefficients of ITU-R BS.1770 (a high shelf of +4 dB near 1.7 kHz, then a high pass at
// 38 Hz; docs/audio.md).
LimitedLoudnessModel::LimitedLoudnessModel(int sample_rate_hz)
    : step_samples_(std::max<std::int64_t>(kHopsPerStep, std::llround(sample_rate_hz * 0.1))),
      window_(kTruePeakBefore, 0.0f) {
  {
    const double k = std::tan(std::numbers::pi * 1681.974450955533 / sample_rate_hz);
    const double q = 0.7071752369554196;
    const double vh = std::pow(10.0, 3.999843853973347 / 20.0);
    const double vb = std::pow(vh, 0.4996667741545416);
    const double a0 = 1 + k / q + k * k;
    shelf_ = {(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
              2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
  }
  {
    const double k = std::tan(std::numbers::pi * 38.13547087602444 / sample_rate_hz);
    const double q = 0.5003270373238773;
    const double a0 = 1 + k / q + k * k;
    high_pass_ = {1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
  }
  hop_end_ = step_samples_ / kHopsPerStep;
}

void LimitedLoudnessModel::Add(std::span<const float> samples) {
  window_.insert(window_.end(), samples.begin(), samples.end());
  const std::size_t reach = kTruePeakBefore + kTruePeakAfter;
  if (window_.size() > reach) Analyse(window_.size() - reach);
}

void LimitedLoudnessModel::Finish() {
  window_.insert(window_.end(), kTruePeakAfter, 0.0f);
  Analyse(window_.size() - kTruePeakBefore - kTruePeakAfter);
  // A last, partial hop is dropped: it belongs to a partial step, which no block uses.
}

void LimitedLoudnessModel::Analyse(std::size_t centers) {
  peaks_.resize(centers);
  TruePeaks(window_.data(), centers, peaks_.data());
  for (std::size_t i = 0; i < centers; ++i) {
    hop_peak_ = std::max(hop_peak_, peaks_[i]);
    const double weighted = high_pass_.Filter(shelf_.Filter(window_[i + kTruePeakBefore]));
    hop_energy_ += weighted * weighted;
    if (++analysed_ == hop_end_) CloseHop();
  }
  window_.erase(window_.begin(), window_.begin() + static_cast<std::ptrdiff_t>(centers));
}

void LimitedLoudnessModel::CloseHop() {
  const float hop[2] = {hop_peak_, static_cast<float>(hop_energy_)};
  hop_summary_.Append(hop);
  ++hops_;
  hop_peak_ = 0;
  hop_energy_ = 0;
  // Hops divide each step as evenly as whole samples allow.
  const std::int64_t steps_done = hops_ / kHopsPerStep;
  const std::int64_t next_in_step = hops_ % kHopsPerStep;
  hop_end_ = steps_done * step_samples_ + (next_in_step + 1) * step_samples_ / kHopsPerStep;
}

double LimitedLoudnessModel::LufsAtGain(double gain_db, const PeakLimiterSettings& limiter) {
  const double gain = std::pow(10.0, gain_db / 20.0);
  const double ceiling = std::pow(10.0, limiter.ceiling_dbtp / 20.0) / gain;
  const double hop_seconds = 0.1 / kHopsPerStep;
  const std::size_t lookahead_hops = static_cast<std::size_t>(
      std::ceil(std::chrono::duration<double>(limiter.lookahead).count() / hop_seconds));
  const double recovery =
      1 - std::exp(-hop_seconds / std::chrono::duration<double>(limiter.release).count());

  // Hops wait in `ahead` until the look-ahead after them is known.
  std::deque<std::pair<double, double>> ahead;  // (limiter's target gain, energy)
  double released = 1;
  std::vector<double> steps;  // energy per 100 ms step after gain and limiter
  double step_energy = 0;
  std::int64_t hop_index = 0;
  const auto emit = [&] {
    double target = 1;
    for (const auto& [hop_target, energy] : ahead) target = std::min(target, hop_target);
    released = std::min(target, released + (1 - released) * recovery);
    step_energy += ahead.front().second * released * released * gain * gain;
    ahead.pop_front();
    if (++hop_index % kHopsPerStep == 0) {
      steps.push_back(step_energy);
      step_energy = 0;
    }
  };
  hop_summary_.Replay([&](std::span<const float> values) {
    for (std::size_t i = 0; i + 1 < values.size(); i += 2) {
      const double peak = values[i];
      ahead.emplace_back(peak > ceiling ? ceiling / peak : 1.0, values[i + 1]);
      if (ahead.size() > lookahead_hops) emit();
    }
  });
  while (!ahead.empty()) emit();  // the last step, if partial, is not a whole block

  const double block_samples = static_cast<double>(kStepsPerBlock * step_samples_);
  std::vector<double> blocks;  // mean squares of the 400 ms blocks above the absolute gate
  for (std::size_t i = 0; i + kStepsPerBlock <= steps.size(); ++i) {
    double sum = 0;
    for (int k = 0; k < kStepsPerBlock; ++k) sum += steps[i + k];
    const double mean_square = sum / block_samples;
    if (mean_square > 0 && Lufs(mean_square) > kAbsoluteGateLufs) blocks.push_back(mean_square);
  }
  if (blocks.empty()) return kMinusInfinity;
  double sum = 0;
  for (double block : blocks) sum += block;
  const double relative_gate = Lufs(sum / blocks.size()) + kRelativeGateLu;
  double gated_sum = 0;
  std::size_t gated = 0;
  for (double block : blocks) {
    if (Lufs(block) > relative_gate) {
      gated_sum += block;
      ++gated;
    }
  }
  return gated == 0 ? kMinusInfinity : Lufs(gated_sum / gated);
}

double LimitedLoudnessModel::GainFor(double aim_lufs, double first_guess_db,
                                     const PeakLimiterSettings& limiter) {
  constexpr double kReachDb = 60.0;
  constexpr double kToleranceLu = 0.01;
  double gain = first_guess_db;
  double lufs = LufsAtGain(gain, limiter);
  if (!std::isfinite(lufs)) return 0;
  // A bracket [low, high] around the aim, widening from the guess, then bisection.
  double low = gain, high = gain;
  if (lufs < aim_lufs) {
    for (double step = 2; lufs < aim_lufs && gain < first_guess_db + kReachDb; step *= 2) {
      low = gain;
      gain = high = gain + step;
      lufs = LufsAtGain(gain, limiter);
    }
  } else {
    for (double step = 2; lufs > aim_lufs && gain > first_guess_db - kReachDb; step *= 2) {
      high = gain;
      gain = low = gain - step;
      lufs = LufsAtGain(gain, limiter);
    }
  }
  const bool bracketed = (lufs >= aim_lufs) == (gain == high);
  while (bracketed && std::fabs(lufs - aim_lufs) > kToleranceLu && high - low > 0.001) {
    gain = (low + high) / 2;
    lufs = LufsAtGain(gain, limiter);
    (lufs < aim_lufs ? low : high) = gain;
  }
  return gain;
}

}  // namespace briefcast
