#pragma once

#include <gumbo.h>

namespace briefcast {

// How the HTML reader classifies elements (docs/formats.md, "HTML pages"). Used by the
// HTML reader's parts only: gumbo's types stay inside synth/read/html_*.

// <article>, <main> or role="main".
bool IsMainElement(const GumboNode* node);

// An element a content management system uses for the story itself: WeChat's #js_content,
// the #zoom / #UCAP-CONTENT of government sites, TRS's .TRS_Editor, .rich_media_content.
bool IsKnownContentElement(const GumboNode* node);

// Elements that hold no article text: navigation, page furniture, code, media, forms, hidden
// parts (hidden, aria-hidden, display:none -- except IsKnownContentElement, which WeChat hides
// until its script runs), and elements whose class or id names furniture (nav, menu,
// breadcrumb, sidebar, related, share, comment, footer, copyright, pager, toolbar...).
// A header or role="banner" is furniture only outside the main element.
bool NeverRead(const GumboNode* node, bool inside_main);

// Elements whose own text is article text: p, h1-h6, li, blockquote; each is one paragraph.
bool IsTextElement(GumboTag tag);

// Elements that start and end a paragraph: everything but inline markup.
bool BreaksParagraph(GumboTag tag);

// True when a class or id word of `node` is `word` ("article-title" has "title").
bool HasClassWord(const GumboNode* node, const char* word);

}  // namespace briefcast
