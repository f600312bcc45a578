#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// What one Markdown paragraph says when read aloud (docs/formats.md, "Markdown"):
//   [text](url), [text][ref]        -> text
//   ![alt](src), `code`, [^1]       -> nothing
//   <tag ...>, <https://...>        -> nothing (inline HTML and autolinks)
//   *a* **a** _a_ __a__ ~~a~~       -> a (a lone '*' between spaces or digits stays, as does
//                                      '_' inside a word and a single '~')
//   \*  &amp; &#12298;              -> *  &  《
// The result is not yet cleaned (CleanReadText). Linear in the size of `markdown`.
std::string MarkdownInlineText(std::string_view markdown);

}  // namespace briefcast
