#pragma once

#include <string>
#include <vector>

#include "synth/read/html_tree.h"

namespace briefcast {

// The story's text in a page, as the HTML reader reads it (docs/formats.md, "HTML pages").
struct MainText {
  std::vector<std::string> paragraphs;   // cleaned, in document order, never empty
  std::vector<std::size_t> subheadings;  // indices of the paragraphs read from h2-h6
  std::string title;                     // the first <h1> in the main text, when asked for
  std::string datetime;                  // the first <time datetime> in the main text
};

// Finds the element that holds the story below `body` -- a known content element (#js_content,
// #zoom...), else the <article> with the most text, else <main>, else the element whose child
// blocks hold the most text outside links -- and reads it: the text of p, h1-h6, li and
// blockquote elements, or, when most of its text is outside those (text in nested <div>s),
// all its text split where blocks begin and end. Furniture (NeverRead) and blocks whose text
// is mostly link text (lists of links) are never read.
MainText ReadMainText(HtmlNode body, bool h1_is_title);

// All text of the page outside furniture, split where blocks begin and end: where the
// HTML reader looks for a byline the main text lacks.
std::vector<std::string> ReadPageBlocks(HtmlNode body);

}  // namespace briefcast
