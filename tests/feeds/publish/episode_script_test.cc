#include "feeds/publish/episode_script.h"

#include <catch2/catch.hpp>

#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

TEST_CASE("chapter titles are whole clauses of the first sentence", "[script]") {
  CHECK(ClauseTitle("短标题。") == "短标题");
  CHECK(ClauseTitle("面向员工，福建联通通过一系列丰富多彩的活动，推动形成了人人知晓的氛围。", 24) ==
        "面向员工，福建联通通过一系列丰富多彩的活动");
  CHECK(ClauseTitle("在福建联通，中国联通消费帮扶走进八闽专场活动取得了令人瞩目的成效。", 24) ==
        "在福建联通");
  // One long clause stays whole: never cut inside it, never "…".
  CHECK(ClauseTitle("一二三四五六七八九十一二三四五六七八九十一二三四五六七八。后面", 10) ==
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八");
  CHECK(ClauseTitle("数据显示，共14.54亿元。") == "数据显示，共14.54亿元");
}

TEST_CASE("an article script: a title chapter, then optional paragraph chapters", "[script]") {
  Article article;
  article.title = "标题";
  article.source_url = "https://example.cn/a";
  article.paragraphs = {"第一段。第二句。", "第二段。"};
  const EpisodeScript script = ArticleScript(article);
  REQUIRE(script.segments.size() == 4);
  REQUIRE(script.chapters.size() == 3);
  CHECK(script.chapters[0].first_segment == 0);
  CHECK_FALSE(script.chapters[0].optional);
  CHECK(script.chapters[1].first_segment == 1);
  CHECK(script.chapters[1].title == "第一段");
  CHECK(script.chapters[1].optional);
  CHECK(script.chapters[2].first_segment == 3);
  CHECK(script.chapters[2].url == "https://example.cn/a");
}

TEST_CASE("an article with subheadings has a chapter per subheading, named by it", "[script]") {
  Article article;
  article.title = "标题";
  article.paragraphs = {"导语一句。", "业绩概况",   "营收增长，利润提高。",
                        "第二句。",   "下一步计划", "继续推进。"};
  article.subheadings = {1, 4};
  const EpisodeScript script = ArticleScript(article);
  REQUIRE(script.chapters.size() == 3);
  CHECK(script.chapters[0].title == "标题");  // the title and the lead before any subheading
  CHECK(script.chapters[1].title == "业绩概况");
  CHECK(script.segments[script.chapters[1].first_segment].text == "业绩概况");
  CHECK(script.chapters[2].title == "下一步计划");
  CHECK(script.segments[script.chapters[2].first_segment].text == "下一步计划");
}

TEST_CASE("dropping paragraphs keeps the subheadings on theirs", "[script]") {
  Article article;
  article.paragraphs = {"a", "H1", "b", "drop", "H2", "drop"};
  article.subheadings = {1, 4};
  EraseParagraphsIf(article, [](const std::string& p) { return p == "drop" || p == "a"; });
  CHECK(article.paragraphs == std::vector<std::string>{"H1", "b", "H2"});
  CHECK(article.subheadings == std::vector<std::size_t>{0, 2});
  EraseParagraphsIf(article, [](const std::string& p) { return p == "H1"; });
  CHECK(article.subheadings == std::vector<std::size_t>{1});
}

}  // namespace
}  // namespace briefcast
