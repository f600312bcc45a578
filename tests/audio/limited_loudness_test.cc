// The loudness model against the real thing: PeakLimiter + libebur128 at the same gains.
#include "audio/limited_loudness.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>
#include <span>

#include "audio/loudness_meter.h"
#include "audio/peak_limiter.h"
#include "tests/audio/signals.h"

namespace briefcast {
namespace {

// Speech-like and as peaky as eSpeak's voice: the tone plus a glottal click at every
// period, and a noisy "consonant" between syllables; 20 s so that gating matters.
Pcm PeakySpeech() {
  Pcm pcm = testing::SpeechLikeSignal(44100, 20.0, 0.3);
  std::mt19937 random(7);
  std::normal_distribution<float> noise(0.0f, 0.05f);
  for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
    if (i % 200 == 0) pcm.samples[i] += 0.6f * pcm.samples[i] / 0.3f;  // clicks on the voice
    if ((i / 11025) % 4 == 3) pcm.samples[i] += noise(random);         // a pause with hiss
  }
  return pcm;
}

double RealLufs(const Pcm& pcm, double gain_db, const PeakLimiterSettings& settings) {
  std::vector<float> scaled = pcm.samples;
  const float gain = static_cast<float>(std::pow(10.0, gain_db / 20.0));
  for (float& sample : scaled) sample *= gain;
  PeakLimiter limiter(pcm.sample_rate_hz, settings);
  std::vector<float> limited;
  limiter.Process(scaled, limited);
  limiter.Finish(limited);
  LoudnessMeter meter(pcm.sample_rate_hz, false);
  meter.Add(limited);
  return meter.IntegratedLufs();
}

// Feeds all of `pcm` to `model` in chunks of an odd size.
void Feed(LimitedLoudnessModel& model, const Pcm& pcm) {
  const std::span<const float> all(pcm.samples);
  for (std::size_t begin = 0; begin < all.size(); begin += 9999) {
    model.Add(all.subspan(begin, std::min<std::size_t>(9999, all.size() - begin)));
  }
  model.Finish();
}

TEST_CASE("LimitedLoudnessModel predicts the limited loudness within 0.3 LU") {
  const Pcm pcm = PeakySpeech();
  LimitedLoudnessModel model(pcm.sample_rate_hz);
  Feed(model, pcm);
  const PeakLimiterSettings settings{};
  for (double gain_db : {-12.0, 0.0, 6.0, 12.0, 18.0}) {
    INFO("gain " << gain_db << " dB");
    const double real = RealLufs(pcm, gain_db, settings);
    CHECK(model.LufsAtGain(gain_db, settings) == Approx(real).margin(0.3));
  }
  // With no peak over the ceiling the model is plain BS.1770 of the scaled signal.
  CHECK(model.LufsAtGain(-30, settings) == Approx(RealLufs(pcm, -30, settings)).margin(0.05));
}

TEST_CASE("LimitedLoudnessModel::GainFor finds the gain that meets the aim after limiting") {
  const Pcm pcm = PeakySpeech();
  LimitedLoudnessModel model(pcm.sample_rate_hz);
  Feed(model, pcm);
  PeakLimiterSettings settings{};
  settings.ceiling_dbtp = -2.5;
  for (double first_guess : {-10.0, 10.0, 40.0}) {
    const double gain_db = model.GainFor(-16.0, first_guess, settings);
    INFO("from " << first_guess << " dB: " << gain_db << " dB");
    CHECK(model.LufsAtGain(gain_db, settings) == Approx(-16.0).margin(0.01));
    CHECK(RealLufs(pcm, gain_db, settings) == Approx(-16.0).margin(0.3));
  }
  // Unreachable: the last gain tried, 60 dB from the guess.
  CHECK(model.GainFor(+10.0, 0.0, settings) >= 60.0);
}

TEST_CASE("LimitedLoudnessModel of silence or of less than one block is -inf, gain 0") {
  LimitedLoudnessModel silence(44100);
  silence.Add(std::vector<float>(44100 * 3, 0.0f));
  silence.Finish();
  CHECK(std::isinf(silence.LufsAtGain(0, PeakLimiterSettings{})));
  CHECK(silence.GainFor(-16, 10, PeakLimiterSettings{}) == 0);
  const Pcm short_tone = testing::Sine(44100, 1000, 0.3, 0.5);
  LimitedLoudnessModel brief(44100);
  Feed(brief, short_tone);
  CHECK(std::isinf(brief.LufsAtGain(0, PeakLimiterSettings{})));
}

}  // namespace
}  // namespace briefcast
