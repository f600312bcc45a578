#include "synth/read/article_reader.h"

#include <catch2/catch.hpp>

#include "audio/error.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

TEST_CASE("reads title, date, publisher and paragraphs", "[reader]") {
  Article article = ReadArticleText(
      "# 一起“热辣滚烫”！ 中国联通掀起热潮\n\n发布时间：2024-06-07 发布人：新闻宣传中心\n\n"
      "浓情端午,粽艾飘香。\n\n第二段 内容, 共 14.54 亿元。\n",
      "a.txt");
  CHECK(article.title == "一起“热辣滚烫”！中国联通掀起热潮");
  CHECK(article.date == "2024-06-07");
  CHECK(article.publisher == "新闻宣传中心");
  REQUIRE(article.paragraphs.size() == 2);
  CHECK(article.paragraphs[0] == "浓情端午，粽艾飘香。");
  CHECK(article.paragraphs[1] == "第二段内容，共14.54亿元。");
}

TEST_CASE("joins a sentence split by a page break", "[reader]") {
  Article article = ReadArticleText(
      "# 标题\n\n第一段的句子被<PAGE_DIV>\n\n分页打断了。\n\n第二段。<PAGE_DIV> \n\n第三段。\n",
      "a.txt");
  REQUIRE(article.paragraphs.size() == 3);
  CHECK(article.paragraphs[0] == "第一段的句子被分页打断了。");
  CHECK(article.paragraphs[1] == "第二段。");
  CHECK(article.paragraphs[2] == "第三段。");
}

TEST_CASE("joins wrapped lines when blank lines separate paragraphs", "[reader]") {
  Article article = ReadArticleText("# 标题\n\n第一行\n接着第一行。\n\nThe APP\nworks.\n", "a.txt");
  REQUIRE(article.paragraphs.size() == 2);
  CHECK(article.paragraphs[0] == "第一行接着第一行。");
  CHECK(article.paragraphs[1] == "The APP works.");
}

TEST_CASE("every line is a paragraph when no blank line separates them", "[reader]") {
  Article article = ReadArticleText("# 标题\n第一段。\n第二段。\n", "a.txt");
  CHECK(article.paragraphs == std::vector<std::string>{"第一段。", "第二段。"});
}

TEST_CASE("accepts a BOM and CRLF line ends", "[reader]") {
  Article article = ReadArticleText("\xEF\xBB\xBF# 标题\r\n\r\n正文。\r\n", "a.txt");
  CHECK(article.title == "标题");
  CHECK(article.paragraphs == std::vector<std::string>{"正文。"});
}

TEST_CASE("uses the first line as the title when there is no '# ' line", "[reader]") {
  Article article = ReadArticleText("标题行\n\n正文。\n", "a.txt");
  CHECK(article.title == "标题行");
  CHECK(article.paragraphs == std::vector<std::string>{"正文。"});
}

TEST_CASE("rejects what it cannot read, naming file and line", "[reader]") {
  CHECK_THROWS_WITH(ReadArticleText("", "empty.txt"),
                    "empty.txt: the article is empty; write a '# title' line and paragraphs");
  CHECK_THROWS_WITH(ReadArticleText(" \n\t\n", "blank.txt"), Catch::StartsWith("blank.txt: "));
  CHECK_THROWS_WITH(ReadArticleText("# 标题\n\xff\xfe", "bad.txt"),
                    "bad.txt:2: invalid UTF-8 at byte offset 9; save the article as UTF-8");
  CHECK_THROWS_WITH(ReadArticleText(std::string("# a\0b", 5), "bin.txt"),
                    Catch::StartsWith("bin.txt:1: NUL byte at byte offset 3"));
  CHECK_THROWS_WITH(ReadArticleText("# 标题\n发布时间：2024-13-45 发布人：甲\n正文。", "d.txt"),
                    Catch::StartsWith("d.txt:2: 发布时间 '2024-13-45' is not a valid date"));
  CHECK_THROWS_WITH(ReadArticleText("，。！\n\n……", "p.txt"),
                    Catch::Contains("nothing to read aloud"));
}

TEST_CASE("file errors name the path", "[reader]") {
  testing::TempDir dir;
  CHECK_THROWS_WITH(ReadArticleFile(dir.path()), Catch::Contains("is a directory"));
  CHECK_THROWS_WITH(ReadArticleFile(dir.path() / "missing.txt"),
                    Catch::Contains("missing.txt: does not exist"));
}

TEST_CASE("reads the seed article", "[reader][seed]") {
  auto shared = testing::SharedDir();
  if (!shared) {
    WARN("../shared is absent: skipped");
    return;
  }
  Article article = ReadArticleFile(*shared / "seed" / "article.txt");
  CHECK(article.title == "一起“热辣滚烫”！中国联通各级公司全面掀起消费帮扶活动热潮");
  CHECK(article.date == "2024-06-07");
  CHECK(article.publisher == "新闻宣传中心");
  CHECK(article.paragraphs.size() >= 15);
  for (const std::string& paragraph : article.paragraphs) {
    CHECK(paragraph.find("PAGE_DIV") == std::string::npos);
    CHECK(paragraph.find(' ') == std::string::npos);
    CHECK(paragraph.find(',') == std::string::npos);
  }
}

}  // namespace
}  // namespace briefcast
