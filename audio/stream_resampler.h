#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace briefcast {

// Converts a mono stream from `input_rate_hz` to `output_rate_hz` with libsoxr (high
// quality), a chunk at a time, in constant memory. The output is aligned with the input (no
// delay at the start) and, after Finish(), has exactly round(inputs * output / input)
// samples in total, however the input was cut into chunks. Equal rates pass through.
class StreamResampler {
 public:
  // Throws Error when a rate is not positive or libsoxr cannot be set up.
  StreamResampler(int input_rate_hz, int output_rate_hz);
  ~StreamResampler();
  StreamResampler(const StreamResampler&) = delete;
  StreamResampler& operator=(const StreamResampler&) = delete;

  // Appends to `out` the samples that are ready (fewer than the input implies, until
  // Finish(): the filter holds some back).
  void Process(std::span<const float> in, std::vector<float>& out);

  // Appends the held-back samples. REQUIRES: called once, after the last Process().
  void Finish(std::vector<float>& out);

 private:
  struct Soxr;
  void Drain(const float* in, std::size_t count, std::vector<float>& out);

  double ratio_ = 1;
  std::unique_ptr<Soxr> soxr_;  // null when the rates are equal
  std::int64_t consumed_ = 0;   // input samples so far
  std::int64_t produced_ = 0;   // output samples so far
};

}  // namespace briefcast
