#include "audio/loudness.h"

#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include "audio/loudness_meter.h"

namespace briefcast {
namespace {

constexpr int kMaxRounds = 5;
constexpr double kLoudnessToleranceLu = 0.05;
constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();

void ApplyGainDb(Pcm& pcm, double gain_db) {
  const float gain = static_cast<float>(std::pow(10.0, gain_db / 20.0));
  for (float& sample : pcm.samples) sample *= gain;
}

double IntegratedLoudness(const Pcm& pcm) {
  if (pcm.samples.empty()) return kMinusInfinity;
  LoudnessMeter meter(pcm.sample_rate_hz, false);
  meter.Add(pcm.samples);
  return meter.IntegratedLufs();
}

}  // namespace

PeakLimiterSettings LimiterFor(const LoudnessTarget& target) {
  PeakLimiterSettings limiter;
  limiter.ceiling_dbtp = target.true_peak_dbtp - target.encoder_peak_margin_db;
  return limiter;
}

GainSearch::GainSearch(const LoudnessTarget& target)
    : aim_lufs_(target.integrated_lufs + target.encoder_loudness_loss_lu) {}

double GainSearch::Next(double gain_db, double limited_lufs) {
  last_error_lu_ = aim_lufs_ - limited_lufs;
  double slope = 1;
  if (!rounds_.empty()) {
    const auto& [previous_gain_db, previous_lufs] = rounds_.back();
    slope = (limited_lufs - previous_lufs) / (gain_db - previous_gain_db);
    if (!std::isfinite(slope) || slope < 0.1) slope = 1;
  }
  rounds_.emplace_back(gain_db, limited_lufs);
  return gain_db + last_error_lu_ / slope;
}

LoudnessMeasurement MeasureLoudness(const Pcm& pcm) {
  if (pcm.samples.empty()) return {kMinusInfinity, kMinusInfinity};
  LoudnessMeter meter(pcm.sample_rate_hz, true);
  meter.Add(pcm.samples);
  return {meter.IntegratedLufs(), meter.TruePeakDbtp()};
}

void NormalizeLoudness(Pcm& pcm, const LoudnessTarget& target) {
  const double loudness = IntegratedLoudness(pcm);
  if (!std::isfinite(loudness)) return;  // silence, or too short to gate: nothing to do
  // Each round applies one gain to the original and limits once (limiting never compounds).
  const Pcm original = pcm;
  GainSearch search(target);
  double gain_db = search.Next(0, loudness);
  for (int round = 0; round < kMaxRounds; ++round) {
    pcm = original;
    ApplyGainDb(pcm, gain_db);
    LimitPeaks(pcm, LimiterFor(target));
    const double next_gain_db = search.Next(gain_db, IntegratedLoudness(pcm));
    if (std::fabs(search.last_error_lu()) < kLoudnessToleranceLu) return;
    gain_db = next_gain_db;
  }
}

}  // namespace briefcast
