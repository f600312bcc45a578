#include "feeds/site/site_check.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>

#include "audio/mp3_scan.h"
#include "feeds/formats/chapters_json.h"
#include "feeds/formats/cover_art.h"
#include "feeds/formats/episode_page.h"
#include "feeds/formats/html_page.h"
#include "feeds/formats/rss.h"
#include "feeds/formats/transcript.h"
#include "feeds/formats/transcript_json.h"
#include "feeds/formats/uuid.h"
#include "feeds/site/site_settings.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

void Write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// An MP3 of `seconds` of a 440 Hz tone made by the lame command; empty when lame is absent.
std::string LameMp3(const TempDir& dir, double seconds, int rate_hz, int kbps) {
  std::string pcm;
  for (int i = 0; i < std::lround(seconds * rate_hz); ++i) {
    auto sample = static_cast<std::int16_t>(8000 * std::sin(2 * M_PI * 440 * i / rate_hz));
    pcm.push_back(static_cast<char>(sample & 0xFF));
    pcm.push_back(static_cast<char>((sample >> 8) & 0xFF));
  }
  Write(dir.path() / "tone.raw", pcm);
  std::string command = "lame --quiet -r -s " + std::to_string(rate_hz / 1000.0) +
                        " --bitwidth 16 --signed --little-endian -m m --cbr -b " +
                        std::to_string(kbps) + " " + (dir.path() / "tone.raw").string() + " " +
                        (dir.path() / "tone.mp3").string();
  if (testing::RunCommand(command).exit_code != 0) return "";
  return testing::ReadFile(dir.path() / "tone.mp3");
}

EpisodeRecord WriteEpisode(const SiteLayout& site, const std::string& id, const std::string& mp3) {
  EpisodeRecord record;
  record.id = id;
  record.guid = "guid-" + id;
  record.title = "测试 " + id;
  record.pub_date = "2024-06-07T08:00:00+08:00";
  record.paragraphs = {"第一段。"};
  record.audio_bytes = static_cast<std::int64_t>(mp3.size());
  record.duration_seconds = ScanMp3(mp3)->duration_seconds();
  record.cues = {{0.25, 1.0, "测试。", {}, 0}, {1.0, 1.9, "第一段。", {}, 0}};
  record.chapters = {{0, "标题", ""}, {1.0, "正文", ""}};
  Write(site.episode_file(id, ".mp3"), mp3);
  Write(site.episode_file(id, ".vtt"), BuildWebVtt(record.cues));
  Write(site.episode_file(id, ".srt"), BuildSrt(record.cues));
  Write(site.episode_file(id, ".chapters.json"), BuildChaptersJson(record.chapters));
  Write(site.episode_file(id, ".transcript.json"), BuildJsonTranscript(record.cues));
  Write(site.episode_file(id, ".json"), EpisodeRecordToJson(record));
  return record;
}

void WriteSite(const SiteLayout& site, const std::vector<EpisodeRecord>& records) {
  Channel channel;
  channel.base_url = "https://pod.example.com/news/";
  Write(site.feed(), BuildFeedXml(channel, records, std::chrono::system_clock::now()));
  Write(site.page(), BuildIndexHtml(channel, records));
  for (const EpisodeRecord& record : records) {
    Write(site.episode_file(record.id, ".html"), BuildEpisodeHtml(channel, record));
  }
  Write(site.cover(), GenerateCoverPng(channel));
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

}  // namespace

TEST_CASE("ScanMp3 measures lame's output exactly", "[lame][mp3]") {
  TempDir dir;
  std::string mp3 = LameMp3(dir, 2.0, 44100, 64);
  if (mp3.empty()) {
    WARN("lame is not installed; skipping");
    return;
  }
  auto scan = ScanMp3(mp3);
  REQUIRE(scan.has_value());
  CHECK(scan->sample_rate_hz == 44100);
  CHECK(scan->samples_per_frame == 1152);
  CHECK(scan->has_info_frame);
  CHECK(scan->info_frame_count == scan->audio_frames);
  CHECK(scan->encoder_delay > 0);
  CHECK(scan->duration_seconds() == Approx(2.0).margin(0.0005));
  CHECK(scan->junk_bytes == 0);
  CHECK(scan->truncated_bytes == 0);

  auto cut = ScanMp3(mp3.substr(0, mp3.size() - 100));
  REQUIRE(cut.has_value());
  CHECK(cut->truncated_bytes > 0);
  CHECK(cut->audio_frames == scan->audio_frames - 1);
  CHECK_FALSE(ScanMp3("not an mp3 at all").has_value());
}

