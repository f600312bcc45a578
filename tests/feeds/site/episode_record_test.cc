#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "audio/error.h"
#include "feeds/episode.h"
#include "feeds/site_layout.h"

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
  record.cues = {{0.25, 2.5, "银行", {{0.25, 1.0, "银"}, {1.0, 2.5, "行"}}},
                 {2.5, 5.0, "第一段。", {}}};
  record.chapters = {{0, "标题", "https://example.com/a"}, {2.5, "正文", ""}};
  return record;
}

constexpr const char* kName = "episodes/2024-06-07-yin-hang.json";

}  // namespace

TEST_CASE("EpisodeRecord survives a JSON round trip", "[episode]") {
  EpisodeRecord in = SampleRecord();
  EpisodeRecord out =
      EpisodeRecordFromJson(EpisodeRecordToJson(in), "episodes/2024-06-07-yin-hang.json");
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
  CHECK(out.cues[1].words.empty());
  REQUIRE(out.cues[0].words.size() == 2);
  CHECK(out.cues[0].words[1].start_seconds == 1.0);
  CHECK(out.cues[0].words[1].end_seconds == 2.5);
  CHECK(out.cues[0].words[1].text == "行");
  REQUIRE(out.chapters.size() == 2);
  CHECK(out.chapters[0].url == "https://example.com/a");
  CHECK(out.chapters[1].url.empty());
  CHECK(out.chapters[1].title == "正文");
}

TEST_CASE("A cue's words must be its text's, in order, inside its time", "[episode]") {
  const nlohmann::json good = nlohmann::json::parse(EpisodeRecordToJson(SampleRecord()));
  CHECK(good["cues"][0]["words"][0] == nlohmann::json::array({0.25, 1.0, "银"}));
  for (const char* bad : {R"([[0.25, 1.0, "行"], [1.0, 2.5, "银"]])", R"([[1.0, 0.5, "银"]])",
                          R"([[0.25, 3.0, "银"]])", R"([[0.25, 1.0]])", R"("银行")",
                          R"([[1.0, 1.2, "银"], [0.5, 1.0, "行"]])"}) {
    nlohmann::json root = good;
    root["cues"][0]["words"] = nlohmann::json::parse(bad);
    INFO(bad);
    CHECK_THROWS_WITH(EpisodeRecordFromJson(root.dump(), kName),
                      Catch::Contains("field \"cues[0].words"));
  }
}

TEST_CASE("EpisodeRecord JSON is readable UTF-8, not escaped", "[episode]") {
  std::string json = EpisodeRecordToJson(SampleRecord());
  CHECK(json.find("新华社") != std::string::npos);
  CHECK(nlohmann::json::parse(json).at("format") == 1);
}

TEST_CASE("EpisodeRecordFromJson names the source and the field", "[episode]") {
  CHECK_THROWS_WITH(EpisodeRecordFromJson("{not json", kName),
                    Catch::StartsWith(std::string(kName) + ": not valid JSON"));

  nlohmann::json root = nlohmann::json::parse(EpisodeRecordToJson(SampleRecord()));
  SECTION("missing field") {
    root.erase("title");
    CHECK_THROWS_WITH(EpisodeRecordFromJson(root.dump(), kName),
                      Catch::StartsWith(std::string(kName) + ": field \"title\" is missing"));
  }
  SECTION("wrong type") {
    root["audio_bytes"] = "big";
    CHECK_THROWS_WITH(
        EpisodeRecordFromJson(root.dump(), kName),
        Catch::StartsWith(std::string(kName) + ": field \"audio_bytes\" must be an integer"));
  }
  SECTION("nested field") {
    root["cues"][1].erase("text");
    CHECK_THROWS_WITH(
        EpisodeRecordFromJson(root.dump(), kName),
        Catch::StartsWith(std::string(kName) + ": field \"cues[1].text\" is missing"));
  }
  SECTION("newer format") {
    root["format"] = 2;
    CHECK_THROWS_AS(EpisodeRecordFromJson(root.dump(), kName), Error);
  }
  SECTION("not an object") { CHECK_THROWS_AS(EpisodeRecordFromJson("[1,2]", kName), Error); }
}

// Issue 13, item 1: a record's id names files, so it must be a slug and its own file's name.
TEST_CASE("issue 13.1: a record whose id is a path or not its file's name is damaged",
          "[episode][issue13]") {
  nlohmann::json root = nlohmann::json::parse(EpisodeRecordToJson(SampleRecord()));
  for (const char* id : {"../../victim/target", "/tmp/victim", "A-B", "a b", "a.b", ""}) {
    root["id"] = id;
    INFO(id);
    CHECK_THROWS_WITH(EpisodeRecordFromJson(root.dump(), kName),
                      Catch::StartsWith(std::string(kName) + ": field \"id\" is \"" + id +
                                        "\", not an episode id"));
  }
  root["id"] = "2024-06-07-other";
  CHECK_THROWS_WITH(EpisodeRecordFromJson(root.dump(), kName),
                    Catch::Contains("but the record's file is not 2024-06-07-other.json"));
  root["id"] = "2024-06-07-yin-hang";
  CHECK(EpisodeRecordFromJson(root.dump(), "episodes/2024-06-07-yin-hang.pending.json").id ==
        "2024-06-07-yin-hang");
  const SiteLayout site("public");
  CHECK_THROWS_AS(site.episode_file("../x", ".mp3"), Error);
  CHECK_THROWS_AS(site.episode_file("/etc/passwd", ""), Error);
  CHECK(site.episode_file("a-1", ".mp3") == "public/episodes/a-1.mp3");
}

// Issue 13, item 9: an absurd number in a record never reaches the feed as an overflow.
TEST_CASE("issue 13.9: non-finite, negative or absurd durations and sizes are damage",
          "[episode][issue13]") {
  const nlohmann::json good = nlohmann::json::parse(EpisodeRecordToJson(SampleRecord()));
  const auto refuses = [](const nlohmann::json& root, const std::string& field) {
    INFO(root.dump());
    CHECK_THROWS_WITH(EpisodeRecordFromJson(root.dump(), kName),
                      Catch::Contains("field \"" + field + "\" is "));
  };
  for (double bad : {1e308, -5.0, 1e6}) {
    nlohmann::json root = good;
    root["duration_seconds"] = bad;
    refuses(root, "duration_seconds");
    root = good;
    root["cues"][0]["start_seconds"] = bad;
    refuses(root, "cues[0].start_seconds");
    root = good;
    root["chapters"][1]["start_seconds"] = bad;
    refuses(root, "chapters[1].start_seconds");
  }
  // 1e999 is not JSON nlohmann reads as a number: it is refused as JSON or as a number.
  CHECK_THROWS_AS(EpisodeRecordFromJson(R"({"format":1,"duration_seconds":1e999})", kName), Error);
  for (std::int64_t bad : {std::int64_t{-1}, std::int64_t{1} << 50}) {
    nlohmann::json root = good;
    root["audio_bytes"] = bad;
    refuses(root, "audio_bytes");
  }
  nlohmann::json root = good;
  root["audio_bytes"] = std::uint64_t{18446744073709551615u};
  refuses(root, "audio_bytes");
}

}  // namespace briefcast
