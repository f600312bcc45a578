#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "synth/article.h"

namespace briefcast {

// Reads a news feed (docs/formats.md, "News feeds"): RSS 2.0 (and RSS 1.0), or Atom. Each
// item or entry with something to read becomes an Article, in feed order:
//   title           <title> (HTML in it is reduced to its text); else the first paragraph
//   source_url      RSS <link>, else a permalink <guid>; Atom <link rel="alternate" href>
//   date, time      RSS <pubDate> (RFC 2822) or <dc:date>; Atom <published>, else <updated>
//                   (RFC 3339); converted to China Standard Time (ParsePublishedTime)
//   publisher       <dc:creator>, RSS <author> (the name in "mail@x.cn (Name)"), Atom
//                   <author><name>; else the feed's author, else the feed's title
//   paragraphs      <content:encoded> or Atom <content> read as HTML (ReadHtmlParagraphs),
//                   else <description> / <summary>, as HTML or plain text
// Items are not deduplicated here: publishing the same item twice is one episode because
// episodes are identified by their article.
//
// Throws Error "<source_name>[:line]: ..." for XML that is not well formed, a document that is
// not RSS or Atom, a feed larger than kMaxFeedBytes, or a feed with no readable item.
std::vector<Article> ReadNewsFeed(std::string_view xml, std::string_view source_name);

inline constexpr std::size_t kMaxFeedBytes = 32 << 20;

// An item as the feed gives it, for reading its link when it carries only a summary.
struct FeedItem {
  Article article;
  // No <content:encoded> / Atom <content>, and a description or summary of at most
  // kMaxSummaryChars characters: the story is at the item's link.
  bool summary_only = false;
  std::string updated;  // Atom <updated>, as written
  std::string version;  // what the feed says of the item; changes when the item changes
};

// ReadNewsFeed, with what each item is.
std::vector<FeedItem> ReadNewsFeedItems(std::string_view xml, std::string_view source_name);

inline constexpr std::size_t kMaxSummaryChars = 300;

}  // namespace briefcast
