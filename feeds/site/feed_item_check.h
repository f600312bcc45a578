#pragma once

#include <string>

#include "feeds/formats/xml_tree.h"
#include "feeds/site/site_check_context.h"

namespace briefcast {

// What the checks of one <item> learned about its episode.
struct CheckedItem {
  std::string guid;
  std::string name;             // "item 2 (<id> “<title>”)"
  std::string where;            // "feed.xml: " + name, how problems name it
  double duration_seconds = 0;  // of its MP3, 0 when it could not be measured
};

// Checks item number `index` (from 1) of the feed: its required elements and their values,
// the enclosure against its MP3 (size, frames, itunes:duration), and the transcripts and
// chapters it links to. REQUIRES: context.base_url() is set (CheckFeedChannel).
CheckedItem CheckFeedItem(const XmlNode& item, int index, SiteCheckContext& context);

}  // namespace briefcast
