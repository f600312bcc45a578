#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "synth/article.h"

namespace briefcast {

// Reads a news article from an HTML page (docs/formats.md, "HTML pages").
//
// The main text is found and read as ReadMainText says (synth/read/html_main_text.h): the
// story's element, its paragraphs in document order, without navigation, sidebars, related
// lists, share and comment blocks, footers, hidden elements and lists of links. Bylines in it
// (发布时间：… 来源：…) become fields, furniture lines (责任编辑, 打印本页, 关闭窗口, copyright,
// captions; IsFurnitureLine) are dropped; a byline elsewhere on the page fills what is missing.
//
// Title: the first <h1> in the main text (then not read twice), else the page's first <h1>
// or "title" class element, else og:title, else <title> without the site's name. Date, time,
// publisher and source URL as FillMetadata says (synth/read/html_page_metadata.h).
//
// Throws Error "<source_name>: ..." for input that is not UTF-8 (naming the declared charset),
// too large (over kMaxHtmlBytes), nested too deep (CheckHtmlNesting), or without text.
Article ReadHtmlArticle(std::string_view html, std::string_view source_name);

// A page of a story, and where its next page is when the story goes on there.
struct HtmlPage {
  Article article;
  std::string next_page_href;  // as written in the page (relative or absolute); empty if none
};

// ReadHtmlArticle, and the story's next page: a <link rel="next">, else an <a rel="next"> or
// an <a> whose text is 下一页, 下页 or "next".
HtmlPage ReadHtmlPage(std::string_view html, std::string_view source_name);

// The paragraphs of an HTML fragment such as an RSS item's content:encoded, read with the
// same rules as a page's main text; text without any tags is one paragraph. Cleaned with
// CleanText; may be empty. Throws Error like ReadHtmlArticle, except when there is no text.
std::vector<std::string> ReadHtmlParagraphs(std::string_view html, std::string_view source_name);

inline constexpr std::size_t kMaxHtmlBytes = 8 << 20;

}  // namespace briefcast
