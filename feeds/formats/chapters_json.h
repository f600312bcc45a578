#pragma once

#include <string>
#include <vector>

#include "feeds/episode.h"

namespace briefcast {

// The Podcasting 2.0 JSON chapters file, version 1.2.0:
// {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "…", "url": "…"}]}.
// startTime in seconds rounded to milliseconds; "url" only when the chapter has one.
std::string BuildChaptersJson(const std::vector<ChapterMark>& chapters);

}  // namespace briefcast
