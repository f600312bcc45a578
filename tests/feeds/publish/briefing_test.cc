// Briefings end to end: the real binary, articles in three formats, one episode.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "audio/id3_tags.h"
#include "feeds/episode.h"
#include "synth/read/article_source.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

fs::path Data(const std::string& name) {
  return testing::SourceDir() / "tests" / "data" / "articles" / name;
}

// The one episode record in the site (briefings make exactly one).
EpisodeRecord OnlyRecord(const fs::path& site) {
  std::vector<fs::path> records;
  for (const auto& entry : fs::directory_iterator(site / "episodes")) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".json") && !name.ends_with(".chapters.json") &&
        !name.ends_with(".transcript.json")) {
      records.push_back(entry.path());
    }
  }
  REQUIRE(records.size() == 1);
  return EpisodeRecordFromJson(testing::ReadFile(records[0]), records[0].string());
}

// The start of the first cue whose text begins with `prefix`, or -1.
double CueStarting(const EpisodeRecord& record, const std::string& prefix) {
  for (const Cue& cue : record.cues) {
    if (cue.text.starts_with(prefix)) return cue.start_seconds;
  }
  return -1;
}

TEST_CASE("a briefing of three formats: rundown, chapters per story, no page chrome",
          "[e2e][briefing][espeak][lame]") {
  testing::TempDir site;
  const std::vector<fs::path> inputs = {Data("markdown_news.md"), Data("html_news.html"),
                                        Data("plain_news.txt")};
  std::string command =
      std::string(BRIEFCAST_BINARY) + " publish --briefing --site " + site.path().string();
  for (const fs::path& input : inputs) command += " " + input.string();
  auto run = RunCommand(command);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  const EpisodeRecord record = OnlyRecord(site.path());

  std::string rundown;
  for (const Cue& cue : record.cues) {
    if (cue.text.starts_with("第1条，共3条")) break;
    rundown += cue.text;
  }
  std::vector<std::string> titles;
  for (const fs::path& input : inputs) titles.push_back(ReadArticles(input).front().title);
  for (const std::string& title : titles) CHECK_THAT(rundown, Catch::Contains(title));

  // One chapter per story, after the rundown, at the story's announcement: in the JSON
  // chapters, the ID3 chapters and the transcript alike.
  const auto json = nlohmann::json::parse(
      testing::ReadFile(site.path() / "episodes" / (record.id + ".chapters.json")));
  const Id3Tags tags = ReadId3Tags(site.path() / "episodes" / (record.id + ".mp3"));
  REQUIRE(json["chapters"].size() == 4);
  REQUIRE(tags.chapters.size() == 4);
  for (std::size_t i = 0; i < titles.size(); ++i) {
    const double cue = CueStarting(record, "第" + std::to_string(i + 1) + "条，共3条");
    const double chapter = json["chapters"][i + 1]["startTime"].get<double>();
    CHECK(json["chapters"][i + 1]["title"].get<std::string>().starts_with(titles[i].substr(0, 9)));
    CHECK(std::abs(chapter - cue) <= 0.05);
    CHECK(std::abs(tags.chapters[i + 1].start_seconds - cue) <= 0.05);
  }
  CHECK(json["chapters"][1]["url"] == "https://news.example.cn/2024/06/open-day");

  const std::string transcript = testing::ReadFile(site.path() / "episodes" / (record.id + ".vtt"));
  for (const char* chrome : {"导航科技频道", "脚本文字", "页脚文字", "图片说明", "侧栏文字",
                             "样式文字", "隐藏文字", "示例新闻网首页", "编辑备注"}) {
    CHECK_THAT(transcript, !Catch::Contains(chrome));
  }
}

TEST_CASE("spoken navigation reads dates as dates", "[briefing]") {
  auto pinyin = RunCommand("echo '第2条，共3条：标题。工会，2024年6月7日发布。' | " +
                           std::string(BRIEFCAST_BINARY) + " pinyin");
  REQUIRE(pinyin.exit_code == 0);
  CHECK_THAT(pinyin.output,
             Catch::Contains("di4 er4 tiao2 gong4 san1 tiao2") &&
                 Catch::Contains("er4 ling2 er4 si4 nian2 liu4 yue4 qi1 ri4 fa1 bu4"));
}

TEST_CASE("a news feed published twice gives each item one episode", "[e2e][feed-input]") {
  testing::TempDir dir;
  std::ofstream feed(dir.path() / "news.xml");
  feed << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
          "<title>新闻</title><link>https://news.example.cn/</link><description>d</description>";
  for (int i = 1; i <= 5; ++i) {
    feed << "<item><title>第" << i << "条测试新闻</title><link>https://news.example.cn/" << i
         << "</link><pubDate>Fri, 0" << i << " Mar 2024 08:00:00 +0800</pubDate>"
         << "<description>这是第" << i << "条新闻的正文。</description></item>";
  }
  feed << "</channel></rss>\n";
  feed.close();
  const std::string publish = std::string(BRIEFCAST_BINARY) + " publish --site " +
                              (dir.path() / "site").string() + " " +
                              (dir.path() / "news.xml").string();
  REQUIRE(RunCommand(publish).exit_code == 0);
  auto again = RunCommand(publish);
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.output, !Catch::Contains("published "));
  int records = 0;
  for (const auto& entry : fs::directory_iterator(dir.path() / "site" / "episodes")) {
    const std::string name = entry.path().filename().string();
    records += name.ends_with(".json") && !name.ends_with(".chapters.json") &&
               !name.ends_with(".transcript.json");
  }
  CHECK(records == 5);
}

}  // namespace
}  // namespace briefcast
