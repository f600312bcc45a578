#pragma once

#include <string>
#include <utility>
#include <vector>

#include "feeds/episode.h"
#include "feeds/site_layout.h"

namespace briefcast {

// The files of an episode that are made from its record alone (no audio needed): the
// transcripts and the JSON chapters, as (suffix, content) in the order they are written.
std::vector<std::pair<std::string, std::string>> DerivedEpisodeFiles(const EpisodeRecord& record);

// Rewrites each derived file of `record` that is missing or differs from what the record
// makes (damaged, cut off, edited), atomically. Returns the files rewritten, as the user
// knows them ("episodes/<id>.vtt"). Throws Error when one cannot be written.
std::vector<std::string> RestoreDerivedFiles(const SiteLayout& site, const EpisodeRecord& record);

}  // namespace briefcast
