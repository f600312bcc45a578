// Damaged or hostile site contents (issue 13): records whose fields would reach outside the
// site or overflow the feed, a site whose folders are not what they should be, a lock that is
// a symlink. Nothing outside the site is touched; the damage is reported and repair sets it
// aside.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::PublishedSite;
using testing::RunCommand;

fs::path RecordPath(const PublishedSite& site) {
  return site.path() / "episodes" / (testing::BaselineSite::Get().id() + ".json");
}

// Sets `field` of the baseline episode's record to `value`.
void EditRecord(const PublishedSite& site, const std::string& field, const nlohmann::json& value) {
  nlohmann::json record = nlohmann::json::parse(testing::ReadFile(RecordPath(site)));
  record[field] = value;
  std::ofstream(RecordPath(site), std::ios::trunc) << record.dump(2);
}

// Files named like an episode's, outside the site: what a path-like id would reach.
std::vector<fs::path> MakeVictims(const fs::path& dir) {
  fs::create_directories(dir);
  std::vector<fs::path> victims;
  for (const char* suffix : {".mp3", ".vtt", ".srt", ".json", ".chapters.json", ".pending.json"}) {
    victims.push_back(dir / (std::string("target") + suffix));
    std::ofstream(victims.back()) << "keep me";
  }
  return victims;
}

TEST_CASE("issue 13.1: a record id that is a path reaches nothing outside the site",
          "[issue13][repair][espeak][lame]") {
  PublishedSite site;
  const fs::path config = site.dir() / "keep-one.toml";
  std::ofstream(config) << "[podcast]\nmax_episodes = 1\n";
  // Relative (episodes/../../victim = beside the site) and absolute.
  const fs::path absolute = site.dir() / "absolute";
  for (const std::string& id :
       {std::string("../../victim/target"), (absolute / "target").string()}) {
    INFO(id);
    const std::vector<fs::path> victims =
        MakeVictims(id[0] == '/' ? absolute : site.dir() / "victim");
    EditRecord(site, "id", id);

    const auto publish = site.Publish(site.NewArticle(), "--config '" + config.string() + "'");
    INFO(publish.output);
    CHECK(publish.exit_code == 1);
    CHECK(publish.output.find(RecordPath(site).string() + ": field \"id\" is \"" + id +
                              "\", not an episode id") != std::string::npos);
    const auto check = site.Check();
    CHECK(check.exit_code == 1);
    CHECK(check.output.find("field \"id\"") != std::string::npos);

    const auto repair = site.Check("--repair --config '" + config.string() + "'");
    INFO(repair.output);
    CHECK(repair.output.find("moved to episodes/" + testing::BaselineSite::Get().id() +
                             ".json.damaged") != std::string::npos);
    for (const fs::path& victim : victims) CHECK(testing::ReadFile(victim) == "keep me");
    const fs::path victim_dir = victims.front().parent_path();
    CHECK(std::distance(fs::directory_iterator(victim_dir), fs::directory_iterator()) ==
          static_cast<std::ptrdiff_t>(victims.size()));  // nothing written beside them
    CHECK(testing::ReadFile(site.path() / "feed.xml").find("..") == std::string::npos);
    fs::rename(RecordPath(site).string() + ".damaged", RecordPath(site));
  }
}

TEST_CASE("issue 13.9: a record with an absurd duration is set aside, never overflowed",
          "[issue13][repair][espeak][lame]") {
  for (double bad : {1e308, -5.0}) {
    PublishedSite site;
    EditRecord(site, "duration_seconds", bad);
    const auto publish = site.Publish(site.NewArticle());
    INFO(publish.output);
    CHECK(publish.exit_code == 1);
    CHECK(publish.output.find("field \"duration_seconds\" is ") != std::string::npos);
    const auto repair = site.Check("--repair");
    INFO(repair.output);
    CHECK(repair.exit_code == 0);
    CHECK(repair.output.find("field \"duration_seconds\"") != std::string::npos);
    CHECK(testing::ReadFile(site.path() / "feed.xml").find("-9223372036854775808") ==
          std::string::npos);
  }
}

TEST_CASE("issue 13.12: episodes/ that is a file is named, not an internal error",
          "[issue13][repair]") {
  PublishedSite site;
  const fs::path episodes = site.path() / "episodes";
  fs::rename(episodes, site.dir() / "episodes-away");
  std::ofstream(episodes) << "not a directory";
  for (const auto& run : {site.Publish(site.NewArticle()), site.Check("--repair")}) {
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find(episodes.string() + ": is not a directory") != std::string::npos);
    CHECK(run.output.find("internal error") == std::string::npos);
  }
  CHECK(testing::ReadFile(episodes) == "not a directory");
}

TEST_CASE("issue 13.19: a .lock that is a symlink is not followed", "[issue13][lock]") {
  PublishedSite site;
  const fs::path target = site.dir() / "outside" / "planted.lock";
  fs::create_directories(target.parent_path());
  fs::remove(site.path() / ".lock");
  fs::create_symlink(target, site.path() / ".lock");
  for (const auto& run : {site.Publish(site.NewArticle()), site.Check("--repair")}) {
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find((site.path() / ".lock").string() + ": is a symbolic link") !=
          std::string::npos);
  }
  CHECK(!fs::exists(target));
}

}  // namespace
}  // namespace briefcast
