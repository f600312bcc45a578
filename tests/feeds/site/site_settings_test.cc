#include "feeds/site/site_settings.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "audio/error.h"
#include "feeds/formats/rss.h"
#include "feeds/formats/uuid.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

using testing::TempDir;

Channel Given(const std::string& base_url = "") {
  Channel channel;
  if (!base_url.empty()) {
    channel.base_url = base_url;
    channel.set_keys.insert("base_url");
  }
  return channel;
}

}  // namespace

TEST_CASE("a site's identity is made once and kept", "[identity]") {
  std::vector<std::string> warnings;
  const Channel first = ResolveSiteChannel(std::nullopt, Given("https://a.example/p/"), &warnings);
  CHECK(warnings.empty());
  CHECK(first.podcast_guid == PodcastGuid("https://a.example/p/feed.xml"));

  Channel stored = first;
  stored.title = "每日新闻";
  const Channel later = ResolveSiteChannel(stored, Given(), &warnings);
  CHECK(warnings.empty());
  CHECK(later.base_url == "https://a.example/p/");
  CHECK(later.title == "每日新闻");
  CHECK(later.podcast_guid == first.podcast_guid);

  const Channel moved = ResolveSiteChannel(stored, Given("https://b.example/"), &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::StartsWith("the base URL changes from https://a.example/p/ to "
                                            "https://b.example/"));
  CHECK(moved.podcast_guid == first.podcast_guid);
  CHECK(moved.previous_base_urls == std::vector<std::string>{"https://a.example/p/"});
  CHECK_THAT(BuildFeedXml(moved, {}, {}),
             Catch::Contains("<itunes:new-feed-url>https://b.example/feed.xml<") &&
                 Catch::Contains("<podcast:guid>" + first.podcast_guid + "<"));

  warnings.clear();
  const Channel preview = ResolveSiteChannel(std::nullopt, Given(), &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::Contains("only good for a local preview"));
  CHECK(preview.podcast_guid.empty());
}

TEST_CASE("site.json round trips; an older feed is adopted with valid values only", "[identity]") {
  TempDir dir;
  const SiteLayout site(dir.path());
  CHECK(!ReadSiteSettings(site).has_value());

  Channel old_channel;
  old_channel.base_url = "https://news.example.com/podcast/";
  old_channel.title = "公司新闻";
  old_channel.category = "新闻";  // refused by today's rules
  old_channel.language = "zh-tw";
  std::ofstream(site.feed()) << BuildFeedXml(old_channel, {}, {});
  std::optional<Channel> adopted = ReadSiteSettings(site);
  REQUIRE(adopted.has_value());
  CHECK(adopted->base_url == old_channel.base_url);
  CHECK(adopted->podcast_guid == PodcastGuid("https://news.example.com/podcast/feed.xml"));
  CHECK(adopted->title == "公司新闻");
  CHECK(adopted->language == "zh-tw");
  CHECK(adopted->category == "News");
  CHECK(adopted->subcategory == "Daily News");

  WriteSiteSettings(site, *adopted);
  std::optional<Channel> read = ReadSiteSettings(site);
  REQUIRE(read.has_value());
  CHECK(read->title == "公司新闻");
  CHECK(read->podcast_guid == adopted->podcast_guid);

  std::ofstream(site.settings(), std::ios::trunc) << "{\"format\": 1}";
  CHECK_THROWS_WITH(ReadSiteSettings(site),
                    Catch::StartsWith(site.settings().string() + ": a field is missing") &&
                        Catch::Contains("briefcast check --repair"));
}

}  // namespace briefcast
