#pragma once

#include <string>
#include <vector>

#include "feeds/channel.h"
#include "feeds/episode.h"

namespace briefcast {

// public/index.html: the podcast's front page (WCAG 2.1 AA): lang="zh-CN", a skip link,
// how to subscribe (the RSS URL to copy, a podcast:// link), then the newest 30 episodes,
// each with its date, publisher, duration, a short summary and a link to its page
// (episodes/<id>.html, BuildEpisodeHtml). Self-contained (no external assets); every text
// from articles is escaped. Episodes appear in the given order.
std::string BuildIndexHtml(const Channel& channel, const std::vector<EpisodeRecord>& newest_first);

}  // namespace briefcast
