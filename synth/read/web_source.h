#pragma once

#include <string>
#include <vector>

#include "synth/article.h"
#include "synth/fetch/fetcher.h"

namespace briefcast {

// How much one web source may make briefcast fetch.
struct WebReadLimits {
  int max_pages = 10;  // pages of one story followed through 下一页 links
  int max_items = 50;  // items of one feed read
};

// Reads the articles at an http(s) URL (docs/formats.md, "Sources on the web"), fetched
// through `fetcher`: the body is decoded to UTF-8 (DecodeToUtf8) and read by its format
// (DetectArticleFormat).
//   a page       ReadHtmlPage; its 下一页 pages on the same host are fetched and their
//                paragraphs added, up to limits.max_pages pages
//   a feed       its first limits.max_items items; an item that carries only a summary
//                (FeedItem::summary_only) with an http(s) link is read from the page at the
//                link (fetched only when the item changed, Fetcher::GetItem), keeping the
//                item's title, date, time and author
// A problem with one item (its page cannot be fetched or read) or a limit reached is added
// to `problems` as "<url>: <reason>" and the rest is read. Throws FetchError or Error naming
// `url` when the source itself cannot be fetched or read.
std::vector<Article> ReadWebSource(const std::string& url, Fetcher& fetcher,
                                   const WebReadLimits& limits, std::vector<std::string>& problems);

}  // namespace briefcast
