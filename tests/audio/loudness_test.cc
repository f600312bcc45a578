#include "audio/loudness.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>

#include "audio/audio_file.h"
#include "audio/mp3_encoder.h"
#include "tests/audio/signals.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

// Speech-like audio with the sharp peaks eSpeak produces: a click every 0.4 s.
Pcm PeakySpeech(double seconds) {
  Pcm pcm = testing::SpeechLikeSignal(44100, seconds, 0.2);
  for (std::size_t i = 4410; i < pcm.samples.size(); i += 17640) pcm.samples[i] = 0.95f;
  return pcm;
}

TEST_CASE("MeasureLoudness: a 1 kHz sine at -20 dBFS is -23 LUFS with a -20 dBTP peak") {
  // BS.1770: a 997 Hz sine at 0 dBFS on one channel reads -3.01 LUFS.
  const Pcm pcm = testing::Sine(48000, 997, 5.0, 0.1);
  const LoudnessMeasurement m = MeasureLoudness(pcm);
  CHECK(m.integrated_lufs == Approx(-23.01).margin(0.1));
  CHECK(m.true_peak_dbtp == Approx(-20.0).margin(0.1));
}

TEST_CASE("MeasureLoudness of silence is minus infinity") {
  CHECK(std::isinf(MeasureLoudness(Pcm{44100, std::vector<float>(44100)}).integrated_lufs));
  CHECK(std::isinf(MeasureLoudness(Pcm{44100, {}}).true_peak_dbtp));
}

TEST_CASE("NormalizeLoudness reaches the PCM target with peaks under the ceiling") {
  auto target_lufs = GENERATE(-16.0, -19.0, -23.0);
  Pcm pcm = PeakySpeech(10.0);
  LoudnessTarget target{target_lufs, -1.0, 0.0, 0.0};  // WAV output: no encoder offsets
  NormalizeLoudness(pcm, target);
  const LoudnessMeasurement m = MeasureLoudness(pcm);
  CHECK(m.integrated_lufs == Approx(target_lufs).margin(0.1));
  CHECK(m.true_peak_dbtp <= -1.0 + 0.05);
}

TEST_CASE("NormalizeLoudness applies one gain: relative levels are kept") {
  Pcm pcm = testing::SpeechLikeSignal(44100, 6.0, 0.05);
  for (std::size_t i = 132300; i < pcm.samples.size(); ++i) pcm.samples[i] *= 0.5f;  // -6 dB
  NormalizeLoudness(pcm, LoudnessTarget{-20.0, -1.0, 0.0, 0.0});
  const Pcm first{44100, {pcm.samples.begin(), pcm.samples.begin() + 132300}};
  const Pcm second{44100, {pcm.samples.begin() + 132300, pcm.samples.end()}};
  CHECK(MeasureLoudness(first).integrated_lufs - MeasureLoudness(second).integrated_lufs ==
        Approx(6.02).margin(0.05));
}

TEST_CASE("NormalizeLoudness leaves silence silent") {
  Pcm pcm{44100, std::vector<float>(44100)};
  NormalizeLoudness(pcm, LoudnessTarget{});
  CHECK(pcm.samples == std::vector<float>(44100));
}

TEST_CASE("The decoded MP3 of a normalized episode meets -16 LUFS and -1 dBTP", "[lame][slow]") {
  Pcm pcm = PeakySpeech(20.0);
  NormalizeLoudness(pcm, LoudnessTarget{});
  testing::TempDir dir;
  const auto path = dir.path() / "episode.mp3";
  std::ofstream(path, std::ios::binary) << EncodeMp3(pcm, Mp3Settings{});
  const LoudnessMeasurement m = MeasureLoudness(ReadAudioFile(path));
  CHECK(m.integrated_lufs == Approx(-16.0).margin(0.5));
  CHECK(m.true_peak_dbtp <= -1.0);
}

}  // namespace
}  // namespace briefcast
