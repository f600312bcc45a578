// Issue 13, items 10, 11 and 16: feeds with DTDs, lists that name lists or themselves, and
// bidirectional controls.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "audio/error.h"
#include "synth/read/article_source.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

fs::path Write(const testing::TempDir& dir, const std::string& name, const std::string& text) {
  const fs::path path = dir.path() / name;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const char* kArticle =
    "# 通知\n发布时间：2024-06-07 发布人：办公室\n明天上午九点召开全体员工大会。\n";

}  // namespace

TEST_CASE("issue 13.10: feeds that declare a DTD or entities are refused", "[issue13][reader]") {
  const std::string item =
      "<rss version=\"2.0\"><channel><title>t</title><item><title>&a;</title>"
      "<description>正文。</description></item></channel></rss>\n";
  const std::string kDtds[] = {
      // billion laughs
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"lol\">\n<!ENTITY b "
      "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n",
      // XXE
      "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a SYSTEM \"file:///etc/passwd\">]>\n",
      // internal entity, Atom, no XML declaration
      "<!DOCTYPE feed [<!ENTITY a \"x\">]>\n"};
  for (const std::string& dtd : kDtds) {
    INFO(dtd);
    CHECK_THROWS_WITH(
        ReadArticleContent(dtd + item, "feed.xml"),
        Catch::StartsWith("feed.xml:") && Catch::Contains(": DTDs and entities are not supported"));
  }
  // A feed quoting "<!DOCTYPE html>" inside an item is still a feed.
  const std::string quoted =
      "<rss version=\"2.0\"><channel><title>t</title><item><title>标题</title><description>"
      "<![CDATA[<!DOCTYPE html><p>正文。</p>]]></description></item></channel></rss>\n";
  CHECK(ReadArticleContent(quoted, "feed.xml").at(0).title == "标题");
}

TEST_CASE("issue 13.11: lists expand directories and refuse lists and themselves",
          "[issue13][reader]") {
  testing::TempDir dir;
  Write(dir, "news/a.txt", kArticle);
  // A list whose first line is a directory.
  const fs::path of_directory = Write(dir, "dirs.list", "news\n");
  const auto articles = ReadArticles(of_directory);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].title == "通知");
  // A list that names itself.
  const fs::path self = Write(dir, "self.list", "news/a.txt\nself.list\n");
  CHECK_THROWS_WITH(ReadArticles(self),
                    self.string() + ":2: names the list itself; remove the line");
  // A list of lists.
  const fs::path outer = Write(dir, "outer.list", "# lists\nnews/a.txt\ndirs.list\n");
  CHECK_THROWS_WITH(ReadArticles(outer), Catch::StartsWith(outer.string() + ":3: '") &&
                                             Catch::Contains("is itself a list of articles"));
  // A list inside a directory of articles.
  Write(dir, "news/more.list", "a.txt\n");
  CHECK_THROWS_WITH(ReadArticles(dir.path() / "news"),
                    Catch::Contains("more.list' is itself a list of articles"));
}

TEST_CASE("issue 13.16: bidirectional controls never reach a title or publisher",
          "[issue13][reader]") {
  const std::string rlo = "\u202E", lri = "\u2066", pdi = "\u2069", lrm = "\u200E";
  const std::string text = "# " + rlo + "通知" + lri + "甲" + pdi + lrm +
                           "\n发布时间：2024-06-07 发布人：办公" + "\u202D" + "室\n明天" + rlo +
                           "开会。\n";
  const auto read = ReadArticleContent(text, "bidi.txt");
  REQUIRE(read.size() == 1);
  CHECK(read[0].title == "通知甲");
  CHECK(read[0].publisher == "办公室");
  CHECK(read[0].paragraphs.at(0) == "明天开会。");
  const std::string feed = "<rss version=\"2.0\"><channel><title>t</title><item><title>" + rlo +
                           "标题</title><author>" + rlo + "某人</author><description>正文" +
                           "\u200F" + "。</description></item></channel></rss>\n";
  const auto items = ReadArticleContent(feed, "feed.xml");
  REQUIRE(items.size() == 1);
  CHECK(items[0].title == "标题");
  CHECK(items[0].publisher.find("\u202E") == std::string::npos);
  CHECK(items[0].paragraphs.at(0).find("\u200F") == std::string::npos);
}

}  // namespace briefcast
