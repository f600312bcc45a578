#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "synth/article.h"

namespace briefcast {

// Reads an article in the plain-text format of docs/formats.md (the seed's format):
//
//   # 标题
//   发布时间：2024-06-07 发布人：新闻宣传中心      (optional; also 来源：, 链接：URL)
//   paragraph
//   <PAGE_DIV>                                   (page break from PDF extraction)
//   paragraph ...
//
// The title comes from the first "# " line (else the first line). Metadata lines become
// fields and are not read aloud. <PAGE_DIV> markers are removed; a sentence or paragraph
// split across one is joined. Text is cleaned with CleanText. A BOM and CRLF are accepted.
//
// Throws Error "<source_name>:<line>: <what is wrong>; <what to do>" for input that is not
// UTF-8 text, holds NUL bytes, an impossible date, or nothing to read.
Article ReadArticleText(std::string_view text, std::string_view source_name);

// Reads the file at `path` with ReadArticleText. Throws Error when it cannot be read
// (missing, a directory, unreadable).
Article ReadArticleFile(const std::filesystem::path& path);

}  // namespace briefcast
