#include "synth/read/pdf_layout.h"

#include <catch2/catch.hpp>

namespace briefcast {
namespace {

// A page of 800 points with lines of 12-point body text from y = 100, 20 points apart;
// `indent` lines start a paragraph.
PdfPage Page(std::vector<std::pair<std::string, bool>> body, std::string header,
             std::string footer) {
  PdfPage page;
  page.height = 800;
  page.lines.push_back({header, 20, 20, 28, 8});
  double top = 100;
  for (const auto& [text, indent] : body) {
    page.lines.push_back({text, indent ? 74.0 : 50.0, top, top + 14, 12});
    top += 20;
  }
  page.lines.push_back({footer, 20, 770, 778, 8});
  return page;
}

TEST_CASE("running headers, footers and page numbers are removed", "[pdf]") {
  std::vector<PdfPage> pages = {
      Page({{"第一段正文，", true}, {"接着第一行。", false}, {"第 1 页", false}},
           "12/1/26, 9:15 PM 标题", "file:///tmp/a.html 1/2"),
      Page({{"第二段正文。", true}, {"- 2 -", false}}, "12/1/26, 9:15 PM 标题",
           "file:///tmp/a.html 2/2")};
  pages[1].lines.push_back({"3/12", 50, 600, 614, 12});
  RemovePageFurniture(pages);
  REQUIRE(pages[0].lines.size() == 2);
  CHECK(pages[0].lines[0].text == "第一段正文，");
  REQUIRE(pages[1].lines.size() == 1);
  CHECK(pages[1].lines[0].text == "第二段正文。");
}

TEST_CASE("lines repeated at the top of most pages are removed, digits aside", "[pdf]") {
  std::vector<PdfPage> pages;
  for (int i = 1; i <= 3; ++i) {
    PdfPage page;
    page.height = 800;
    page.lines.push_back({"内部资料 第" + std::to_string(i) + "期", 50, 40, 54, 12});
    page.lines.push_back({"正文" + std::to_string(i) + "。", 50, 100, 114, 12});
    pages.push_back(page);
  }
  RemovePageFurniture(pages);
  for (const PdfPage& page : pages) {
    REQUIRE(page.lines.size() == 1);
    CHECK(page.lines[0].text.starts_with("正文"));
  }
}

TEST_CASE("the heading is the title; indents start paragraphs; pages end in <PAGE_DIV>", "[pdf]") {
  PdfPage first;
  first.height = 800;
  first.lines = {{"公司年度报告", 50, 60, 84, 24},
                 {"第一段，", 74, 100, 114, 12},
                 {"续行。", 50, 120, 134, 12},
                 {"第二段", 74, 140, 154, 12}};
  PdfPage second;
  second.height = 800;
  second.lines = {{"接着写。", 50, 100, 114, 12}};
  CHECK(PdfArticleText({first, second}, "元数据标题") ==
        "# 公司年度报告\n\n第一段，\n续行。\n\n第二段<PAGE_DIV>\n\n接着写。\n");
  first.lines.erase(first.lines.begin());
  CHECK(PdfArticleText({first}, "元数据标题").starts_with("# 元数据标题\n"));
}

}  // namespace
}  // namespace briefcast
