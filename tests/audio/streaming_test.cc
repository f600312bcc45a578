// The streaming classes give, chunk by chunk, exactly what the whole-buffer functions give.
#include <catch2/catch.hpp>
#include <fstream>
#include <span>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/loudness.h"
#include "audio/loudness_meter.h"
#include "audio/mp3_stream_encoder.h"
#include "audio/peak_limiter.h"
#include "audio/resampler.h"
#include "audio/sample_spool.h"
#include "audio/stream_resampler.h"
#include "audio/true_peak.h"
#include "tests/audio/signals.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

// Calls process(chunk) over `samples` cut into chunks of irregular sizes.
template <typename Process>
void InChunks(const std::vector<float>& samples, Process process) {
  const std::size_t sizes[] = {1, 777, 4096, 13, 20000};
  std::size_t begin = 0;
  for (std::size_t k = 0; begin < samples.size(); ++k) {
    const std::size_t count = std::min(sizes[k % 5], samples.size() - begin);
    process(std::span<const float>(samples.data() + begin, count));
    begin += count;
  }
}

// A speech-like signal with peaks well above full scale after 12 dB of gain.
Pcm LoudSpeech() {
  Pcm pcm = testing::SpeechLikeSignal(44100, 4.0, 0.9);
  for (float& s : pcm.samples) s *= 4.0f;
  return pcm;
}

TEST_CASE("StreamResampler in chunks has the batch length and the same sound") {
  Pcm pcm = testing::SpeechLikeSignal(22050, 3.0);
  pcm.samples.resize(pcm.samples.size() + 1);  // odd length
  const Pcm whole = Resample(pcm, 44100);
  StreamResampler resampler(22050, 44100);
  std::vector<float> streamed;
  InChunks(pcm.samples, [&](std::span<const float> c) { resampler.Process(c, streamed); });
  resampler.Finish(streamed);
  REQUIRE(streamed.size() == whole.samples.size());
  REQUIRE(streamed.size() == 2 * pcm.samples.size());
  double largest = 0;
  for (std::size_t i = 0; i < streamed.size(); ++i) {
    largest = std::max(largest, static_cast<double>(std::fabs(streamed[i] - whole.samples[i])));
  }
  CHECK(largest < 1e-4);
  CHECK_THROWS_AS(StreamResampler(0, 44100), Error);
}

TEST_CASE("PeakLimiter in chunks equals LimitPeaks sample for sample, same length") {
  Pcm whole = LoudSpeech();
  const std::vector<float> input = whole.samples;
  LimitPeaks(whole, PeakLimiterSettings{});
  PeakLimiter limiter(44100, PeakLimiterSettings{});
  std::vector<float> streamed;
  std::size_t fed = 0;
  InChunks(input, [&](std::span<const float> c) {
    limiter.Process(c, streamed);
    fed += c.size();
    // Output lags by the latency at most: memory does not grow with the input.
    CHECK(fed - streamed.size() <= limiter.latency_samples());
  });
  limiter.Finish(streamed);
  CHECK(streamed == whole.samples);
  CHECK(MeasureLoudness(Pcm{44100, streamed}).true_peak_dbtp <= -1.7 + 0.05);
}

TEST_CASE("LoudnessMeter in chunks measures what MeasureLoudness measures") {
  const Pcm pcm = LoudSpeech();
  LoudnessMeter meter(44100, true);
  InChunks(pcm.samples, [&](std::span<const float> c) { meter.Add(c); });
  const LoudnessMeasurement whole = MeasureLoudness(pcm);
  CHECK(meter.IntegratedLufs() == Approx(whole.integrated_lufs).margin(1e-9));
  CHECK(meter.TruePeakDbtp() == Approx(whole.true_peak_dbtp).margin(1e-9));
  LoudnessMeter silent(44100, false);
  CHECK(std::isinf(silent.IntegratedLufs()));
}

