#include "audio/loudness.h"

#include <ebur128.h>

#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include "audio/error.h"
#include "audio/peak_limiter.h"

namespace briefcast {
namespace {

struct Ebur128Destroyer {
  void operator()(ebur128_state* state) const { ebur128_destroy(&state); }
};

constexpr int kMaxRounds = 5;
constexpr double kLoudnessToleranceLu = 0.05;

void Check(int status, const char* what) {
  if (status != EBUR128_SUCCESS) {
    throw Error(std::string("libebur128 failed to ") + what + " (error " + std::to_string(status) +
                ")");
  }
}

// `mode` is EBUR128_MODE_I, optionally with EBUR128_MODE_TRUE_PEAK (4x slower).
LoudnessMeasurement Measure(const Pcm& pcm, int mode) {
  if (pcm.sample_rate_hz <= 0) throw Error("cannot measure loudness: audio has no sample rate");
  std::unique_ptr<ebur128_state, Ebur128Destroyer> state(
      ebur128_init(1, static_cast<unsigned long>(pcm.sample_rate_hz), mode));
  if (!state) throw Error("libebur128 could not be initialized (out of memory?)");
  Check(ebur128_add_frames_float(state.get(), pcm.samples.data(), pcm.samples.size()),
        "measure the audio");
  LoudnessMeasurement result;
  Check(ebur128_loudness_global(state.get(), &result.integrated_lufs), "compute loudness");
  result.true_peak_dbtp = -std::numeric_limits<double>::infinity();
  if ((mode & EBUR128_MODE_TRUE_PEAK) == EBUR128_MODE_TRUE_PEAK) {
    double peak = 0;
    Check(ebur128_true_peak(state.get(), 0, &peak), "compute the true peak");
    if (peak > 0) result.true_peak_dbtp = 20 * std::log10(peak);
  }
  return result;
}

void ApplyGainDb(Pcm& pcm, double gain_db) {
  const float gain = static_cast<float>(std::pow(10.0, gain_db / 20.0));
  for (float& sample : pcm.samples) sample *= gain;
}

double IntegratedLoudness(const Pcm& pcm) {
  if (pcm.samples.empty()) return -std::numeric_limits<double>::infinity();
  return Measure(pcm, EBUR128_MODE_I).integrated_lufs;
}

}  // namespace

LoudnessMeasurement MeasureLoudness(const Pcm& pcm) {
  constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();
  if (pcm.samples.empty()) return {kMinusInfinity, kMinusInfinity};
  return Measure(pcm, EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
}

void NormalizeLoudness(Pcm& pcm, const LoudnessTarget& target) {
  const double loudness = IntegratedLoudness(pcm);
  if (!std::isfinite(loudness)) return;  // silence, or too short to gate: nothing to do
  PeakLimiterSettings limiter;
  limiter.ceiling_dbtp = target.true_peak_dbtp - target.encoder_peak_margin_db;
  const double aim_lufs = target.integrated_lufs + target.encoder_loudness_loss_lu;
  // Limiting lowers the loudness a little, more the more gain goes in. Each round applies
  // one gain to the original and limits once (limiting never compounds); the gain is found
  // by the secant method on (gain in -> loudness out), which converges in 2-3 rounds.
  const Pcm original = pcm;
  double gain_db = aim_lufs - loudness;
  double previous_gain_db = 0;
  double previous_loudness = loudness;
  for (int round = 0; round < kMaxRounds; ++round) {
    pcm = original;
    ApplyGainDb(pcm, gain_db);
    LimitPeaks(pcm, limiter);
    const double result = IntegratedLoudness(pcm);
    const double error = aim_lufs - result;
    if (std::fabs(error) < kLoudnessToleranceLu) return;
    double slope = (result - previous_loudness) / (gain_db - previous_gain_db);
    if (!std::isfinite(slope) || slope < 0.1) slope = 1;
    previous_gain_db = gain_db;
    previous_loudness = result;
    gain_db += error / slope;
  }
}

}  // namespace briefcast
