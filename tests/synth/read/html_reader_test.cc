#include "synth/read/html_reader.h"

#include <catch2/catch.hpp>
#include <chrono>

#include "audio/error.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

using Paragraphs = std::vector<std::string>;

std::string AllText(const Article& article) {
  std::string text = article.title;
  for (const std::string& paragraph : article.paragraphs) text += "\n" + paragraph;
  return text;
}

TEST_CASE("reads the golden HTML page's article only", "[html]") {
  const auto path = testing::SourceDir() / "tests/data/articles/html_news.html";
  const Article article = ReadHtmlArticle(testing::ReadFile(path), path.string());
  CHECK(article.title == "城市轨道交通9号线今日开通");
  CHECK(article.date == "2024-06-07");
  CHECK(article.time == "08:30");
  CHECK(article.publisher == "示例新闻网");
  CHECK(article.source_url == "https://news.example.cn/metro/line-9.html");
  CHECK(article.paragraphs ==
        Paragraphs{"发布于2024年6月7日", "9号线全长28.6公里，设车站<20>座，今天上午正式开通运营。",
                   "市民张女士说：“以后上班能节省半小时。”", "换乘更方便", "与1号线在中心站换乘",
                   "与3号线在东站换乘", "运营方表示将根据客流调整发车间隔。"});
  CHECK(article.subheadings == std::vector<std::size_t>{3});  // <h2>换乘更方便</h2>
  const std::string text = AllText(article);
  for (std::string_view never :
       {"首页", "导航", "脚本", "样式", "图片说明", "隐藏", "侧栏", "页脚", "版权", "请启用"}) {
    INFO(never);
    CHECK(text.find(never) == std::string::npos);
  }
}

TEST_CASE("without <article> or <main>, reads the element with the most paragraphs", "[html]") {
  const Article article = ReadHtmlArticle(
      "<html><head><title>页面标题</title><meta name=date content=2024-06-05></head><body>"
      "<div class=menu><p>菜单</p></div><div id=content><p>第一段正文。</p><p>第二段正文。</p>"
      "</div></body></html>",
      "page.html");
  CHECK(article.title == "页面标题");
  CHECK(article.date == "2024-06-05");
  CHECK(article.time.empty());
  CHECK(article.paragraphs == Paragraphs{"第一段正文。", "第二段正文。"});
}

TEST_CASE("reads text in bare blocks when there are no paragraphs", "[html]") {
  CHECK(ReadHtmlParagraphs("文字<br>第二行<div>块</div>", "frag") ==
        Paragraphs{"文字", "第二行", "块"});
}

TEST_CASE("rejects pages it cannot read, naming them", "[html]") {
  CHECK_THROWS_WITH(ReadHtmlArticle("<html><body><nav><p>导航</p></nav></body></html>", "n.html"),
                    Catch::Contains("n.html: no article text found"));
  CHECK_THROWS_WITH(ReadHtmlArticle("<meta charset=\"gb2312\"><p>\xD6\xD0\xCE\xC4</p>", "gbk.html"),
                    Catch::Contains("gbk.html: not UTF-8") && Catch::Contains("charset gb2312"));
  CHECK_THROWS_WITH(ReadHtmlArticle(std::string(50000, ' ') + std::string(5000, 'x'), "x.html"),
                    Catch::Contains("x.html: no article text found"));
}

TEST_CASE("hostile HTML is rejected or read quickly", "[html]") {
  const auto repeat = [](std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  const std::string deep_divs = repeat("<div>", 100000) + "<p>x</p>";
  const std::string unclosed_b = repeat("<b>x", 100000);
  std::string reopened;  // each <b> differs, so the parser would re-open all of them
  for (int i = 0; i < 5000; ++i) reopened += "<div><b id=" + std::to_string(i) + ">x</div>";
  for (const std::string& html : {deep_divs, unclosed_b, reopened}) {
    const auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH(ReadHtmlArticle(html, "deep.html"), Catch::Contains("nest more than"));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  }
  const std::string junk = repeat("<p>段落<b>粗<i>斜</b>文</i>", 20000) + repeat("</x>", 1000);
  const auto start = std::chrono::steady_clock::now();
  CHECK(ReadHtmlArticle(junk, "junk.html").paragraphs.size() > 1000);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

}  // namespace
}  // namespace briefcast
