#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

namespace briefcast {

// Mono audio: samples in [-1, 1] at sample_rate_hz.
struct Pcm {
  int sample_rate_hz = 0;
  std::vector<float> samples;

  double DurationSeconds() const;
};

// How many samples `duration` lasts at `sample_rate_hz` (rounded down).
std::int64_t SampleCount(std::chrono::milliseconds duration, int sample_rate_hz);

// Appends `duration` of digital silence.
void AppendSilence(Pcm& pcm, std::chrono::milliseconds duration);

}  // namespace briefcast
