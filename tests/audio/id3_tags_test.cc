#include "audio/id3_tags.h"

#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/mpegfile.h>
#include <taglib/tableofcontentsframe.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/mp3_encoder.h"
#include "tests/audio/signals.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

// A 6 s MP3 at the default settings, untagged.
std::filesystem::path WriteMp3(const std::filesystem::path& dir) {
  const auto path = dir / "episode.mp3";
  std::ofstream(path, std::ios::binary)
      << EncodeMp3(testing::SpeechLikeSignal(44100, 6.0), Mp3Settings{});
  return path;
}

Id3Tags ExampleTags() {
  Id3Tags tags;
  tags.title = "央行宣布降准0.5个百分点";
  tags.artist = "新华社";
  tags.album = "公司新闻简报";
  tags.date = "2024-05-01";
  tags.comment = "今日要闻：央行降准，释放长期资金约1万亿元。";
  tags.cover_png = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(3000, '\x01');
  tags.chapters = {
      {"标题", 0.0, 2.5},
      {"第一段：一个很长的章节标题，用来检查超过一百二十七字节的帧长度编码是否正确", 2.5, 4.25},
      {"第二段", 4.25, 6.0}};
  return tags;
}

TEST_CASE("WriteId3Tags writes ID3v2.3 with Chinese text and chapters that read back") {
  testing::TempDir dir;
  const auto path = WriteMp3(dir.path());
  const Id3Tags tags = ExampleTags();
  WriteId3Tags(path, tags);

  const Id3Tags back = ReadId3Tags(path);
  CHECK(back.title == tags.title);
  CHECK(back.artist == tags.artist);
  CHECK(back.album == tags.album);
  CHECK(back.date == tags.date);
  CHECK(back.comment == tags.comment);
  CHECK(back.cover_png == tags.cover_png);
  REQUIRE(back.chapters.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(back.chapters[i].title == tags.chapters[i].title);
    CHECK(back.chapters[i].start_seconds == Approx(tags.chapters[i].start_seconds).margin(0.001));
    CHECK(back.chapters[i].end_seconds == Approx(tags.chapters[i].end_seconds).margin(0.001));
  }

  // The raw tag: version 2.3, UTF-16 text (BOM after the encoding byte 1).
  const std::string bytes = testing::ReadFile(path);
  CHECK(bytes.substr(0, 4) == std::string("ID3\x03", 4));
  const auto tit2 = bytes.find("TIT2");
  REQUIRE(tit2 != std::string::npos);
  CHECK(bytes.substr(tit2 + 10, 3) == std::string("\x01\xFF\xFE", 3));
  // The audio is untouched: it still decodes to its full length.
  CHECK(ReadAudioFile(path).DurationSeconds() == Approx(6.0).margin(0.03));
}

TEST_CASE("The chapter frames have the shape podcast apps read") {
  testing::TempDir dir;
  const auto path = WriteMp3(dir.path());
  WriteId3Tags(path, ExampleTags());
  TagLib::MPEG::File file(path.c_str());
  REQUIRE(file.hasID3v2Tag());
  const TagLib::ID3v2::Tag* tag = file.ID3v2Tag();
  CHECK(tag->header()->majorVersion() == 3);
  const auto* toc = TagLib::ID3v2::TableOfContentsFrame::findTopLevel(tag);
  REQUIRE(toc != nullptr);
  CHECK(toc->elementID() == "toc");
  CHECK(toc->isOrdered());
  CHECK(toc->embeddedFrameList("TIT2").size() == 1);
  REQUIRE(toc->childElements().size() == 3);
  CHECK(toc->childElements()[0] == "chp0");
  CHECK(toc->childElements()[2] == "chp2");
  const auto* chap = TagLib::ID3v2::ChapterFrame::findByElementID(tag, "chp1");
  REQUIRE(chap != nullptr);
  CHECK(chap->startTime() == 2500);
  CHECK(chap->endTime() == 4250);
  CHECK(file.hasID3v1Tag() == false);
  CHECK(file.hasAPETag() == false);
}

TEST_CASE("External tools read the tags as ID3v2.3 with chapters") {
  testing::TempDir dir;
  const auto path = WriteMp3(dir.path());
  WriteId3Tags(path, ExampleTags());
  if (testing::RunCommand("command -v ffprobe").exit_code == 0) {
    const auto probe =
        testing::RunCommand("ffprobe -v error -show_chapters '" + path.string() + "'");
    CHECK(probe.output.find("title=第二段") != std::string::npos);
    CHECK(probe.output.find("start_time=4.250000") != std::string::npos);
  } else {
    WARN("ffprobe not installed: chapter check skipped");
  }
  if (testing::RunCommand("command -v mp3val").exit_code == 0) {
    const auto check = testing::RunCommand("mp3val '" + path.string() + "'");
    CHECK(check.output.find("WARNING") == std::string::npos);
  }
  if (testing::RunCommand("command -v eyeD3").exit_code == 0) {
    const auto eyed3 = testing::RunCommand("eyeD3 --no-color '" + path.string() + "'");
    CHECK(eyed3.output.find("ID3 v2.3") != std::string::npos);
  }
}

TEST_CASE("WriteId3Tags replaces earlier tags and omits what is empty") {
  testing::TempDir dir;
  const auto path = WriteMp3(dir.path());
  WriteId3Tags(path, ExampleTags());
  Id3Tags plain;
  plain.title = "第二版";
  WriteId3Tags(path, plain);
  const Id3Tags back = ReadId3Tags(path);
  CHECK(back.title == "第二版");
  CHECK(back.artist.empty());
  CHECK(back.cover_png.empty());
  CHECK(back.chapters.empty());
}

TEST_CASE("WriteId3Tags names a file that is not an MP3") {
  testing::TempDir dir;
  CHECK_THROWS_WITH(WriteId3Tags(dir.path() / "missing.mp3", Id3Tags{}),
                    Catch::Contains("missing.mp3"));
  CHECK_THROWS_AS(ReadId3Tags(dir.path() / "missing.mp3"), Error);
}

}  // namespace
}  // namespace briefcast
