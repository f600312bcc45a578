#pragma once

#include <string_view>

#include "synth/article.h"

namespace briefcast {

// Reads an article written in Markdown (docs/formats.md, "Markdown"):
//
//   ---                                  front matter (optional): title, date, author or
//   title: 标题                          publisher, url or link; a date may carry a time
//   date: 2024-06-07 08:30
//   ---
//   # 标题                               the first level-1 heading is the title
//   发布时间：2024-06-07 发布人：某部门  the plain format's metadata line is accepted too
//   paragraph, wrapped lines joined
//   ## 小标题                            later headings are paragraphs of their own
//   - list item                          each item is a paragraph; > quotes read as text
//
// The body is GitHub-flavoured CommonMark, read as ReadMarkdownBlocks says (code and
// definitions are not read; table rows read as their cells); an HTML block reads as
// ReadHtmlParagraphs reads HTML (its text, without tags and comments). Text is cleaned with
// CleanReadText. A BOM and CRLF are accepted. Linear in the size of the text.
//
// Throws Error "<source_name>[:<line>]: <what>; <what to do>" for text that is not UTF-8,
// holds NUL bytes, has an impossible date, or has nothing to read.
Article ReadMarkdownArticle(std::string_view text, std::string_view source_name);

}  // namespace briefcast
