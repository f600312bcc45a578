#pragma once

#include <string>

#include "feeds/channel.h"
#include "feeds/episode.h"

namespace briefcast {

// episodes/<id>.html: one episode's page (WCAG 2.1 AA): title, date, publisher, duration,
// the player (captions from the WebVTT), chapters that seek it, downloads, and the whole
// transcript: every spoken segment as a sentence (<span class="s" data-start data-end>,
// its timed words <span class="w" data-start>), in paragraphs, under a heading per chapter
// after the first (a briefing's stories). Read-along controls (speed, the time, keys) are
// shown by the script; without it the page is a plain complete transcript. Every text
// from articles is escaped.
std::string BuildEpisodeHtml(const Channel& channel, const EpisodeRecord& record);

}  // namespace briefcast
