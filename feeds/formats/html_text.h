#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feeds/episode.h"

namespace briefcast {

// The one escaping function for everything we put into HTML (the page, content:encoded):
// XmlSafeText() first, then & < > " ' as character references, so the result is safe in
// element content and in quoted attribute values alike.
std::string EscapeHtml(std::string_view text);

// A position in an episode as people read it: 65.4 -> "01:05", 3725 -> "1:02:05".
std::string ClockLabel(double seconds);

// Whole seconds of a media fragment (W3C Media Fragments "#t=65"): 65.4 -> "65".
std::string MediaFragmentSeconds(double seconds);

// An HTML list of chapter links "<a href="{audio_url}#t=65">01:05</a> title", one <li> per
// chapter; empty when there are no chapters. Every text is escaped.
std::string ChapterListHtml(const std::vector<ChapterMark>& chapters, const std::string& audio_url);

}  // namespace briefcast
