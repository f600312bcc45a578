#include "audio/resampler.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "tests/audio/signals.h"

namespace briefcast {
namespace {

double Rms(const std::vector<float>& samples, std::size_t begin, std::size_t end) {
  double sum = 0;
  for (std::size_t i = begin; i < end; ++i) sum += static_cast<double>(samples[i]) * samples[i];
  return std::sqrt(sum / static_cast<double>(end - begin));
}

TEST_CASE("Resample converts 22050 Hz to 44100 Hz with the exact length") {
  Pcm pcm = testing::Sine(22050, 1000, 1.0, 0.5);
  pcm.samples.resize(22051);  // odd length
  Pcm out = Resample(pcm, 44100);
  CHECK(out.sample_rate_hz == 44100);
  CHECK(out.samples.size() == 44102);
  // The tone keeps its level (0.5 / sqrt 2) away from the edges.
  CHECK(Rms(out.samples, 4410, 39690) == Approx(0.5 / std::sqrt(2.0)).epsilon(0.01));
  // And its timing: no delay at the start (the first peak of a 1 kHz sine is at 0.25 ms).
  std::size_t peak = 0;
  for (std::size_t i = 0; i < 44; ++i) {
    if (out.samples[i] > out.samples[peak]) peak = i;
  }
  CHECK(peak >= 10);
  CHECK(peak <= 12);
}

TEST_CASE("Resample handles non-integer ratios and odd lengths") {
  for (int target : {16000, 44100, 48000}) {
    Pcm pcm = testing::SpeechLikeSignal(22050, 0.777);
    Pcm out = Resample(pcm, target);
    CHECK(out.sample_rate_hz == target);
    CHECK(out.samples.size() ==
          static_cast<std::size_t>(std::llround(pcm.samples.size() * double(target) / 22050)));
  }
}

TEST_CASE("Resample at the same rate is a copy; empty stays empty") {
  Pcm pcm = testing::Sine(44100, 440, 0.1, 0.3);
  CHECK(Resample(pcm, 44100).samples == pcm.samples);
  CHECK(Resample(Pcm{22050, {}}, 44100).samples.empty());
}

}  // namespace
}  // namespace briefcast
