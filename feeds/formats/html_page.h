#pragma once

#include <string>
#include <vector>

#include "feeds/channel.h"
#include "feeds/episode.h"

namespace briefcast {

// public/index.html: the podcast as one accessible page (WCAG 2.1 AA): lang="zh-CN", a skip
// link, one <h2> per episode with a player (captions from the episode's WebVTT), chapter
// links that seek that player (plain links to "audio#t=…" without JavaScript), the
// transcript as text, visible focus, underlined links. Self-contained (no external
// assets); every text from articles is escaped. Episodes appear in the given order.
std::string BuildIndexHtml(const Channel& channel, const std::vector<EpisodeRecord>& newest_first);

}  // namespace briefcast
