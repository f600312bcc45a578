#include "synth/read/metadata_line.h"

#include <catch2/catch.hpp>

#include "audio/error.h"
#include "synth/read/article_reader.h"
#include "synth/read/markdown_reader.h"

namespace briefcast {
namespace {

Article Read(std::string_view line) {
  Article article;
  REQUIRE(ReadMetadataLine(line, 2, "a.txt", article));
  return article;
}

TEST_CASE("a metadata line gives date, time, publisher and link", "[metadata]") {
  const Article article =
      Read("发布时间：2024-06-07 08:30 发布人：新闻宣传中心 原文链接：https://a.cn/x");
  CHECK(article.date == "2024-06-07");
  CHECK(article.time == "08:30");
  CHECK(article.publisher == "新闻宣传中心");
  CHECK(article.source_url == "https://a.cn/x");
}

// The plain-text reader used to read the date with its own parser, the Markdown reader with
// ParsePublishedTime; each refused some of what the other read.
TEST_CASE("the 发布时间 value is read as ParsePublishedTime reads it", "[metadata]") {
  CHECK(Read("发布时间：2024-06-07T08:30 发布人：甲").time == "08:30");
  CHECK(Read("发布时间：2024年06月07日08:30").time == "08:30");
  CHECK(Read("发布时间：2024-06-07 08：30").time == "08:30");
  const Article utc = Read("发布时间：2024-06-06T20:00:00Z");
  CHECK(utc.date == "2024-06-07");
  CHECK(utc.time == "04:00");
  CHECK(Read("发布时间：Fri, 07 Jun 2024 00:30:00 +0000").time == "08:30");
}

TEST_CASE("words after the date that are not a time are passed over", "[metadata]") {
  for (std::string_view line :
       {"发布时间：2024-06-07 星期五 发布人：甲", "发布时间：2024-6-7 25:00 发布人：甲",
        "发布时间：2024-06-07　发布人：甲", "发布时间：2024-06-07,发布人：甲"}) {
    INFO(line);
    const Article article = Read(line);
    CHECK(article.date == "2024-06-07");
    CHECK(article.time == "");
    CHECK(article.publisher == "甲");
  }
}

TEST_CASE("a value runs to the next key or label", "[metadata]") {
  CHECK(Read("发布人：新闻 宣传中心").publisher == "新闻宣传中心");
  CHECK(Read("发布人：甲 浏览次数：35").publisher == "甲");
  CHECK(Read("发布时间：2024-06-07发布人：乙").publisher == "乙");
  CHECK(Read("链接：https://a.cn/x y").source_url == "https://a.cn/x");
  CHECK(Read("来源：https://a.cn/1 原文链接：https://b.cn/2").source_url == "https://b.cn/2");
  CHECK(Read("原文链接：https://b.cn/2 来源：https://a.cn/1").source_url == "https://b.cn/2");
  const Article article = Read("来源：新华社 链接：javascript:alert(1) 发布人：");
  CHECK(article.source_url == "");
  CHECK(article.publisher == "");
}

TEST_CASE("only a line that starts with a key is a metadata line", "[metadata]") {
  Article article;
  CHECK_FALSE(ReadMetadataLine("本文来源：新华社", 2, "a.txt", article));
  CHECK_FALSE(ReadMetadataLine("正文提到发布时间：2024-06-07", 2, "a.txt", article));
  CHECK_FALSE(ReadMetadataLine("发布时间 2024-06-07", 2, "a.txt", article));
  CHECK(article.date == "");
}

TEST_CASE("an impossible 发布时间 names the file and line", "[metadata]") {
  Article article;
  CHECK_THROWS_WITH(ReadMetadataLine("发布时间：2024-13-45 发布人：甲", 2, "d.txt", article),
                    "d.txt:2: 发布时间 '2024-13-45' is not a valid date; write it as YYYY-MM-DD");
}

TEST_CASE("the plain-text and Markdown readers read the metadata line alike", "[metadata]") {
  const std::string text =
      "# 标题\n发布时间：2024-06-07T08:30 发布人：新闻 宣传中心 原文链接：https://a.cn/x "
      "y\n\n正文。\n";
  const Article plain = ReadArticleText(text, "a.txt");
  const Article markdown = ReadMarkdownArticle(text, "a.md");
  for (const Article* article : {&plain, &markdown}) {
    CHECK(article->date == "2024-06-07");
    CHECK(article->time == "08:30");
    CHECK(article->publisher == "新闻宣传中心");
    CHECK(article->source_url == "https://a.cn/x");
    CHECK(article->paragraphs == std::vector<std::string>{"正文。"});
  }
  CHECK_THROWS_WITH(ReadMarkdownArticle("# 标题\n发布时间：2024-02-30\n正文。\n", "d.md"),
                    "d.md:2: 发布时间 '2024-02-30' is not a valid date; write it as YYYY-MM-DD");
}

}  // namespace
}  // namespace briefcast
