#pragma once

#include <string_view>

#include "synth/read/html_tree.h"

namespace briefcast {

// How the HTML reader classifies elements (docs/formats.md, "HTML pages"). Used by the
// HTML reader's parts only.

// <article>, <main> or role="main".
bool IsMainElement(HtmlNode node);

// An element a content management system uses for the story itself: WeChat's #js_content,
// the #zoom / #UCAP-CONTENT of government sites, TRS's .TRS_Editor, .rich_media_content.
bool IsKnownContentElement(HtmlNode node);

// Elements that hold no article text: navigation, page furniture, code, media, forms, hidden
// parts (hidden, aria-hidden, display:none -- except IsKnownContentElement, which WeChat hides
// until its script runs), and elements whose class or id names furniture (nav, menu,
// breadcrumb, sidebar, related, share, comment, footer, copyright, pager, toolbar...).
// A header or role="banner" is furniture only outside the main element.
bool NeverRead(HtmlNode node, bool inside_main);

// Elements whose own text is article text: p, h1-h6, li, blockquote; each is one paragraph.
// `tag` is HtmlNode::tag().
bool IsTextElement(std::string_view tag);

// Elements that start and end a paragraph: everything but inline markup and elements of
// tags the parser does not know (an empty `tag`, as for nodes that are not elements).
bool BreaksParagraph(std::string_view tag);

// True when a class or id word of `node` is `word` ("article-title" has "title").
bool HasClassWord(HtmlNode node, const char* word);

}  // namespace briefcast
