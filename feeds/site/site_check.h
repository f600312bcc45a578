#pragma once

#include <string>
#include <vector>

#include "feeds/site_layout.h"

namespace briefcast {

// What `briefcast check` found in a site.
struct SiteCheckReport {
  std::vector<std::string> problems;  // one line each, empty when the site is fine
  int episodes = 0;                   // episode records that parse
  double duration_seconds = 0;        // their audio, in total
};

// Validates a published site against what podcast apps require (docs/feed.md): feed.xml is
// well-formed with every required channel and item element; URLs are absolute and below the
// site's stored base URL (site.json); podcast:guid is the stored one; enclosure lengths equal
// the files' sizes and itunes:duration the MP3s' (frame scan); MP3s are not cut off;
// transcripts and chapters exist and parse; the artwork is a square PNG of 1400-3000 px;
// guids are unique; every episode record parses and is in the feed. Reports every problem in
// one run: when the feed is missing or damaged, each record's files are checked instead.
// Lines name the episode by id and title:
// "feed.xml: item 2 (2024-06-07-x-3f9a1c “标题”): enclosure length 1234 != file size 1200".
// Never throws for a broken site.
SiteCheckReport InspectSite(const SiteLayout& site);

// InspectSite(site).problems.
std::vector<std::string> CheckSite(const SiteLayout& site);

// The report's last line: "ok: 4 episodes, 31 min", or "2 problems; 4 episodes, 31 min".
std::string CheckSummary(const SiteCheckReport& report);

}  // namespace briefcast
