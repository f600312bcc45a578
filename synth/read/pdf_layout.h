#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// The text of a PDF as its pages lay it out, before it is read as an article. Coordinates
// are in points from the page's top left.
struct PdfLine {
  std::string text;
  double left = 0;
  double top = 0;
  double bottom = 0;
  double font_size = 0;
};

struct PdfPage {
  double height = 0;
  std::vector<PdfLine> lines;  // in reading order
};

// Removes what a page carries besides the story: lines in the top or bottom 8% of a page
// set smaller than the body text (a browser's print header and footer: date, title, URL,
// "1/3"); page numbers anywhere ("第 3 页", "第3页 共12页", "- 3 -", "3/12", "Page 3 of 12",
// a bare number); printed URLs and dates standing alone at a page's top or bottom; and lines
// that repeat at the top or bottom of most pages (digits aside: "内部资料 第1页").
void RemovePageFurniture(std::vector<PdfPage>& pages);

// The pages as an article in the plain-text format (docs/formats.md): "# <title>" (the first
// page's first lines set larger than the body text, else `metadata_title`, else nothing),
// paragraphs separated by blank lines (a new paragraph where a line is indented or set
// apart by more than the usual line spacing), and <PAGE_DIV> where a page ends, so that the
// plain-text reader joins a sentence a page break splits.
std::string PdfArticleText(const std::vector<PdfPage>& pages, std::string_view metadata_title);

}  // namespace briefcast
