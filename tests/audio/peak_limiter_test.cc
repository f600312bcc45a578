#include "audio/peak_limiter.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "audio/loudness.h"
#include "audio/true_peak.h"
#include "tests/audio/signals.h"

namespace briefcast {
namespace {

float MaxAbs(const std::vector<float>& samples, std::size_t begin, std::size_t end) {
  float peak = 0;
  for (std::size_t i = begin; i < end; ++i) peak = std::max(peak, std::fabs(samples[i]));
  return peak;
}

// A quiet tone with a loud burst of 50 ms in the middle.
Pcm ToneWithBurst() {
  Pcm pcm = testing::Sine(44100, 300, 2.0, 0.1);
  for (std::size_t i = 44100; i < 44100 + 2205; ++i)
    pcm.samples[i] *= 10.0f;  // peaks at 1.0: gain 0.82 needed
  return pcm;
}

TEST_CASE("TruePeaksOver is TruePeaks wherever the true peak is over its floor") {
  // A quiet tone with a burst whose inter-sample peaks (a tone near a quarter of the rate)
  // lie above its samples.
  Pcm pcm = ToneWithBurst();
  const Pcm fast = testing::Sine(44100, 11025 * 0.9, 0.05, 0.9);
  std::copy(fast.samples.begin(), fast.samples.end(), pcm.samples.begin() + 60000);
  const std::size_t count = pcm.samples.size() - kTruePeakBefore - kTruePeakAfter;
  std::vector<float> exact(count), over(count);
  TruePeaks(pcm.samples.data(), count, exact.data());
  const float floor = 0.5f;
  TruePeaksOver(pcm.samples.data(), count, floor, over.data());
  std::size_t above = 0, skipped = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (exact[i] > floor) {
      ++above;
      REQUIRE(over[i] == exact[i]);
    } else {
      REQUIRE(over[i] <= floor);
      if (over[i] != exact[i]) ++skipped;
    }
  }
  CHECK(above > 1000);     // the burst and the fast tone
  CHECK(skipped > 40000);  // the quiet tone was not interpolated
}

TEST_CASE("LimitPeaks keeps the true peak under the ceiling") {
  Pcm pcm = ToneWithBurst();
  LimitPeaks(pcm, PeakLimiterSettings{});
  CHECK(MeasureLoudness(pcm).true_peak_dbtp <= -1.7 + 0.05);
  CHECK(MaxAbs(pcm.samples, 0, pcm.samples.size()) <= std::pow(10.0f, -1.7f / 20));
}

TEST_CASE("LimitPeaks acts only around the peak: look-ahead before, release after") {
  const Pcm original = ToneWithBurst();
  Pcm pcm = original;
  LimitPeaks(pcm, PeakLimiterSettings{});
  // Untouched more than the 5 ms look-ahead before the burst...
  const std::size_t burst = 44100;
  std::size_t first_change = 0;
  while (pcm.samples[first_change] == original.samples[first_change]) ++first_change;
  CHECK(first_change >= burst - 240);
  // ... still reduced shortly after it (release 80 ms) ...
  const std::size_t after = burst + 2205;
  CHECK(MaxAbs(pcm.samples, after + 400, after + 800) <
        0.9f * MaxAbs(original.samples, after + 400, after + 800));
  // ... and back to within 1% of unity gain after 6 time constants.
  CHECK(MaxAbs(pcm.samples, after + 22050, after + 26460) ==
        Approx(MaxAbs(original.samples, after + 22050, after + 26460)).epsilon(0.01));
}

TEST_CASE("LimitPeaks changes the gain smoothly (no clicks)") {
  Pcm pcm = testing::Sine(44100, 100, 1.0, 0.1);
  pcm.samples[22050] = 1.0f;  // a single-sample spike
  Pcm limited = pcm;
  LimitPeaks(limited, PeakLimiterSettings{});
  // The gain (limited / original where the tone is well away from zero) never jumps by
  // more than a few percent from one sample to the next.
  double previous = 1.0;
  double largest_step = 0;
  for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
    if (i == 22050 || std::fabs(pcm.samples[i]) < 0.02f) continue;
    const double gain = limited.samples[i] / pcm.samples[i];
    largest_step = std::max(largest_step, std::fabs(gain - previous));
    previous = gain;
  }
  CHECK(largest_step < 0.05);
}

TEST_CASE("LimitPeaks leaves quiet audio and empty audio alone") {
  Pcm pcm = testing::Sine(22050, 440, 0.5, 0.5);
  const Pcm original = pcm;
  LimitPeaks(pcm, PeakLimiterSettings{});
  CHECK(pcm.samples == original.samples);
  Pcm empty{44100, {}};
  LimitPeaks(empty, PeakLimiterSettings{});
  CHECK(empty.samples.empty());
}

}  // namespace
}  // namespace briefcast
