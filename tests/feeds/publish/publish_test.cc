// End to end: the real binary publishes real articles into a temporary site.
#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <string>

#include "audio/audio_file.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

std::string Briefcast() { return BRIEFCAST_BINARY; }

std::string Example(const std::string& name) {
  return (testing::SourceDir() / "docs" / "examples" / name).string();
}

int CountItems(const tinyxml2::XMLDocument& feed) {
  int items = 0;
  for (auto* item =
           feed.FirstChildElement("rss")->FirstChildElement("channel")->FirstChildElement("item");
       item != nullptr; item = item->NextSiblingElement("item")) {
    ++items;
  }
  return items;
}

TEST_CASE("publishes an article as a playable episode", "[e2e][espeak][lame]") {
  testing::TempDir site;
  auto run = RunCommand(Briefcast() + " publish --site " + site.path().string() +
                        " --base-url https://news.example.com/podcast " +
                        Example("2024-06-12-5g-network.txt"));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);

  tinyxml2::XMLDocument feed;
  REQUIRE(feed.LoadFile((site.path() / "feed.xml").c_str()) == tinyxml2::XML_SUCCESS);
  REQUIRE(CountItems(feed) == 1);
  auto* item =
      feed.FirstChildElement("rss")->FirstChildElement("channel")->FirstChildElement("item");
  auto* enclosure = item->FirstChildElement("enclosure");
  REQUIRE(enclosure != nullptr);
  const std::string url = enclosure->Attribute("url");
  CHECK(url.starts_with("https://news.example.com/podcast/episodes/"));
  CHECK(std::string(enclosure->Attribute("type")) == "audio/mpeg");

  const fs::path mp3 = site.path() / "episodes" / fs::path(url).filename();
  REQUIRE(fs::exists(mp3));
  CHECK(enclosure->Int64Attribute("length") == static_cast<int64_t>(fs::file_size(mp3)));

  const Pcm decoded = ReadAudioFile(mp3);
  CHECK(decoded.sample_rate_hz == 44100);
  const double seconds = decoded.DurationSeconds();
  CHECK(seconds > 30);
  const int duration = std::stoi(item->FirstChildElement("itunes:duration")->GetText());
  CHECK(std::abs(duration - seconds) <= 1.0);
  CHECK(std::string(item->FirstChildElement("pubDate")->GetText()).find("12 Jun 2024") !=
        std::string::npos);
  for (const char* suffix : {".vtt", ".srt", ".transcript.json", ".chapters.json", ".json"}) {
    fs::path file = mp3;
    CHECK(fs::exists(file.replace_extension(suffix)));
  }
}

TEST_CASE("publishing the same article twice keeps one episode", "[e2e][espeak][lame]") {
  testing::TempDir site;
  const std::string publish = Briefcast() + " publish --site " + site.path().string() + " ";
  REQUIRE(RunCommand(publish + Example("2024-07-01-volunteers.txt")).exit_code == 0);
  const std::string first = testing::ReadFile(site.path() / "feed.xml");
  auto again = RunCommand(publish + Example("2024-07-01-volunteers.txt"));
  REQUIRE(again.exit_code == 0);
  CHECK(again.output.find("unchanged") != std::string::npos);
  tinyxml2::XMLDocument feed;
  REQUIRE(feed.LoadFile((site.path() / "feed.xml").c_str()) == tinyxml2::XML_SUCCESS);
  CHECK(CountItems(feed) == 1);
  REQUIRE(RunCommand(publish + Example("2024-06-20-customer-service.txt")).exit_code == 0);
  REQUIRE(feed.LoadFile((site.path() / "feed.xml").c_str()) == tinyxml2::XML_SUCCESS);
  CHECK(CountItems(feed) == 2);
}

TEST_CASE("bad arguments end with a clear message and status", "[cli]") {
  testing::TempDir dir;
  const std::string publish = Briefcast() + " publish --site " + (dir.path() / "site").string();
  auto missing = RunCommand(publish + " " + (dir.path() / "nope.txt").string());
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.output, Catch::Contains("nope.txt: does not exist"));
  CHECK_FALSE(fs::exists(dir.path() / "site" / "feed.xml"));

  fs::create_directory(dir.path() / "empty-folder");
  auto directory = RunCommand(publish + " " + (dir.path() / "empty-folder").string());
  CHECK(directory.exit_code == 1);
  CHECK_THAT(directory.output, Catch::Contains("empty-folder: the directory holds no article"));

  const fs::path empty = dir.path() / "empty.txt";
  RunCommand("touch " + empty.string());
  auto empty_run = RunCommand(publish + " " + empty.string());
  CHECK(empty_run.exit_code == 1);
  CHECK_THAT(empty_run.output, Catch::Contains("empty.txt: the article is empty"));

  CHECK(RunCommand(Briefcast() + " publish").exit_code == 2);
  CHECK(RunCommand(Briefcast() + " publish --frobnicate x.txt").exit_code == 2);
  CHECK(RunCommand(Briefcast() + " dance").exit_code == 2);
  CHECK(RunCommand(Briefcast()).exit_code == 2);
  auto help = RunCommand(Briefcast() + " publish --help");
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.output, Catch::Contains("usage: briefcast"));
  CHECK_THAT(RunCommand(Briefcast() + " --version").output, Catch::StartsWith("briefcast "));
}

TEST_CASE("normalize and pinyin print one line per input line", "[cli]") {
  auto normalized = RunCommand("printf '共14.54亿元\\n\\n50%%\\n' | " + Briefcast() + " normalize");
  REQUIRE(normalized.exit_code == 0);
  CHECK(normalized.output == "共十四点五四亿元\n\n百分之五十\n");
  auto pinyin = RunCommand("printf '银行行长\\n重新了解\\n' | " + Briefcast() + " pinyin");
  REQUIRE(pinyin.exit_code == 0);
  CHECK(pinyin.output == "yin2 hang2 hang2 zhang3\nchong2 xin1 liao3 jie3\n");
}

}  // namespace
}  // namespace briefcast
