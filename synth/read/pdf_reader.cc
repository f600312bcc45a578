#include "synth/read/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <string>

#include "audio/error.h"
#include "synth/read/article_reader.h"
#include "synth/read/pdf_layout.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

std::string Utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// The page's words grouped into lines: a word that overlaps the current line vertically
// by half its height joins it.
PdfPage ReadPage(const poppler::page& page) {
  PdfPage read;
  read.height = page.page_rect().height();
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf bbox = box.bbox();
    const double top = bbox.y(), bottom = bbox.y() + bbox.height();
    const std::string word = Utf8(box.text());
    PdfLine* line = read.lines.empty() ? nullptr : &read.lines.back();
    const double overlap =
        line == nullptr ? 0 : std::min(bottom, line->bottom) - std::max(top, line->top);
    if (line == nullptr || overlap < std::min(bbox.height(), line->bottom - line->top) / 2) {
      read.lines.push_back({word, bbox.x(), top, bottom, box.get_font_size()});
    } else {
      line->text += " " + word;
      line->top = std::min(line->top, top);
      line->bottom = std::max(line->bottom, bottom);
      line->font_size = std::max(line->font_size, box.get_font_size());
    }
  }
  return read;
}

std::unique_ptr<poppler::document> Open(std::string_view bytes, const std::string& name) {
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    throw Error(name + ": not a PDF that can be read (damaged or incomplete); save it again");
  }
  if (document->is_locked() || document->is_encrypted()) {
    throw Error(name + ": the PDF is encrypted; save an unprotected copy");
  }
  if (document->pages() > kMaxPdfPages) {
    throw Error(name + ": " + std::to_string(document->pages()) + " pages is too long for an " +
                "article (at most " + std::to_string(kMaxPdfPages) + ")");
  }
  return document;
}

std::string CreationDate(const poppler::document& document) {
  const std::time_t when = document.info_date_t("CreationDate");
  if (when <= 0) return "";
  const std::time_t china = when + 8 * 3600;  // article dates are China Standard Time
  std::tm day{};
  gmtime_r(&china, &day);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &day);
  return text;
}

}  // namespace

Article ReadPdfArticle(std::string_view bytes, std::string_view source_name) {
  const std::string name(source_name);
  const std::unique_ptr<poppler::document> document = Open(bytes, name);
  std::vector<PdfPage> pages;
  bool any_text = false;
  for (int i = 0; i < document->pages(); ++i) {
    const std::unique_ptr<poppler::page> page(document->create_page(i));
    if (!page) continue;
    pages.push_back(ReadPage(*page));
    any_text = any_text || !pages.back().lines.empty();
  }
  if (!any_text) {
    throw Error(name + ": the PDF has no text layer (" + std::to_string(document->pages()) +
                " pages of images: a scan?); run OCR on it first (e.g. ocrmypdf) or give the "
                "text");
  }
  RemovePageFurniture(pages);
  Article article = ReadArticleText(PdfArticleText(pages, Utf8(document->info_key("Title"))), name);
  if (article.date.empty()) article.date = CreationDate(*document);
  return article;
}

}  // namespace briefcast
