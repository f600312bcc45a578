#pragma once

#include <map>
#include <string>

#include "synth/article.h"
#include "synth/read/html_tree.h"

namespace briefcast {

// What a page says about its story outside the story's text.
struct PageMetadata {
  std::map<std::string, std::string> meta;  // lower-case name/property/itemprop -> content
  std::string canonical_url;
  std::string title;           // <title>, cleaned
  std::string heading;         // the first <h1> outside furniture, else a "title" class element
  std::string pubdate;         // <time pubdate datetime=...>
  std::string byline_date;     // WeChat's #publish_time
  std::string byline_author;   // WeChat's #js_name
  std::string next_page_href;  // <link rel=next>, else an <a> reading 下一页 / 下页 / next
};

// One pass over the document.
PageMetadata ReadPageMetadata(HtmlNode root);

// Fills `article` from the page, over what its text said (a byline) where the page's markup
// says it: title, when still empty (heading, og:title, else <title> without a " - site" /
// "_site" suffix); date and time (`main_datetime`, article:published_time, date, pubdate,
// datePublished meta, #publish_time; else the byline's); publisher (author meta, else the
// byline's, else #js_name, else og:site_name); source URL (an http(s) canonical link, else
// og:url).
void FillMetadata(const PageMetadata& page, const std::string& main_datetime, Article& article);

}  // namespace briefcast
