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

// Appends `duration` of digital silence.
void AppendSilence(Pcm& pcm, std::chrono::milliseconds duration);

}  // namespace briefcast
