#include "audio/mp3_scan.h"

#include <catch2/catch.hpp>

#include "audio/mp3_encoder.h"
#include "tests/audio/signals.h"

namespace briefcast {
namespace {

TEST_CASE("ScanMp3 gives the encoded sample count exactly", "[lame][mp3]") {
  auto [rate, seconds] = GENERATE(std::pair{44100, 2.5}, std::pair{22050, 1.7});
  const Pcm pcm = testing::SpeechLikeSignal(rate, seconds);
  const std::string mp3 = EncodeMp3(pcm, Mp3Settings{64, 3});
  const std::optional<Mp3Scan> scan = ScanMp3(mp3);
  REQUIRE(scan.has_value());
  CHECK(scan->samples == static_cast<std::int64_t>(pcm.samples.size()));
  CHECK(scan->duration_seconds() == pcm.DurationSeconds());
  CHECK(scan->has_info_frame);
  CHECK(scan->info_frame_count == scan->audio_frames);
  CHECK(scan->audio_frames * scan->samples_per_frame - scan->encoder_delay -
            scan->encoder_padding ==
        scan->samples);
}

TEST_CASE("ScanMp3 counts junk between frames and ignores an ID3v1 tag", "[lame][mp3]") {
  const std::string mp3 = EncodeMp3(testing::Sine(44100, 440, 1.0, 0.3), Mp3Settings{64, 3});
  const std::optional<Mp3Scan> clean = ScanMp3(mp3 + "TAG" + std::string(125, ' '));
  REQUIRE(clean.has_value());
  CHECK(clean->junk_bytes == 0);
  CHECK(clean->truncated_bytes == 0);
  // 37 bytes of junk in the middle of a frame's data: that frame's start is lost to junk.
  std::string damaged = mp3;
  damaged.insert(mp3.size() / 2, std::string(37, 'x'));
  const std::optional<Mp3Scan> scan = ScanMp3(damaged);
  REQUIRE(scan.has_value());
  CHECK(scan->junk_bytes >= 37);
  CHECK(scan->audio_frames <= clean->audio_frames);
  CHECK_FALSE(ScanMp3(std::string(5000, '\0')).has_value());
}

}  // namespace
}  // namespace briefcast
