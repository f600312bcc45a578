// The site remembers who it is (issue 14, item 1): base URL, channel settings and
// podcast:guid are kept in site.json and used by every later publish and repair.
#include <tinyxml2.h>

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
using testing::ReadFile;
using testing::RunCommand;

constexpr const char* kBase = "https://news.example.com/podcast/";

std::string Article(const PublishedSite& site, const std::string& name) {
  const fs::path path = site.dir() / (name + ".txt");
  std::ofstream(path) << "# 短讯" << name << "\n发布时间：2024-09-01\n一条很短的新闻。\n";
  return path.string();
}

// What identifies the podcast in feed.xml, and every URL it names.
struct FeedIdentity {
  std::string title, link, guid, new_feed_url;
  std::vector<std::string> urls;  // enclosure, transcript, chapters, image
};

void CollectUrls(const tinyxml2::XMLElement* element, std::vector<std::string>* urls) {
  for (const char* name : {"url", "href"}) {
    if (const char* value = element->Attribute(name)) urls->push_back(value);
  }
  for (auto* child = element->FirstChildElement(); child; child = child->NextSiblingElement()) {
    CollectUrls(child, urls);
  }
}

FeedIdentity ReadIdentity(const fs::path& site) {
  tinyxml2::XMLDocument feed;
  REQUIRE(feed.LoadFile((site / "feed.xml").c_str()) == tinyxml2::XML_SUCCESS);
  const auto* channel = feed.FirstChildElement("rss")->FirstChildElement("channel");
  const auto text = [&](const char* name) {
    const auto* element = channel->FirstChildElement(name);
    return std::string(element && element->GetText() ? element->GetText() : "");
  };
  FeedIdentity identity{
      text("title"), text("link"), text("podcast:guid"), text("itunes:new-feed-url"), {}};
  CollectUrls(channel, &identity.urls);
  return identity;
}

testing::CommandResult Check(const PublishedSite& site, const std::string& options = "") {
  return RunCommand(std::string(BRIEFCAST_BINARY) + " check --site '" + site.path().string() +
                    "' " + options + " 2>&1");
}

void RequireAllBelow(const FeedIdentity& identity, const std::string& base) {
  REQUIRE(identity.urls.size() > 5);
  for (const std::string& url : identity.urls) {
    INFO(url);
    CHECK(url.rfind(base, 0) == 0);
  }
}

}  // namespace

TEST_CASE("a publish without --base-url keeps the site's URLs and podcast:guid",
          "[identity][espeak][lame]") {
  PublishedSite site;
  const auto first = site.Publish(Article(site, "a"), std::string("--base-url ") + kBase);
  INFO(first.output);
  REQUIRE(first.exit_code == 0);
  CHECK(first.output.find("local preview") == std::string::npos);
  const FeedIdentity before = ReadIdentity(site.path());
  RequireAllBelow(before, kBase);
  CHECK(before.new_feed_url.empty());  // the first real base URL is not a move
  CHECK(ReadFile(site.path() / "site.json").find(before.guid) != std::string::npos);

  const auto second = site.Publish(Article(site, "b"));
  INFO(second.output);
  REQUIRE(second.exit_code == 0);
  const FeedIdentity after = ReadIdentity(site.path());
  RequireAllBelow(after, kBase);
  CHECK(after.guid == before.guid);
  CHECK(after.link == kBase);
  CHECK(Check(site).exit_code == 0);

  SECTION("check --repair keeps them too") {
    const auto repair = Check(site, "--repair");
    INFO(repair.output);
    REQUIRE(repair.exit_code == 0);
    RequireAllBelow(ReadIdentity(site.path()), kBase);
    CHECK(ReadIdentity(site.path()).guid == before.guid);
  }
  SECTION("a site from before site.json adopts its feed's values") {
    fs::remove(site.path() / "site.json");
    REQUIRE(site.Publish(Article(site, "b")).exit_code == 0);  // unchanged, feed rebuilt
    CHECK(ReadIdentity(site.path()).guid == before.guid);
    RequireAllBelow(ReadIdentity(site.path()), kBase);
    CHECK(fs::exists(site.path() / "site.json"));
  }
  SECTION("a new base URL moves the feed: a warning, itunes:new-feed-url, the same guid") {
    const std::string moved = "https://podcast.example.org/news/";
    const auto move = site.Publish(Article(site, "b"), "--base-url " + moved);
    INFO(move.output);
    REQUIRE(move.exit_code == 0);
    CHECK(move.output.find(std::string("the base URL changes from ") + kBase + " to " + moved) !=
          std::string::npos);
    const FeedIdentity identity = ReadIdentity(site.path());
    RequireAllBelow(identity, moved);
    CHECK(identity.guid == before.guid);
    CHECK(identity.new_feed_url == moved + "feed.xml");
    const auto check = Check(site);
    INFO(check.output);
    CHECK(check.exit_code == 0);
  }
  SECTION("check reports a feed whose URLs are not the stored base URL") {
    std::string settings = ReadFile(site.path() / "site.json");
    settings.replace(settings.find(kBase), std::string(kBase).size(), "https://elsewhere.test/");
    std::ofstream(site.path() / "site.json", std::ios::trunc) << settings;
    const auto check = Check(site);
    INFO(check.output);
    CHECK(check.exit_code == 1);
    CHECK(check.output.find(std::string("<link> \"") + kBase +
                            "\" is not the site's base URL https://elsewhere.test/ (site.json)") !=
          std::string::npos);
    CHECK(check.output.find("is not below <link>") != std::string::npos);
  }
}

TEST_CASE("the --base-url option is validated like the config file's, with exit 2",
          "[identity][cli]") {
  testing::TempDir dir;
  for (const std::string url :
       {"notaurl", "ftp://example.com/", "https://exa mple.com/", "https://example.com/a\"b/",
        "https://example.com/<x>/", "https://example.com/?q=1", "https://", "https://e.com/%zz/"}) {
    INFO(url);
    const auto run =
        RunCommand(std::string(BRIEFCAST_BINARY) + " publish --site '" +
                   (dir.path() / "site").string() + "' --base-url '" + url + "' x.txt 2>&1");
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("--base-url ") != std::string::npos);
    CHECK(!fs::exists(dir.path() / "site"));
  }
}

TEST_CASE("a publish without any base URL says the feed is for local preview",
          "[identity][espeak][lame]") {
  PublishedSite site;
  const auto run = site.Publish(Article(site, "c"));
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("no base URL given") != std::string::npos);
  CHECK(run.output.find("only good for a local preview") != std::string::npos);
}

}  // namespace briefcast
