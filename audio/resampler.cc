#include "audio/resampler.h"

#include <soxr.h>

#include <cmath>
#include <string>

#include "audio/error.h"

namespace briefcast {

Pcm Resample(const Pcm& pcm, int target_rate_hz) {
  if (pcm.sample_rate_hz <= 0 || target_rate_hz <= 0) {
    throw Error("cannot resample audio from " + std::to_string(pcm.sample_rate_hz) + " Hz to " +
                std::to_string(target_rate_hz) + " Hz: sample rates must be positive");
  }
  if (pcm.sample_rate_hz == target_rate_hz) return pcm;
  const double ratio = static_cast<double>(target_rate_hz) / pcm.sample_rate_hz;
  Pcm out;
  out.sample_rate_hz = target_rate_hz;
  out.samples.resize(static_cast<std::size_t>(std::llround(pcm.samples.size() * ratio)));
  if (out.samples.empty()) return out;

  // One-shot conversion: soxr flushes its filter at the end of the input, so the output
  // has the full length without a delay at the start.
  const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  std::size_t produced = 0;
  soxr_error_t error = soxr_oneshot(pcm.sample_rate_hz, target_rate_hz, 1, pcm.samples.data(),
                                    pcm.samples.size(), nullptr, out.samples.data(),
                                    out.samples.size(), &produced, &io, &quality, nullptr);
  if (error != nullptr) {
    throw Error("cannot resample audio to " + std::to_string(target_rate_hz) +
                " Hz: libsoxr: " + error);
  }
  // soxr may stop a sample short of the rounded length; pad with silence to keep it exact.
  out.samples.resize(produced);
  out.samples.resize(static_cast<std::size_t>(std::llround(pcm.samples.size() * ratio)));
  return out;
}

}  // namespace briefcast
