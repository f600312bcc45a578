#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// One block of a Markdown document that is read aloud, in document order.
struct MarkdownBlock {
  // The block's text; each line break in the source paragraph is a '\n'. Not yet cleaned
  // (CleanReadText).
  std::string text;
  int heading_level = 0;   // 1-6 for a heading, 0 otherwise
  int line = 0;            // 1-based source line where the block starts
  bool paragraph = false;  // a paragraph directly in the document (not a list, quote or table)
  bool html = false;       // an HTML block: `text` is its raw HTML, comments and all
};

// Parses GitHub-flavoured CommonMark with cmark-gfm (tables, ~~strikethrough~~, task lists,
// footnotes) and returns what is read aloud (docs/formats.md, "Markdown"):
//   headings and paragraphs, also inside lists and quotes; each table row, cells joined by
//   "，"; HTML blocks as they are (html); not: code blocks, thematic breaks, link reference
//   and footnote definitions.
// Inline, of each block:
//   [text](url), [text][ref]        -> text (also when ref is not defined)
//   ![alt](src), `code`, [^1]       -> nothing (a footnote reference, defined or not)
//   <tag ...>, <https://...>        -> nothing (inline HTML and autolinks)
//   *a* **a** _a_ __a__ ~~a~~       -> a (CommonMark's emphasis rules: snake_case stays)
//   \*  &amp; &#12298;              -> *  &  《
// Blocks whose text is empty are left out. `markdown` must be UTF-8. Linear in its size.
std::vector<MarkdownBlock> ReadMarkdownBlocks(std::string_view markdown);

// The inline text of `markdown` read as one paragraph, as ReadMarkdownBlocks reads a
// block's text; blocks other than HTML, if there are several, joined by spaces.
std::string MarkdownInlineText(std::string_view markdown);

}  // namespace briefcast
