#pragma once

#include <cmath>
#include <numbers>

#include "audio/pcm.h"

namespace briefcast::testing {

// A speech-like test signal: a 220 Hz tone with harmonics, amplitude-modulated at 4 Hz
// (syllable rate), peaking near `peak`.
inline Pcm SpeechLikeSignal(int sample_rate_hz, double seconds, double peak = 0.5) {
  Pcm pcm;
  pcm.sample_rate_hz = sample_rate_hz;
  pcm.samples.resize(static_cast<std::size_t>(std::llround(seconds * sample_rate_hz)));
  for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
    const double t = static_cast<double>(i) / sample_rate_hz;
    const double w = 2 * std::numbers::pi * 220 * t;
    const double tone = 0.6 * std::sin(w) + 0.3 * std::sin(2 * w) + 0.1 * std::sin(5 * w);
    const double envelope = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * 4 * t);
    pcm.samples[i] = static_cast<float>(peak * tone * envelope);
  }
  return pcm;
}

inline Pcm Sine(int sample_rate_hz, double frequency_hz, double seconds, double amplitude) {
  Pcm pcm;
  pcm.sample_rate_hz = sample_rate_hz;
  pcm.samples.resize(static_cast<std::size_t>(std::llround(seconds * sample_rate_hz)));
  for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
    pcm.samples[i] = static_cast<float>(
        amplitude * std::sin(2 * std::numbers::pi * frequency_hz * i / sample_rate_hz));
  }
  return pcm;
}

}  // namespace briefcast::testing
