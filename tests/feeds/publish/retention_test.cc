// Retention that does no wasted work (issue 14, item 5): with max_episodes = N, an article
// that retention would remove at once is not made, and removals are reported.
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

std::string Article(const PublishedSite& site, const std::string& date) {
  const fs::path path = site.dir() / (date + ".txt");
  std::ofstream(path) << "# 短讯\n发布时间：" << date << "\n一条很短的新闻。\n";
  return path.string();
}

std::string KeepOne(const PublishedSite& site) {
  const fs::path path = site.dir() / "keep-one.toml";
  std::ofstream(path) << "[podcast]\nmax_episodes = 1\n";
  return "--config '" + path.string() + "'";
}

bool HasAudioFor(const PublishedSite& site, const std::string& date) {
  for (const fs::path& file : site.EpisodeFiles()) {
    if (file.filename().string().starts_with(date)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("retention skips what it would remove at once and reports removals",
          "[retention][espeak][lame]") {
  PublishedSite site;  // one episode, of 2024-07-01
  const std::string baseline = testing::BaselineSite::Get().id();

  const auto older = site.Publish(Article(site, "2024-01-05"), KeepOne(site));
  INFO(older.output);
  REQUIRE(older.exit_code == 0);
  CHECK_THAT(older.output, Catch::Contains("skipped 2024-01-05-") &&
                               Catch::Contains("older than the newest 1 episodes") &&
                               !Catch::Contains("published ") && !Catch::Contains("removed "));
  CHECK(!HasAudioFor(site, "2024-01-05"));
  site.RequireIntact(1);

  const auto newer = site.Publish(Article(site, "2024-09-01"), KeepOne(site));
  INFO(newer.output);
  REQUIRE(newer.exit_code == 0);
  CHECK_THAT(newer.output,
             Catch::Contains("published 2024-09-01-") &&
                 Catch::Contains("removed " + baseline + ": older than the newest 1"));
  CHECK(HasAudioFor(site, "2024-09-01"));
  CHECK(!fs::exists(site.path() / "episodes" / (baseline + ".mp3")));
  CHECK(testing::FeedItemCount(site.path()) == 1);
}

}  // namespace briefcast
