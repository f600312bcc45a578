#pragma once

#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace briefcast::testing {

// Items in the site's feed.xml; -1 when it does not parse.
inline int FeedItemCount(const std::filesystem::path& site) {
  tinyxml2::XMLDocument feed;
  if (feed.LoadFile((site / "feed.xml").c_str()) != tinyxml2::XML_SUCCESS) return -1;
  const auto* rss = feed.FirstChildElement("rss");
  const auto* channel = rss ? rss->FirstChildElement("channel") : nullptr;
  if (channel == nullptr) return -1;
  int items = 0;
  for (const auto* item = channel->FirstChildElement("item"); item != nullptr;
       item = item->NextSiblingElement("item")) {
    ++items;
  }
  return items;
}

// `briefcast publish --jobs 1 --no-wait` of `articles` into `site`, killed after 10 minutes.
inline CommandResult PublishInto(const std::filesystem::path& site, const std::string& articles,
                                 const std::string& options = "") {
  return RunCommand("timeout -s KILL 600 " + std::string(BRIEFCAST_BINARY) +
                    " publish --jobs 1 --no-wait --site '" + site.string() + "' " + options + " " +
                    articles);
}

// A site holding one episode, published once per test run from docs/examples.
class BaselineSite {
 public:
  static const BaselineSite& Get() {
    static const BaselineSite baseline;
    return baseline;
  }
  std::filesystem::path path() const { return temp_.path() / "site"; }
  std::string id() const { return id_; }
  std::string Record() const { return ReadFile(path() / "episodes" / (id_ + ".json")); }
  std::string Audio() const { return ReadFile(path() / "episodes" / (id_ + ".mp3")); }

 private:
  BaselineSite() {
    const auto run = PublishInto(
        path(), (SourceDir() / "docs" / "examples" / "2024-07-01-volunteers.txt").string());
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    for (const auto& entry : std::filesystem::directory_iterator(path() / "episodes")) {
      if (entry.path().extension() == ".mp3") id_ = entry.path().stem().string();
    }
    REQUIRE(!id_.empty());
  }
  TempDir temp_;
  std::string id_;
};

// A temporary copy of the baseline site, for tests that must show that whatever they do
// leaves the episode published before intact.
class PublishedSite {
 public:
  PublishedSite() {
    std::filesystem::copy(BaselineSite::Get().path(), path(),
                          std::filesystem::copy_options::recursive);
  }

  const std::filesystem::path& dir() const { return temp_.path(); }  // scratch space
  std::filesystem::path path() const { return temp_.path() / "site"; }

  CommandResult Publish(const std::string& articles, const std::string& options = "") const {
    return PublishInto(path(), articles, options);
  }

  // `briefcast check` of the site, with `options` ("--repair").
  CommandResult Check(const std::string& options = "") const {
    return RunCommand(std::string(BRIEFCAST_BINARY) + " check --site '" + path().string() + "' " +
                      options);
  }

  // A short new article in the scratch space; its path.
  std::string NewArticle() const {
    const std::filesystem::path article = dir() / "new.txt";
    std::ofstream(article) << "# 新的一条\n发布时间：2024-09-01\n一条很短的新闻。\n";
    return article.string();
  }

  // REQUIREs: `briefcast check` is clean, the feed has `items` items, the baseline episode's
  // record and audio are byte for byte as published, and no temporary file is left.
  void RequireIntact(int items) const {
    const auto check =
        RunCommand(std::string(BRIEFCAST_BINARY) + " check --site '" + path().string() + "'");
    INFO(check.output);
    REQUIRE(check.exit_code == 0);
    REQUIRE(FeedItemCount(path()) == items);
    const BaselineSite& baseline = BaselineSite::Get();
    REQUIRE(ReadFile(path() / "episodes" / (baseline.id() + ".json")) == baseline.Record());
    REQUIRE(ReadFile(path() / "episodes" / (baseline.id() + ".mp3")) == baseline.Audio());
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path())) {
      INFO(entry.path());
      REQUIRE(entry.path().filename().string().find(".tmp-") == std::string::npos);
    }
  }

  std::vector<std::filesystem::path> EpisodeFiles() const {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(path() / "episodes")) {
      files.push_back(entry.path());
    }
    return files;
  }

 private:
  TempDir temp_;
};

}  // namespace briefcast::testing
