#include "synth/read/markdown_reader.h"

#include <catch2/catch.hpp>

#include "audio/error.h"
#include "synth/read/markdown_blocks.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

using Paragraphs = std::vector<std::string>;

bool AnyContains(const Article& article, std::string_view text) {
  if (article.title.find(text) != std::string::npos) return true;
  for (const std::string& paragraph : article.paragraphs) {
    if (paragraph.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("reads the golden Markdown article", "[markdown]") {
  const auto path = testing::SourceDir() / "tests/data/articles/markdown_news.md";
  const Article article = ReadMarkdownArticle(testing::ReadFile(path), path.string());
  CHECK(article.title == "公司举办2024年技术开放日");
  CHECK(article.date == "2024-06-07");
  CHECK(article.time == "09:30");
  CHECK(article.publisher == "新闻宣传中心");
  CHECK(article.source_url == "https://news.example.cn/2024/06/open-day");
  CHECK(article.paragraphs ==
        Paragraphs{"6月7日，公司在总部举办技术开放日，邀请了三百多位客户到场参观。活动持续一整天。",
                   "主要展示内容", "新一代5G基站", "智慧园区解决方案", "数据中心节能技术",
                   "客户代表表示：这次参观收获很大。", "运行示例需要执行命令：",
                   "本次活动共接待来宾326人次。"});
  CHECK(article.subheadings == std::vector<std::size_t>{1});  // ## 主要展示内容
  for (std::string_view hidden : {"注释", "照片", "代码", "indented", "脚注", "make", "http"}) {
    CHECK_FALSE(AnyContains(article, hidden));
  }
}

TEST_CASE("reads the plain format's metadata line and setext headings", "[markdown]") {
  const Article article = ReadMarkdownArticle(
      "标题行\n=====\n发布时间：2024年6月7日 08:30 "
      "发布人：新闻宣传中心\n\n正文一。\n\n小节\n---\n\n"
      "1. 第一项\n2. [x] 第二项\n   续行。\n",
      "a.md");
  CHECK(article.title == "标题行");
  CHECK(article.date == "2024-06-07");
  CHECK(article.time == "08:30");
  CHECK(article.publisher == "新闻宣传中心");
  CHECK(article.paragraphs == Paragraphs{"正文一。", "小节", "第一项", "第二项续行。"});
}

TEST_CASE("inline Markdown reads as its text", "[markdown]") {
  CHECK(MarkdownInlineText("见[官网](https://a.cn/x_(y))和[文档][ref]。") == "见官网和文档。");
  CHECK(MarkdownInlineText("图![alt](a.png)后``a ` b``完") == "图后完");
  CHECK(MarkdownInlineText("**粗体**、_斜体_、~~删除~~与snake_case") ==
        "粗体、斜体、删除与snake_case");
  CHECK(MarkdownInlineText("3 * 4 与 2*3") == "3 * 4 与 2*3");
  CHECK(MarkdownInlineText("\\*星号\\* &amp; &#x300A;书&#12299; <br/> <https://a.cn>") ==
        "*星号* & 《书》  ");
  CHECK(MarkdownInlineText("注释[^note]结束") == "注释结束");
}

TEST_CASE("rejects Markdown with nothing to read or bad bytes", "[markdown]") {
  CHECK_THROWS_WITH(ReadMarkdownArticle("```\ncode only\n```\n", "code.md"),
                    "code.md: nothing to read aloud (no heading or paragraph with text outside "
                    "code and markup)");
  CHECK_THROWS_WITH(ReadMarkdownArticle("# 标题\n\n正文\xFF\n", "bad.md"),
                    "bad.md:3: invalid UTF-8 at byte offset 16; save the article as UTF-8 text");
  CHECK_THROWS_WITH(ReadMarkdownArticle("---\ndate: 2024-02-30\n---\n# 标题\n", "d.md"),
                    "d.md:2: date '2024-02-30' is not a valid date; write it as YYYY-MM-DD");
}

TEST_CASE("hostile Markdown stays fast and does not crash", "[markdown]") {
  const std::string brackets(200000, '[');
  const std::string backticks = [] {
    std::string s;
    for (int i = 1; i < 600; ++i) s += std::string(i, '`') + "x";
    return s;
  }();
  for (const std::string& text :
       {"# t\n\n" + brackets, "# t\n\n" + backticks, "# t\n\n" + std::string(100000, '<'),
        "# t\n\n" + std::string(100000, '&'), "# t\n\n<!--" + std::string(100000, '-')}) {
    CHECK_NOTHROW(ReadMarkdownArticle(text, "hostile.md"));
  }
}

}  // namespace
}  // namespace briefcast
