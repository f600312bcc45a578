// The daily run: publishing again what is already published changes nothing a podcast app,
// a cache or a sync tool can see, and an episode's id (its URL) never changes once published.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "tests/feeds/site_fixture.h"

namespace briefcast::testing {
namespace {

namespace fs = std::filesystem;

const std::string kArticle =
    (SourceDir() / "docs" / "examples" / "2024-07-01-volunteers.txt").string();

struct FileState {
  fs::file_time_type modified;
  std::string content;
  bool operator==(const FileState&) const = default;
};

std::map<fs::path, FileState> SiteFiles(const fs::path& site) {
  std::map<fs::path, FileState> files;
  for (const auto& entry : fs::recursive_directory_iterator(site)) {
    if (entry.is_regular_file()) {
      files[entry.path()] = {entry.last_write_time(), ReadFile(entry.path())};
    }
  }
  return files;
}

// The id of the site's only episode ("" unless there is exactly one).
std::string OnlyEpisodeId(const fs::path& site) {
  std::string id;
  int count = 0;
  for (const auto& entry : fs::directory_iterator(site / "episodes")) {
    if (entry.path().extension() == ".mp3") {
      id = entry.path().stem().string();
      ++count;
    }
  }
  return count == 1 ? id : "";
}

}  // namespace

TEST_CASE("an unchanged re-publish leaves every file of the site as it was, dates included",
          "[publish][republish]") {
  PublishedSite site;
  const std::map<fs::path, FileState> before = SiteFiles(site.path());
  const auto again = site.Publish(kArticle);
  INFO(again.output);
  REQUIRE(again.exit_code == 0);
  CHECK(again.output.find("0 published, 1 unchanged") != std::string::npos);
  const std::map<fs::path, FileState> after = SiteFiles(site.path());
  REQUIRE(after.size() == before.size());
  for (const auto& [path, state] : before) {
    INFO(path);
    CHECK(after.at(path) == state);  // feed.xml too: its lastBuildDate did not move
  }
  // A real change does rewrite the feed.
  REQUIRE(site.Publish(site.NewArticle()).exit_code == 0);
  CHECK(FeedItemCount(site.path()) == 2);
  CHECK(ReadFile(site.path() / "feed.xml") != before.at(site.path() / "feed.xml").content);
}

TEST_CASE("a published episode keeps its id when a later reading of its title differs",
          "[publish][republish]") {
  PublishedSite site;
  const std::string id = BaselineSite::Get().id();
  REQUIRE(id.starts_with("2024-07-01-qing-nian-"));
  const fs::path lexicon = site.dir() / "lexicon.tsv";
  std::ofstream(lexicon) << "青年\tqing1 lian2\n";
  const std::string with_lexicon = "--lexicon '" + lexicon.string() + "'";
  // The lexicon does change how the title reads: a new site names the episode by it.
  const fs::path fresh = site.dir() / "fresh";
  REQUIRE(PublishInto(fresh, kArticle, with_lexicon).exit_code == 0);
  CHECK(OnlyEpisodeId(fresh).starts_with("2024-07-01-qing-lian-"));
  // The published site re-renders the audio (its reading changed) under the same id and guid.
  const auto run = site.Publish(kArticle, with_lexicon);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("1 published") != std::string::npos);
  CHECK(OnlyEpisodeId(site.path()) == id);
  CHECK(FeedItemCount(site.path()) == 1);
  const std::string feed = ReadFile(site.path() / "feed.xml");
  const std::string published = ReadFile(BaselineSite::Get().path() / "feed.xml");
  const auto guid_of = [](const std::string& xml) {
    const std::size_t at = xml.find("<guid");
    return at == std::string::npos ? std::string() : xml.substr(at, xml.find("</guid>", at) - at);
  };
  CHECK(!guid_of(feed).empty());
  CHECK(guid_of(feed) == guid_of(published));
}

}  // namespace briefcast::testing
