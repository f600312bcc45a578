#include "audio/stream_resampler.h"

#include <soxr.h>

#include <cmath>
#include <string>

#include "audio/error.h"

namespace briefcast {

struct StreamResampler::Soxr {
  soxr_t handle = nullptr;
  ~Soxr() { soxr_delete(handle); }
};

StreamResampler::StreamResampler(int input_rate_hz, int output_rate_hz) {
  if (input_rate_hz <= 0 || output_rate_hz <= 0) {
    throw Error("cannot resample audio from " + std::to_string(input_rate_hz) + " Hz to " +
                std::to_string(output_rate_hz) + " Hz: sample rates must be positive");
  }
  ratio_ = static_cast<double>(output_rate_hz) / input_rate_hz;
  if (input_rate_hz == output_rate_hz) return;
  const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  // One thread: the output must not depend on scheduling, and the cores belong to the
  // worker processes.
  const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
  soxr_error_t error = nullptr;
  soxr_ = std::make_unique<Soxr>();
  soxr_->handle = soxr_create(input_rate_hz, output_rate_hz, 1, &error, &io, &quality, &runtime);
  if (error != nullptr || soxr_->handle == nullptr) {
    throw Error("cannot resample audio to " + std::to_string(output_rate_hz) +
                " Hz: libsoxr: " + (error != nullptr ? error : "out of memory"));
  }
}

StreamResampler::~StreamResampler() = default;

// Feeds `count` samples (none: flush) and appends all the output soxr gives back.
void StreamResampler::Drain(const float* in, std::size_t count, std::vector<float>& out) {
  const std::size_t room = static_cast<std::size_t>(std::ceil(count * ratio_)) + 1024;
  for (;;) {
    const std::size_t old_size = out.size();
    out.resize(old_size + room);
    std::size_t used = 0;
    std::size_t made = 0;
    soxr_error_t error =
        soxr_process(soxr_->handle, in, count, &used, out.data() + old_size, room, &made);
    out.resize(old_size + made);
    if (error != nullptr) throw Error(std::string("libsoxr failed while resampling: ") + error);
    produced_ += static_cast<std::int64_t>(made);
    if (in != nullptr) {
      in += used;
      count -= used;
      if (count == 0) return;
    } else if (made == 0) {
      return;  // flushed
    }
  }
}

void StreamResampler::Process(std::span<const float> in, std::vector<float>& out) {
  consumed_ += static_cast<std::int64_t>(in.size());
  if (!soxr_) {
    out.insert(out.end(), in.begin(), in.end());
    produced_ += static_cast<std::int64_t>(in.size());
    return;
  }
  if (!in.empty()) Drain(in.data(), in.size(), out);
}

void StreamResampler::Finish(std::vector<float>& out) {
  if (!soxr_) return;
  const std::size_t before = out.size();
  const std::int64_t before_produced = produced_;
  Drain(nullptr, 0, out);
  // soxr may end a sample away from the rounded length: pad with silence or cut.
  const std::int64_t total = std::llround(static_cast<double>(consumed_) * ratio_);
  const std::int64_t wanted = std::max<std::int64_t>(0, total - before_produced);
  out.resize(before + static_cast<std::size_t>(wanted), 0.0f);
  produced_ = std::max(total, before_produced);
}

}  // namespace briefcast
