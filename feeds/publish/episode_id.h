#pragma once

#include <string>
#include <vector>

#include "feeds/episode.h"
#include "synth/article.h"
#include "synth/pinyin/pinyin_converter.h"

namespace briefcast {

// Who an article is, across edits: its source URL when it has one, else its title and
// publication date (the title's spaces left out). An edited text keeps its identity (and so its
// episode and guid).
std::string ArticleIdentity(const Article& article);

// The slug of a title in an episode id: the pinyin of its first six syllables, ASCII
// [a-z0-9-], e.g. "yi-qi-re-la" ("episode" when the title has none).
std::string TitleSlug(const std::string& title, const PinyinConverter& converter);

// The slug of the published episode of the same title and date (`date` empty: undated), or ""
// when there is none. An episode's id, and so its URL, never changes once published, even when
// a later briefcast reads its title differently; and an unchanged re-publish needs no pinyin.
std::string PublishedSlug(const std::string& title, const std::string& date,
                          const std::vector<EpisodeRecord>& published);

// "<date or 'undated'>-<slug>-<6 hex of the SHA-1 of identity>": the form of every id, at
// most 64 characters, e.g. "2024-06-07-yi-qi-re-la-3f9a1c". The same identity always gives the
// same id; different identities never collide in practice (the hash part).
// REQUIRES: slug is ASCII [a-z0-9-].
std::string MakeEpisodeId(const std::string& date, const std::string& slug,
                          const std::string& identity);

// `id` (a MakeEpisodeId) with its hash part taken from `identity` instead: the id of an
// article told apart from another of the same title and date (episode_collisions.h).
std::string QualifyEpisodeId(const std::string& id, const std::string& identity);

// The episode's guid: a UUIDv5 of the identity, stable forever.
std::string EpisodeGuid(const Article& article);
std::string EpisodeGuidOf(const std::string& identity);

}  // namespace briefcast
