#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "feeds/channel.h"
#include "feeds/episode.h"

namespace briefcast {

// Apple Podcasts and the Podcasting 2.0 namespace both cap descriptions at 4000.
inline constexpr std::size_t kMaxDescriptionBytes = 4000;

// The podcast's feed.xml: RSS 2.0 with the itunes, podcast (Podcasting 2.0), content and
// atom namespaces (docs/feed.md lists every element and where it is specified). Items come
// in the given order (newest first). Every URL is absolute below channel.base_url, which
// must end with '/'. Throws Error when a record's pub_date is not RFC 3339.
std::string BuildFeedXml(const Channel& channel, const std::vector<EpisodeRecord>& newest_first,
                         std::chrono::system_clock::time_point build_time);

// True when two BuildFeedXml results differ at most in their lastBuildDate.
bool SameFeedApartFromBuildDate(std::string_view a, std::string_view b);

// The URL the feed is served from (base_url + "feed.xml").
std::string FeedUrl(const Channel& channel);

}  // namespace briefcast
