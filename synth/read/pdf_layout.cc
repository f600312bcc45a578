#include "synth/read/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>

#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

// The font size most of the text is set in.
double BodyFontSize(const std::vector<PdfPage>& pages) {
  std::map<long, std::size_t> bytes_by_size;
  for (const PdfPage& page : pages) {
    for (const PdfLine& line : page.lines) {
      bytes_by_size[std::lround(line.font_size * 10)] += line.text.size();
    }
  }
  const auto most =
      std::max_element(bytes_by_size.begin(), bytes_by_size.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == bytes_by_size.end() ? 0 : most->first / 10.0;
}

bool IsPageNumber(const std::string& line) {
  static const std::regex kPatterns(
      R"(^\s*(第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–]\s*\d+\s*[-—–]|\d+\s*/\s*\d+|)"
      R"([Pp]age\s+\d+(\s+of\s+\d+)?|\d+|共\s*\d+\s*页\s*第\s*\d+\s*页)\s*$)");
  return std::regex_match(line, kPatterns);
}

// A URL or a date (with a time) standing alone, as a browser prints them.
bool IsPrintedUrlOrDate(const std::string& line) {
  const std::string_view text = TrimLine(line);
  if (text.find("://") != std::string_view::npos && text.find(' ') == std::string_view::npos) {
    return true;
  }
  static const std::regex kDate(
      R"(^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s*(\d{1,2}:\d{2}(:\d{2})?\s*([AP]M)?)?$)");
  return std::regex_match(std::string(text), kDate);
}

bool InMargin(const PdfLine& line, const PdfPage& page) {
  return line.bottom < page.height * 0.08 || line.top > page.height * 0.92;
}

std::string WithoutDigits(const std::string& text) {
  std::string shape;
  for (char c : text) shape += (c >= '0' && c <= '9') ? '#' : c;
  return shape;
}

// Lines at the top or bottom of at least half of the pages (of two or more), digits aside.
std::set<std::string> RepeatedMarginLines(const std::vector<PdfPage>& pages) {
  std::map<std::string, std::size_t> pages_with;
  for (const PdfPage& page : pages) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      if (i < 2 || i + 2 >= page.lines.size()) seen.insert(WithoutDigits(page.lines[i].text));
    }
    for (const std::string& shape : seen) ++pages_with[shape];
  }
  std::set<std::string> repeated;
  for (const auto& [shape, count] : pages_with) {
    if (pages.size() >= 2 && count * 2 >= pages.size() && count >= 2) repeated.insert(shape);
  }
  return repeated;
}

}  // namespace

void RemovePageFurniture(std::vector<PdfPage>& pages) {
  const double body = BodyFontSize(pages);
  const std::set<std::string> repeated = RepeatedMarginLines(pages);
  for (PdfPage& page : pages) {
    std::erase_if(page.lines, [&](const PdfLine& line) {
      const bool margin = InMargin(line, page);
      return (margin && line.font_size < body * 0.9) || IsPageNumber(line.text) ||
             (margin && IsPrintedUrlOrDate(line.text)) ||
             (margin && repeated.count(WithoutDigits(line.text)));
    });
  }
}

std::string PdfArticleText(const std::vector<PdfPage>& pages, std::string_view metadata_title) {
  const double body = BodyFontSize(pages);
  std::string text;
  std::size_t first = 0;
  if (!pages.empty()) {
    const std::vector<PdfLine>& lines = pages.front().lines;
    std::string title;
    while (first < lines.size() && lines[first].font_size > body * 1.15) {
      title += lines[first++].text;
    }
    if (!HasWords(title)) title = metadata_title;
    if (HasWords(title)) text = "# " + CleanReadTitle(title) + "\n";
  }
  double left = 1e9;
  for (const PdfPage& page : pages) {
    for (const PdfLine& line : page.lines) left = std::min(left, line.left);
  }
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const std::vector<PdfLine>& lines = pages[p].lines;
    for (std::size_t i = p == 0 ? first : 0; i < lines.size(); ++i) {
      const PdfLine& line = lines[i];
      const double size = line.font_size > 0 ? line.font_size : body;
      const bool indented = line.left > left + size * 0.8;
      const bool apart = i > 0 && line.top - lines[i - 1].bottom > size * 0.6;
      if (indented || apart || i == 0) text += "\n";
      text += line.text + "\n";
    }
    if (p + 1 < pages.size()) {
      if (!text.empty() && text.back() == '\n') text.pop_back();
      text += "<PAGE_DIV>\n";
    }
  }
  return text;
}

}  // namespace briefcast
