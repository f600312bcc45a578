#include "audio/edge_fade.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

#include "tests/audio/signals.h"

namespace briefcast {
namespace {

constexpr int kRate = 22050;
constexpr std::size_t kMs = 22;  // samples in a millisecond at kRate

float MaxAbs(const std::vector<float>& samples, std::size_t begin, std::size_t end) {
  float peak = 0;
  for (std::size_t i = begin; i < end; ++i) peak = std::max(peak, std::fabs(samples[i]));
  return peak;
}

TEST_CASE("FadeAroundPauses ramps a full-scale tone in over 5 ms and out over 20 ms") {
  Pcm pcm = testing::Sine(kRate, 440, 0.5, 1.0);
  const std::vector<float> original = pcm.samples;
  FadeAroundPauses(pcm.samples, kRate);
  const std::size_t n = pcm.samples.size();
  // The last millisecond stays under -30 dBFS even 13 dB louder (-43 dBFS here).
  CHECK(MaxAbs(pcm.samples, n - kMs, n) < 0.0071f);
  CHECK(MaxAbs(pcm.samples, 0, kMs) < 0.2f);
  CHECK(std::fabs(pcm.samples.front()) < 0.003f);
  // Past the ramps nothing changed.
  const std::size_t in = 5 * kRate / 1000, out = 20 * kRate / 1000;
  // (The tone starts at a zero sample, which takes no ramp.)
  for (std::size_t i = in + 1; i < n - out; ++i) REQUIRE(pcm.samples[i] == original[i]);
  CHECK(MaxAbs(pcm.samples, n - out, n - out + kMs) > MaxAbs(pcm.samples, n - 5 * kMs, n));
}

TEST_CASE("FadeAroundPauses fades into and out of a pause inside the speech, not a closure") {
  Pcm pcm = testing::Sine(kRate, 300, 1.0, 0.8);
  const auto silence = [&](std::size_t from, std::size_t ms) {
    std::fill_n(pcm.samples.begin() + static_cast<std::ptrdiff_t>(from), ms * kMs, 0.0f);
  };
  silence(4000, 150);  // a break: 4000 .. 7300
  silence(15000, 24);  // a stop consonant's closure: 15000 .. 15528
  const std::vector<float> original = pcm.samples;
  FadeAroundPauses(pcm.samples, kRate);
  CHECK(MaxAbs(pcm.samples, 4000 - kMs, 4000) < 0.006f);       // into the break
  CHECK(MaxAbs(pcm.samples, 7300, 7300 + kMs) < 0.8f * 0.2f);  // out of it
  CHECK(MaxAbs(pcm.samples, 7300 + 5 * kMs, 7300 + 6 * kMs) > 0.7f);
  CHECK(MaxAbs(pcm.samples, 15000 - kMs, 15000) > 0.7f);  // the closure untouched
  for (std::size_t i = 14000; i < 16000; ++i) REQUIRE(pcm.samples[i] == original[i]);
}

TEST_CASE("FadeAroundPauses shares a stretch shorter than both ramps between them") {
  std::vector<float> samples(100, 1.0f);
  FadeAroundPauses(samples, kRate);  // 551 samples of ramps asked for
  CHECK(samples.front() < 0.05f);
  CHECK(samples.back() < 0.01f);
  const auto top = std::max_element(samples.begin(), samples.end());
  CHECK(*top > 0.95f);
  CHECK(top - samples.begin() < 40);
  std::vector<float> none;
  FadeAroundPauses(none, kRate);
  CHECK(none.empty());
}

}  // namespace
}  // namespace briefcast
