// The publish cache, end to end with the real binary: audio is made again only for an
// episode whose spoken content or sound settings changed.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

// Identity of each MP3 in the site: a re-made file is a new inode (written to a temporary
// and renamed) with a new modification time.
struct FileStamp {
  ino_t inode = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

std::map<std::string, FileStamp> Mp3Stamps(const fs::path& site) {
  std::map<std::string, FileStamp> stamps;
  for (const auto& entry : fs::directory_iterator(site / "episodes")) {
    if (entry.path().extension() != ".mp3") continue;
    struct stat info {};
    REQUIRE(::stat(entry.path().c_str(), &info) == 0);
    stamps[entry.path().filename().string()] = {
        info.st_ino, info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec};
  }
  return stamps;
}

std::string Publish(const fs::path& site, const std::string& extra, const fs::path& a,
                    const fs::path& b) {
  auto run = RunCommand(std::string(BRIEFCAST_BINARY) + " publish --site " + site.string() + " " +
                        extra + " " + a.string() + " " + b.string());
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  return run.output;
}

int Count(const std::string& text, const std::string& word) {
  int n = 0;
  for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

TEST_CASE("republishing re-synthesizes only what changed", "[e2e][espeak][lame][slow]") {
  testing::TempDir dir;
  const fs::path examples = testing::SourceDir() / "docs" / "examples";
  const fs::path a = dir.path() / "a.txt";
  const fs::path b = dir.path() / "b.txt";
  fs::copy_file(examples / "2024-07-01-volunteers.txt", a);
  fs::copy_file(examples / "2024-06-20-customer-service.txt", b);
  const fs::path site = dir.path() / "site";

  CHECK(Count(Publish(site, "", a, b), "published ") == 2);
  const auto first = Mp3Stamps(site);
  REQUIRE(first.size() == 2);
  const std::string cover = testing::ReadFile(site / "cover.png");
  REQUIRE(!cover.empty());

  SECTION("unchanged articles: nothing is made again") {
    const std::string again = Publish(site, "", a, b);
    CHECK(Count(again, "unchanged ") == 2);
    CHECK(Count(again, "published ") == 0);
    CHECK(Mp3Stamps(site) == first);
  }
  SECTION("only the channel's metadata changed: nothing is made again") {
    const fs::path config = dir.path() / "c.toml";
    std::ofstream(config) << "[podcast]\ntitle = \"另一个播客\"\nauthor = \"编辑部\"\n";
    const std::string again = Publish(site, "--config " + config.string(), a, b);
    CHECK(Count(again, "unchanged ") == 2);
    CHECK(Mp3Stamps(site) == first);
    CHECK(testing::ReadFile(site / "feed.xml").find("另一个播客") != std::string::npos);
    CHECK(testing::ReadFile(site / "cover.png") != cover);  // it shows the title: drawn again
  }
  SECTION("one article's text changed: only its audio is made again") {
    std::ofstream(a, std::ios::app) << "\n志愿服务队表示, 下一步将把讲座送到更多社区。\n";
    const std::string again = Publish(site, "", a, b);
    CHECK(Count(again, "published ") == 1);
    CHECK(Count(again, "unchanged ") == 1);
    const auto now = Mp3Stamps(site);
    REQUIRE(now.size() == 2);
    int remade = 0;
    for (const auto& [name, stamp] : first) remade += now.at(name) == stamp ? 0 : 1;
    CHECK(remade == 1);
  }
  SECTION("a sound setting changed: everything is made again") {
    const fs::path config = dir.path() / "c.toml";
    std::ofstream(config) << "[voice]\npitch = 55\n";
    const std::string again = Publish(site, "--config " + config.string(), a, b);
    CHECK(Count(again, "published ") == 2);
    const auto now = Mp3Stamps(site);
    for (const auto& [name, stamp] : first) CHECK_FALSE(now.at(name) == stamp);
  }
}

}  // namespace
}  // namespace briefcast
