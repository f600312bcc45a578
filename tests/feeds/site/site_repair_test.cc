// Damaged records and feeds (issue 8): publish refuses them, naming the file, and
// `briefcast check --repair` rebuilds the site from what survives.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::PublishedSite;
using testing::RunCommand;

void Truncate(const fs::path& path, std::size_t bytes) {
  const std::string content = testing::ReadFile(path);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content.substr(0, bytes);
}

TEST_CASE("a damaged record stops publish and repair sets it aside", "[repair][espeak][lame]") {
  PublishedSite site;
  const std::string id = testing::BaselineSite::Get().id();
  const fs::path record = site.path() / "episodes" / (id + ".json");
  Truncate(record, 100);
  const std::string feed = testing::ReadFile(site.path() / "feed.xml");

  const auto publish = site.Publish(site.NewArticle());
  INFO(publish.output);
  CHECK(publish.exit_code == 1);
  CHECK(publish.output.find(record.string() + ": not valid JSON") != std::string::npos);
  CHECK(publish.output.find("briefcast check --repair") != std::string::npos);
  CHECK(testing::ReadFile(site.path() / "feed.xml") == feed);  // not overwritten

  const auto check = site.Check();
  CHECK(check.exit_code == 1);
  CHECK(check.output.find("episodes/" + id + ".json") != std::string::npos);

  const auto repair = site.Check("--repair");
  INFO(repair.output);
  CHECK(repair.exit_code == 0);
  CHECK(repair.output.find("episodes/" + id + ".json: ") != std::string::npos);
  CHECK(repair.output.find("moved to episodes/" + id + ".json.damaged") != std::string::npos);
  CHECK(fs::exists(record.string() + ".damaged"));
  CHECK(testing::FeedItemCount(site.path()) == 0);
  CHECK(site.Publish(site.NewArticle()).exit_code == 0);
  CHECK(site.Check().exit_code == 0);
}

TEST_CASE("a damaged feed stops publish and repair rebuilds it", "[repair][espeak][lame]") {
  PublishedSite site;
  const fs::path feed = site.path() / "feed.xml";
  Truncate(feed, testing::ReadFile(feed).size() / 2);
  const auto publish = site.Publish(site.NewArticle());
  INFO(publish.output);
  CHECK(publish.exit_code == 1);
  CHECK(publish.output.find(feed.string() + ":") != std::string::npos);
  CHECK(publish.output.find("damaged") != std::string::npos);

  const auto repair = site.Check("--repair");
  INFO(repair.output);
  CHECK(repair.exit_code == 0);
  site.RequireIntact(1);
  const auto again = site.Publish(site.NewArticle());
  INFO(again.output);
  CHECK(again.exit_code == 0);
  site.RequireIntact(2);
}

TEST_CASE("repair rewrites lost transcripts and drops episodes without audio",
          "[repair][espeak][lame]") {
  PublishedSite site;
  const std::string id = testing::BaselineSite::Get().id();
  const fs::path vtt = site.path() / "episodes" / (id + ".vtt");
  const std::string transcript = testing::ReadFile(vtt);
  fs::remove(vtt);
  fs::remove(site.path() / "episodes" / (id + ".srt"));
  CHECK(site.Check().exit_code == 1);
  auto repair = site.Check("--repair");
  INFO(repair.output);
  CHECK(repair.exit_code == 0);
  CHECK(repair.output.find("episodes/" + id + ".vtt: missing or damaged; rewritten") !=
        std::string::npos);
  CHECK(testing::ReadFile(vtt) == transcript);
  site.RequireIntact(1);

  fs::remove(site.path() / "episodes" / (id + ".mp3"));
  repair = site.Check("--repair");
  INFO(repair.output);
  CHECK(repair.exit_code == 0);
  CHECK(repair.output.find(".mp3 is missing; moved to") != std::string::npos);
  CHECK(testing::FeedItemCount(site.path()) == 0);
}

TEST_CASE("a republish heals lost and damaged transcripts of an unchanged episode",
          "[repair][espeak][lame]") {
  PublishedSite site;
  const std::string id = testing::BaselineSite::Get().id();
  const fs::path episodes = site.path() / "episodes";
  const std::string vtt = testing::ReadFile(episodes / (id + ".vtt"));
  const std::string srt = testing::ReadFile(episodes / (id + ".srt"));
  const std::string chapters = testing::ReadFile(episodes / (id + ".chapters.json"));
  const std::string words = testing::ReadFile(episodes / (id + ".transcript.json"));
  fs::remove(episodes / (id + ".vtt"));
  std::ofstream(episodes / (id + ".transcript.json"), std::ios::trunc) << R"({"version":"1.0.0"})";
  Truncate(episodes / (id + ".srt"), 20);  // inside the first timing line
  std::ofstream(episodes / (id + ".chapters.json"), std::ios::trunc) << "{";
  const auto check = site.Check();
  INFO(check.output);
  CHECK(check.exit_code == 1);
  CHECK(check.output.find("4 problems; 1 episode, ") != std::string::npos);

  const auto publish =
      site.Publish((testing::SourceDir() / "docs/examples/2024-07-01-volunteers.txt").string());
  INFO(publish.output);
  CHECK(publish.exit_code == 0);
  CHECK(publish.output.find("unchanged " + id) != std::string::npos);
  for (const char* suffix : {".vtt", ".srt", ".transcript.json", ".chapters.json"}) {
    CHECK(publish.output.find("restored episodes/" + id + suffix) != std::string::npos);
  }
  CHECK(testing::ReadFile(episodes / (id + ".vtt")) == vtt);
  CHECK(testing::ReadFile(episodes / (id + ".srt")) == srt);
  CHECK(testing::ReadFile(episodes / (id + ".chapters.json")) == chapters);
  CHECK(testing::ReadFile(episodes / (id + ".transcript.json")) == words);
  site.RequireIntact(1);
}

}  // namespace
}  // namespace briefcast
