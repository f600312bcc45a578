#include "audio/audio_file.h"

#include <catch2/catch.hpp>

#include "audio/error.h"
#include "tests/audio/signals.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

TEST_CASE("WriteWav and ReadAudioFile round-trip 16-bit mono") {
  testing::TempDir dir;
  Pcm pcm = testing::SpeechLikeSignal(22050, 1.25);
  pcm.samples[10] = 1.5f;  // out of range: clipped, not wrapped around
  WriteWav(dir.path() / "a.wav", pcm);
  Pcm back = ReadAudioFile(dir.path() / "a.wav");
  CHECK(back.sample_rate_hz == 22050);
  REQUIRE(back.samples.size() == pcm.samples.size());
  CHECK(back.samples[10] > 0.99f);
  double max_error = 0;
  for (std::size_t i = 11; i < pcm.samples.size(); ++i) {
    max_error =
        std::max(max_error, static_cast<double>(std::fabs(back.samples[i] - pcm.samples[i])));
  }
  CHECK(max_error < 1.0 / 16384);  // 16-bit quantization
}

TEST_CASE("ReadAudioFile names the file it cannot read") {
  testing::TempDir dir;
  CHECK_THROWS_WITH(ReadAudioFile(dir.path() / "missing.wav"), Catch::Contains("missing.wav"));
  CHECK_THROWS_AS(WriteWav(dir.path() / "no-dir" / "x.wav", testing::Sine(8000, 440, 0.1, 0.5)),
                  Error);
}

}  // namespace
}  // namespace briefcast
