#pragma once

#include <string>

#include "feeds/channel.h"

namespace briefcast {

// What the front page (index.html) and the episode pages (episodes/<id>.html) share: the
// <head> with the style sheet, and small formatting helpers. `root` is the way from the
// page to the site's root ("" or "../").
std::string PageHead(const Channel& channel, const std::string& title, const std::string& root);

// "2024-06-07T08:00:00+08:00" -> "2024年6月7日" in a <time>; the text when it is not a date.
std::string DateHtml(const std::string& rfc3339);

// 125 -> <time datetime="PT125S">2分5秒</time>.
std::string DurationHtml(double seconds);

// The page's script: chapter links that seek, one player at a time, and on an episode page
// the read-along (episodes/<id>.html; docs/feed.md, "Episode pages").
const char* PageScript();

}  // namespace briefcast