TEST_CASE("ScanMp3 reads MPEG-2 streams and skips ID3v2 tags", "[lame][mp3]") {
  TempDir dir;
  std::string mp3 = LameMp3(dir, 1.5, 22050, 32);
  if (mp3.empty()) {
    WARN("lame is not installed; skipping");
    return;
  }
  std::string id3 = std::string("ID3\x03\x00\x00\x00\x00\x00\x0A", 10) + std::string(10, '\0');
  auto scan = ScanMp3(id3 + mp3);
  REQUIRE(scan.has_value());
  CHECK(scan->sample_rate_hz == 22050);
  CHECK(scan->samples_per_frame == 576);
  CHECK(scan->junk_bytes == 0);
  // Without an Info frame the encoder delay and padding (about 0.07 s) stay in.
  CHECK(scan->duration_seconds() == Approx(1.5).margin(0.1));
}

TEST_CASE("CheckSite passes a good site and names each problem", "[lame][site]") {
  TempDir dir;
  std::string mp3 = LameMp3(dir, 2.0, 44100, 64);
  if (mp3.empty()) {
    WARN("lame is not installed; skipping");
    return;
  }
  SiteLayout site(dir.path() / "public");
  std::vector<EpisodeRecord> records = {WriteEpisode(site, "ep-b", mp3),
                                        WriteEpisode(site, "ep-a", mp3)};
  WriteSite(site, records);
  INFO(Joined(CheckSite(site)));
  REQUIRE(CheckSite(site).empty());

  SECTION("a truncated MP3") {
    Write(site.episode_file("ep-a", ".mp3"), mp3.substr(0, mp3.size() - 300));
    std::string problems = Joined(CheckSite(site));
    CHECK_THAT(problems, Catch::Contains("feed.xml: item 2 (ep-a “测试 ep-a”): enclosure length " +
                                         std::to_string(mp3.size()) + " != file size " +
                                         std::to_string(mp3.size() - 300)));
    CHECK_THAT(problems, Catch::Contains(
                             "feed.xml: item 2 (ep-a “测试 ep-a”): episodes/ep-a.mp3 is cut off"));
    CHECK_THAT(problems, Catch::Contains("Info frame announces"));
    CHECK_THAT(problems, !Catch::Contains("item 1"));
  }
  SECTION("a missing transcript") {
    fs::remove(site.episode_file("ep-b", ".vtt"));
    CHECK(CheckSite(site) ==
          std::vector<std::string>{
              "feed.xml: item 1 (ep-b “测试 ep-b”): episodes/ep-b.vtt is missing"});
  }
  SECTION("a wrong length and duration") {
    records[0].audio_bytes += 1;
    records[0].duration_seconds += 3;
    WriteSite(site, records);
    std::string problems = Joined(CheckSite(site));
    CHECK_THAT(problems, Catch::Contains("feed.xml: item 1 (ep-b “测试 ep-b”): enclosure length " +
                                         std::to_string(mp3.size() + 1) + " != file size"));
    CHECK_THAT(problems, Catch::Contains("<itunes:duration> 5 s != episodes/ep-b.mp3 2.000 s"));
  }
  SECTION("duplicate guids, bad records, broken files, small art") {
    records[1].guid = records[0].guid;
    WriteSite(site, records);
    Write(site.episode_file("ep-c", ".json"), "{}");
    fs::remove(site.episode_file("ep-a", ".html"));
    Write(site.episode_file("ep-b", ".chapters.json"), "{\"version\":\"1.2.0\"}");
    Write(site.episode_file("ep-a", ".transcript.json"),
          R"({"version":"1.0.0","segments":[{"startTime":1.2,"endTime":1.5,"body":"a"},)"
          R"({"startTime":1,"endTime":1.1,"body":"b"}]})");
    Write(site.episode_file("ep-b", ".srt"), "1\n00:00:01.000 --> 00:00:02.000\nx\n");
    Write(site.cover(), GenerateCoverPng(Channel(), 1000));
    std::string problems = Joined(CheckSite(site));
    CHECK_THAT(
        problems,
        Catch::Contains(
            "feed.xml: item 2 (ep-a “测试 ep-a”): duplicate guid, also item 1 (ep-b “测试 ep-b”)"));
    CHECK_THAT(problems, Catch::Contains("episodes/ep-c.json: field \"format\" is missing"));
    CHECK_THAT(
        problems,
        Catch::Contains("episodes/ep-a.json (“测试 ep-a”): guid guid-ep-a is not in feed.xml"));
    CHECK_THAT(problems, Catch::Contains("episodes/ep-b.chapters.json: \"chapters\" is missing"));
    CHECK_THAT(problems, Catch::Contains("episodes/ep-a.json (“测试 ep-a”): episodes/ep-a.html "
                                         "(its page) is missing"));
    CHECK_THAT(problems, Catch::Contains("episodes/ep-a.transcript.json: segment 2: starts before "
                                         "the segment before it"));
    CHECK_THAT(problems, Catch::Contains("episodes/ep-b.srt:2: malformed timestamp"));
    CHECK_THAT(problems,
               Catch::Contains("cover.png: is 1000x1000 px; podcast artwork must be square"));
  }
  SECTION("a feed that is not XML") {
    Write(site.feed(), "<rss version=\"2.0\"><channel>\n<title>x</channel></rss>");
    CHECK_THAT(Joined(CheckSite(site)), Catch::StartsWith("feed.xml:2: not well-formed XML"));
  }
  SECTION("the feed against the site's stored identity") {
    Channel stored;
    stored.base_url = "https://pod.example.com/news/";
    stored.podcast_guid = PodcastGuid("https://pod.example.com/news/feed.xml");
    WriteSiteSettings(site, stored);
    CHECK(CheckSite(site).empty());
    stored.podcast_guid = "0b6a3a52-0000-5000-8000-000000000000";
    WriteSiteSettings(site, stored);
    CHECK(CheckSite(site) ==
          std::vector<std::string>{"feed.xml: channel: <podcast:guid> \"" +
                                   PodcastGuid("https://pod.example.com/news/feed.xml") +
                                   "\" is not the site's podcast:guid " + stored.podcast_guid +
                                   " (site.json)"});
    Write(site.settings(), "{");
    CHECK_THAT(Joined(CheckSite(site)),
               Catch::StartsWith(site.settings().string() + ": not valid JSON"));
  }
  SECTION("a damaged feed does not hide the episodes' problems") {
    Write(site.feed(), "<rss version=\"2.0\"><channel>\n<title>x</channel></rss>");
    fs::remove(site.episode_file("ep-b", ".vtt"));
    Write(site.episode_file("ep-a", ".mp3"), mp3.substr(0, 100));
    Write(site.episode_file("ep-a", ".srt"), "1\nnot a timing\n");
    const SiteCheckReport report = InspectSite(site);
    const std::string problems = Joined(report.problems);
    CHECK_THAT(problems, Catch::StartsWith("feed.xml:2: not well-formed XML"));
    CHECK_THAT(problems, Catch::Contains("episode ep-b “测试 ep-b”: episodes/ep-b.vtt is missing"));
    CHECK_THAT(problems,
               Catch::Contains("episode ep-a “测试 ep-a”: episodes/ep-a.mp3 is 100 bytes, "
                               "the record says " +
                               std::to_string(mp3.size())));
    CHECK_THAT(problems,
               Catch::Contains("episode ep-a “测试 ep-a”: episodes/ep-a.srt:2: expected"));
    CHECK(report.problems.size() == 4);
    CHECK(CheckSummary(report) == "4 problems; 2 episodes, 4 s");
  }
}

TEST_CASE("the check's summary counts episodes and their minutes", "[site]") {
  CHECK(CheckSummary({{}, 4, 31 * 60 + 10}) == "ok: 4 episodes, 31 min");
  CHECK(CheckSummary({{"x"}, 1, 59.6}) == "1 problem; 1 episode, 1 min");
  CHECK(CheckSummary({{}, 0, 0}) == "ok: 0 episodes, 0 s");
}

TEST_CASE("CheckSite reports a site without a feed", "[site]") {
  TempDir dir;
  CHECK(CheckSite(SiteLayout(dir.path())) ==
        std::vector<std::string>{"feed.xml: missing; publish an episode first",
                                 "index.html: missing"});
}

}  // namespace briefcast
