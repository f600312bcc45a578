#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "audio/error.h"
#include "feeds/episode.h"

namespace briefcast {
namespace {

EpisodeRecord SampleRecord() {
  EpisodeRecord record;
  record.id = "2024-06-07-yin-hang";
  record.guid = "b1c2d3e4-0000-5000-8000-000000000001";
  record.title = "银行 \"行长\" <script>";
  record.author = "新华社";
  record.pub_date = "2024-06-07T08:00:00+08:00";
  record.source_url = "https://example.com/a?x=1&y=2";
  record.episode_type = "full";
  record.paragraphs = {"第一段。", "第二段，含 ]]> 和 \x01 控制符。"};
  record.audio_bytes = 123456;
  record.duration_seconds = 61.25;
  record.content_hash = "abc123";
  record.cues = {{0.25, 2.5, "银行"}, {2.5, 5.0, "第一段。"}};
  record.chapters = {{0, "标题", "https://example.com/a"}, {2.5, "正文", ""}};
  return record;
}

}  // namespace

TEST_CASE("EpisodeRecord survives a JSON round trip", "[episode]") {
  EpisodeRecord in = SampleRecord();
  EpisodeRecord out = EpisodeRecordFromJson(EpisodeRecordToJson(in), "x.json");
  CHECK(out.id == in.id);
  CHECK(out.guid == in.guid);
  CHECK(out.title == in.title);
  CHECK(out.author == in.author);
  CHECK(out.pub_date == in.pub_date);
  CHECK(out.source_url == in.source_url);
  CHECK(out.episode_type == in.episode_type);
  CHECK(out.paragraphs == in.paragraphs);
  CHECK(out.audio_bytes == in.audio_bytes);
  CHECK(out.duration_seconds == in.duration_seconds);
  CHECK(out.content_hash == in.content_hash);
  REQUIRE(out.cues.size() == 2);
  CHECK(out.cues[1].start_seconds == 2.5);
  CHECK(out.cues[1].end_seconds == 5.0);
  CHECK(out.cues[1].text == "第一段。");
  REQUIRE(out.chapters.size() == 2);
  CHECK(out.chapters[0].url == "https://example.com/a");
  CHECK(out.chapters[1].url.empty());
  CHECK(out.chapters[1].title == "正文");
}

TEST_CASE("EpisodeRecord JSON is readable UTF-8, not escaped", "[episode]") {
  std::string json = EpisodeRecordToJson(SampleRecord());
  CHECK(json.find("新华社") != std::string::npos);
  CHECK(nlohmann::json::parse(json).at("format") == 1);
}

TEST_CASE("EpisodeRecordFromJson names the source and the field", "[episode]") {
  CHECK_THROWS_WITH(EpisodeRecordFromJson("{not json", "episodes/a.json"),
                    Catch::StartsWith("episodes/a.json: not valid JSON"));

  nlohmann::json root = nlohmann::json::parse(EpisodeRecordToJson(SampleRecord()));
  SECTION("missing field") {
    root.erase("title");
    CHECK_THROWS_WITH(EpisodeRecordFromJson(root.dump(), "episodes/a.json"),
                      Catch::StartsWith("episodes/a.json: field \"title\" is missing"));
  }
  SECTION("wrong type") {
    root["audio_bytes"] = "big";
    CHECK_THROWS_WITH(
        EpisodeRecordFromJson(root.dump(), "episodes/a.json"),
        Catch::StartsWith("episodes/a.json: field \"audio_bytes\" must be an integer"));
  }
  SECTION("nested field") {
    root["cues"][1].erase("text");
    CHECK_THROWS_WITH(EpisodeRecordFromJson(root.dump(), "b.json"),
                      Catch::StartsWith("b.json: field \"cues[1].text\" is missing"));
  }
  SECTION("newer format") {
    root["format"] = 2;
    CHECK_THROWS_AS(EpisodeRecordFromJson(root.dump(), "c.json"), Error);
  }
  SECTION("not an object") { CHECK_THROWS_AS(EpisodeRecordFromJson("[1,2]", "d.json"), Error); }
}

}  // namespace briefcast
