#pragma once

#include <optional>

#include "feeds/channel.h"
#include "feeds/formats/xml_tree.h"
#include "feeds/site/site_check_context.h"

namespace briefcast {

// Checks the feed document as a whole (REQUIRES: `rss` is <rss version="2.0"> with a
// <channel>): the namespaces, that every url/href attribute and <link> is an absolute URL,
// every required channel element and its value, and the artwork <itunes:image> names.
// `stored` is the site's identity from site.json, when it has one: the channel's <link> must
// be its base URL and podcast:guid its podcast_guid; without one (or before the site had a
// base URL) podcast:guid must be the UUIDv5 of the feed URL. Sets context.base_url(), which
// the item checks need: the stored base URL, else the channel's <link>.
void CheckFeedChannel(const XmlNode& rss, const std::optional<Channel>& stored,
                      SiteCheckContext& context);

// True for "http://…" and "https://…".
bool IsAbsoluteUrl(const std::string& url);

}  // namespace briefcast