TEST_CASE("TruePeakMeter finds peaks between samples, in chunks as in one piece") {
  // A sine at a quarter of the rate, 45 degrees off the sample grid: every sample is at
  // 0.707 of the amplitude, the waveform reaches all of it between them.
  std::vector<float> quarter(44100);
  for (std::size_t i = 0; i < quarter.size(); ++i) {
    quarter[i] =
        static_cast<float>(0.5 * std::sin(std::numbers::pi / 2 * i + std::numbers::pi / 4));
  }
  TruePeakMeter meter;
  meter.Add(quarter);
  CHECK(meter.Peak() == Approx(0.5).margin(0.5 * 0.06));  // 12 taps: within 0.5 dB
  const Pcm speech = LoudSpeech();
  TruePeakMeter whole, chunked;
  whole.Add(speech.samples);
  InChunks(speech.samples, [&](std::span<const float> c) { chunked.Add(c); });
  CHECK(chunked.Peak() == whole.Peak());
  CHECK(whole.PeakDbtp() == Approx(MeasureLoudness(speech).true_peak_dbtp).margin(0.1));
  // The last samples count too (silence is assumed after them).
  TruePeakMeter last;
  last.Add(std::vector<float>{0.0f, 0.0f, 0.25f});
  CHECK(last.Peak() >= 0.25f);
  CHECK(std::isinf(TruePeakMeter().PeakDbtp()));
}

TEST_CASE("SampleSpool gives back what was appended, as often as asked") {
  const Pcm pcm = testing::SpeechLikeSignal(22050, 7.0);
  SampleSpool spool;
  InChunks(pcm.samples, [&](std::span<const float> c) { spool.Append(c); });
  CHECK(spool.size() == static_cast<std::int64_t>(pcm.samples.size()));
  for (std::size_t chunk : {1000u, 16384u}) {
    std::vector<float> back;
    spool.Replay(
        [&](std::span<const float> c) {
          CHECK(c.size() <= chunk);
          back.insert(back.end(), c.begin(), c.end());
        },
        chunk);
    CHECK(back == pcm.samples);
  }
  CHECK_THROWS_AS(SampleSpool("/nonexistent/directory"), Error);
}

TEST_CASE("GainSearch: secant rounds bring gain + limiting to the aim") {
  const Pcm original = testing::SpeechLikeSignal(44100, 4.0, 0.5);
  const LoudnessTarget target;
  GainSearch search(target);
  double gain_db = search.Next(0, MeasureLoudness(original).integrated_lufs);
  for (int round = 0; round < 4; ++round) {
    Pcm pcm = original;
    const float gain = static_cast<float>(std::pow(10.0, gain_db / 20));
    for (float& s : pcm.samples) s *= gain;
    LimitPeaks(pcm, LimiterFor(target));
    gain_db = search.Next(gain_db, MeasureLoudness(pcm).integrated_lufs);
  }
  CHECK(std::fabs(search.last_error_lu()) < 0.05);
}

TEST_CASE("Mp3StreamEncoder writes one stream to a file, Info frame at the start", "[lame]") {
  const Pcm pcm = testing::SpeechLikeSignal(44100, 5.0);
  testing::TempDir dir;
  const auto path = dir.path() / "s.mp3";
  {
    std::ofstream out(path, std::ios::binary);
    Mp3StreamEncoder encoder(44100, Mp3Settings{}, out);
    InChunks(pcm.samples, [&](std::span<const float> c) { encoder.Encode(c); });
    encoder.Finish();
  }
  const std::string mp3 = testing::ReadFile(path);
  CHECK(mp3 == EncodeMp3(pcm, Mp3Settings{}));  // chunking does not change the bytes
  CHECK(mp3.substr(0, 400).find("Info") != std::string::npos);
  const Pcm decoded = ReadAudioFile(path);
  CHECK(std::abs(static_cast<long>(decoded.samples.size()) -
                 static_cast<long>(pcm.samples.size())) <= 1152);
}

TEST_CASE("WavWriter writes a WAV a chunk at a time") {
  const Pcm pcm = testing::Sine(22050, 440, 1.0, 0.5);
  testing::TempDir dir;
  WavWriter writer(dir.path() / "w.wav", 22050);
  InChunks(pcm.samples, [&](std::span<const float> c) { writer.Write(c); });
  writer.Close();
  const Pcm back = ReadAudioFile(dir.path() / "w.wav");
  REQUIRE(back.samples.size() == pcm.samples.size());
  CHECK(back.samples[5000] == Approx(pcm.samples[5000]).margin(1.0 / 32768));
  CHECK_THROWS_AS(WavWriter(dir.path() / "missing" / "w.wav", 22050), Error);
}

}  // namespace
}  // namespace briefcast
