#include "audio/loudness_meter.h"

#include <ebur128.h>

#include <cmath>
#include <limits>
#include <string>

#include "audio/error.h"

namespace briefcast {
namespace {

void Check(int status, const char* what) {
  if (status != EBUR128_SUCCESS) {
    throw Error(std::string("libebur128 failed to ") + what + " (error " + std::to_string(status) +
                ")");
  }
}

constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();

}  // namespace

struct LoudnessMeter::State {
  ebur128_state* handle = nullptr;
  bool true_peak = false;
  bool empty = true;
  ~State() {
    if (handle != nullptr) ebur128_destroy(&handle);
  }
};

LoudnessMeter::LoudnessMeter(int sample_rate_hz, bool true_peak)
    : state_(std::make_unique<State>()) {
  if (sample_rate_hz <= 0) throw Error("cannot measure loudness: audio has no sample rate");
  const int mode = true_peak ? (EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK) : EBUR128_MODE_I;
  state_->handle = ebur128_init(1, static_cast<unsigned long>(sample_rate_hz), mode);
  if (state_->handle == nullptr)
    throw Error("libebur128 could not be initialized (out of memory?)");
  state_->true_peak = true_peak;
}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::Add(std::span<const float> samples) {
  if (samples.empty()) return;
  state_->empty = false;
  Check(ebur128_add_frames_float(state_->handle, samples.data(), samples.size()),
        "measure the audio");
}

double LoudnessMeter::IntegratedLufs() const {
  if (state_->empty) return kMinusInfinity;
  double lufs = 0;
  Check(ebur128_loudness_global(state_->handle, &lufs), "compute loudness");
  return lufs;
}

double LoudnessMeter::TruePeakDbtp() const {
  if (!state_->true_peak) throw Error("internal: this loudness meter does not track true peaks");
  if (state_->empty) return kMinusInfinity;
  double peak = 0;
  Check(ebur128_true_peak(state_->handle, 0, &peak), "compute the true peak");
  return peak > 0 ? 20 * std::log10(peak) : kMinusInfinity;
}

}  // namespace briefcast
