#pragma once

#include <string_view>

#include "synth/article.h"

namespace briefcast {

// Reads an article from a PDF with a text layer (docs/formats.md, "PDF"), through poppler:
// each page's words in reading order, grouped into lines; running headers and footers and
// page numbers removed (RemovePageFurniture); the text then read as the plain-text format
// (PdfArticleText, ReadArticleText): pages joined where a page break splits a sentence,
// stray spaces between Chinese characters removed. Title: the first page's heading (text
// set larger than the body), else the document's Title. Date: a 发布时间 line, else the
// document's creation date.
// Throws Error "<source_name>: ..." for a document poppler cannot open, one that is
// encrypted, over kMaxPdfPages pages, or without a text layer (a scan).
Article ReadPdfArticle(std::string_view bytes, std::string_view source_name);

inline constexpr int kMaxPdfPages = 200;

}  // namespace briefcast
