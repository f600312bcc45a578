#pragma once

#include <string>
#include <vector>

#include "feeds/site_layout.h"

namespace briefcast {

// Validates a published site against what podcast apps require (docs/feed.md): feed.xml is
// well-formed with every required channel and item element; URLs are absolute; enclosure
// lengths equal the files' sizes and itunes:duration the MP3s' (frame scan); MP3s are not cut
// off; transcripts and chapters exist and parse; the artwork is a square PNG of 1400-3000 px;
// guids are unique; every episode record parses and is in the feed. Returns one line per
// problem, "feed.xml: item 2 (<guid>): enclosure length 1234 != file size 1200"; empty when
// the site is fine. Never throws for a broken site.
std::vector<std::string> CheckSite(const SiteLayout& site);

}  // namespace briefcast
