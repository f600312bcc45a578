#pragma once

#include <chrono>
#include <iosfwd>

#include "feeds/channel.h"
#include "feeds/site_layout.h"

namespace briefcast {

// `briefcast check --repair`: makes a damaged site whole again from what survives
// (docs/robustness.md). Removes temporaries left by interrupted runs; moves every record
// that does not parse, or whose audio is missing or of another size than it says, aside
// to episodes/<name>.damaged; rewrites missing transcripts and chapters from the records;
// then rebuilds cover.png, feed.xml and index.html from the remaining records exactly as
// publish does (RebuildSiteFiles), with `channel` over the site's stored identity (site.json;
// a damaged one is set aside and the identity adopted from feed.xml). Says what it did on
// `messages`, one line per change. Call while holding the site lock. Throws Error when the site
// cannot be written.
void RepairSite(const SiteLayout& site, const Channel& channel,
                std::chrono::system_clock::time_point now, std::ostream& messages);

}  // namespace briefcast
