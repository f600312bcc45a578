#include "synth/read/news_feed_reader.h"

#include <catch2/catch.hpp>

#include "audio/error.h"
#include "synth/read/published_time.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

using Paragraphs = std::vector<std::string>;

std::vector<Article> ReadGolden(const char* name) {
  const auto path = testing::SourceDir() / "tests/data/articles" / name;
  return ReadNewsFeed(testing::ReadFile(path), path.string());
}

TEST_CASE("reads every item of an RSS 2.0 feed", "[feed]") {
  const std::vector<Article> items = ReadGolden("rss_news.xml");
  REQUIRE(items.size() == 3);
  CHECK(items[0].title == "第一季度业绩发布");
  CHECK(items[0].source_url == "https://news.example.cn/2024/q1");
  CHECK(items[0].date == "2024-06-07");
  CHECK(items[0].time == "08:30");
  CHECK(items[0].publisher == "财务部");
  CHECK(items[0].paragraphs == Paragraphs{"公司第一季度营业收入达到14.54亿元。", "同比增长12%。"});

  CHECK(items[1].date == "2024-06-07");  // 18:00 -04:00 is 06:00 the next day in Beijing
  CHECK(items[1].time == "06:00");
  CHECK(items[1].publisher == "安全部");
  CHECK(items[1].paragraphs == Paragraphs{"公司开展夏季安全生产大检查。", "检查覆盖全部厂区。"});

  CHECK(items[2].source_url == "https://news.example.cn/2024/sports");
  CHECK(items[2].date == "2024-06-05");
  CHECK(items[2].time == "18:00");
  CHECK(items[2].publisher == "示例公司新闻");
  CHECK(items[2].paragraphs ==
        Paragraphs{"第十届员工运动会在体育中心圆满结束。", "共有800名员工参加。"});
}

TEST_CASE("reads every entry of an Atom feed", "[feed]") {
  const std::vector<Article> entries = ReadGolden("atom_news.xml");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].title == "研究院发布年度报告");
  CHECK(entries[0].source_url == "https://lab.example.cn/report-2024");
  CHECK(entries[0].date == "2024-06-07");
  CHECK(entries[0].time == "09:00");
  CHECK(entries[0].publisher == "研究院办公室");
  CHECK(entries[0].paragraphs == Paragraphs{"研究院今天发布年度报告。", "报告共分为五个部分。"});
  CHECK(entries[1].date == "2024-06-05");
  CHECK(entries[1].time == "10:00");
  CHECK(entries[1].publisher == "基建处");
  CHECK(entries[1].paragraphs == Paragraphs{"新实验室位于园区东侧。"});
}

TEST_CASE("rejects feeds it cannot read, naming them", "[feed]") {
  CHECK_THROWS_WITH(ReadNewsFeed("<rss><channel><item>", "cut.xml"),
                    Catch::StartsWith("cut.xml:1: not well-formed XML"));
  CHECK_THROWS_WITH(ReadNewsFeed("<rss><channel><title>空</title></channel></rss>", "e.xml"),
                    "e.xml: the feed has no item with a title or text to read");
  CHECK_THROWS_WITH(ReadNewsFeed("<?xml version=\"1.0\"?><svg/>", "s.xml"),
                    "s.xml: not an RSS or Atom feed (the root element is <svg>); give an RSS "
                    "2.0 or Atom feed");
  std::string deep = "<rss><channel><item><title>t</title><description>";
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  CHECK_THROWS_WITH(ReadNewsFeed(deep, "deep.xml"), Catch::Contains("deep.xml"));
}

TEST_CASE("publication times are converted to China Standard Time", "[feed]") {
  const auto when = [](std::string_view text) {
    const std::optional<PublishedTime> t = ParsePublishedTime(text);
    return t ? t->date + " " + t->time : std::string("none");
  };
  CHECK(when("2024-06-06T20:00:00Z") == "2024-06-07 04:00");
  CHECK(when("2024-06-07T08:30:15.25+08:00") == "2024-06-07 08:30");
  CHECK(when("2024-12-31T23:30:00-05:00") == "2025-01-01 12:30");
  CHECK(when("Fri, 07 Jun 2024 00:30:00 GMT") == "2024-06-07 08:30");
  CHECK(when("7 Jun 24 00:30 EST") == "2024-06-07 13:30");
  // CST in a Chinese feed is China Standard Time, not RFC 2822's US Central.
  CHECK(when("Fri, 07 Jun 2024 08:30:00 CST") == "2024-06-07 08:30");
  CHECK(when("2024年6月7日") == "2024-06-07 ");
  CHECK(when("2024/6/7 9:05") == "2024-06-07 09:05");
  CHECK(when("2024-02-30") == "none");
  CHECK(when("2024-06-07 25:00") == "none");
  CHECK(when("yesterday") == "none");
}

}  // namespace
}  // namespace briefcast
