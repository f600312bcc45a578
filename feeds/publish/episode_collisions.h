#pragma once

#include <vector>

#include "feeds/episode.h"
#include "feeds/publish/episode_plan.h"

namespace briefcast {

// Gives different articles with the same identity (the same title and date, or the same
// source URL: ArticleIdentity) different episodes, and keeps every published id as it was
// (docs/feed.md, "Episode ids"). An article keeps the id of its identity unless that id
// already belongs to a different article: a published record with another author, or an
// earlier article of this run with another author or other paragraphs. It then takes the
// id of its identity qualified by its author, and failing that by its author and text
// (a hash of the paragraphs); the guid follows the id. The same article given twice is one
// episode (the last one wins). A published episode with the same author is the article
// itself, edited; when there are two or more such episodes, which one an edit belongs to
// cannot be told, and Error names them. Plans without an identity (briefings) are kept.
void DistinguishEpisodes(std::vector<EpisodePlan>* plans,
                         const std::vector<EpisodeRecord>& published);

}  // namespace briefcast
