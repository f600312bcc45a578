#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "synth/article.h"

namespace briefcast {

// Reads a news article from an HTML page (docs/formats.md, "HTML pages").
//
// The main text is found by structure: the <article> with the most text, else <main> (or
// role="main"), else the element holding the most <p> text, else <body>. From it the text of
// h1-h6, p, li and blockquote is read in document order, one paragraph each (<br> also ends a
// paragraph); a page without those elements is read block by block. Never read: nav, footer,
// aside, script, style, noscript, figure, figcaption, form, button, select, textarea,
// template, iframe, svg and math, a header outside article/main, and elements that are
// hidden (hidden, aria-hidden="true", style="display:none").
//
// Title: the first <h1> in the main text (then not read twice), else og:title, else <title>.
// Date and time: <time datetime> in the main text, else article:published_time, name="date",
// pubdate, datePublished metadata (read with ParsePublishedTime). Publisher: author meta,
// else og:site_name. Source URL: an http(s) <link rel="canonical">, else og:url.
//
// Throws Error "<source_name>: ..." for input that is not UTF-8 (naming the declared charset),
// too large (over kMaxHtmlBytes), nested too deep (CheckHtmlNesting), or without text.
Article ReadHtmlArticle(std::string_view html, std::string_view source_name);

// The paragraphs of an HTML fragment such as an RSS item's content:encoded, read with the
// same rules as a page's main text; text without any tags is one paragraph. Cleaned with
// CleanText; may be empty. Throws Error like ReadHtmlArticle, except when there is no text.
std::vector<std::string> ReadHtmlParagraphs(std::string_view html, std::string_view source_name);

inline constexpr std::size_t kMaxHtmlBytes = 8 << 20;

}  // namespace briefcast
