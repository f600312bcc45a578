// The joiner refuses what is not a whole part as Mp3StreamEncoder writes it, and reads
// every frame of a part, the Info frame first, from libmpg123's frame list.
#include "audio/mp3_join.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "audio/error.h"
#include "audio/mp3_encoder.h"
#include "audio/mp3_scan.h"
#include "tests/audio/signals.h"

namespace briefcast {
namespace {

std::string Part(double seconds) {
  return EncodeMp3(testing::Sine(44100, 440, seconds, 0.3), Mp3Settings{64, 3});
}

TEST_CASE("ListMp3Frames gives the Info frame and every audio frame back to back", "[lame][mp3]") {
  const std::string mp3 = Part(1.0);
  const std::vector<Mp3Frame> frames = ListMp3Frames(mp3);
  const std::optional<Mp3Scan> scan = ScanMp3(mp3);
  REQUIRE(scan.has_value());
  REQUIRE(frames.size() == static_cast<std::size_t>(scan->audio_frames) + 1);
  std::int64_t end = 0;
  for (const Mp3Frame& frame : frames) {
    CHECK(frame.offset == end);
    CHECK(frame.header >> 21 == 0x7FF);  // the sync bits
    end += frame.bytes;
  }
  CHECK(end == static_cast<std::int64_t>(mp3.size()));
  CHECK(mp3.substr(4 + 17, 4) == "Info");  // MPEG-1 mono: 17 bytes of side information
}

TEST_CASE("Mp3Joiner refuses a part that is damaged or has no Info frame", "[lame][mp3]") {
  const std::string part = Part(1.0);
  std::string junk_inside = part;
  junk_inside.insert(part.size() / 2, std::string(37, 'x'));
  const std::string no_info = part.substr(ListMp3Frames(part)[0].bytes);
  const std::string other_rate = EncodeMp3(testing::Sine(22050, 440, 1.0, 0.3), Mp3Settings{64, 3});
  const auto append = [](const std::string& first, const std::string& second) {
    std::ostringstream out(std::ios::binary);
    Mp3Joiner joiner(out);
    joiner.Append(first);
    joiner.Append(second);
  };
  CHECK_NOTHROW(append(part, part));
  CHECK_THROWS_WITH(append(part, part.substr(0, part.size() - 10)),
                    Catch::Contains("broken frame"));
  CHECK_THROWS_WITH(append(part, junk_inside), Catch::Contains("broken frame"));
  CHECK_THROWS_WITH(append(part, no_info), Catch::Contains("Info frame"));
  CHECK_THROWS_WITH(append(part, "not an mp3"), Catch::Contains("Info frame"));
  CHECK_THROWS_WITH(append(part, other_rate), Catch::Contains("another format"));
}

}  // namespace
}  // namespace briefcast
