#pragma once

#include <chrono>
#include <string>

#include "feeds/config.h"
#include "feeds/episode.h"
#include "feeds/publish/episode_script.h"
#include "synth/article.h"

namespace briefcast {

// An episode to publish, before any audio is made: what it says and what the feed will
// say about it. record has its identity and metadata (id, guid, title, author, pub_date,
// source_url, paragraphs, content_hash); its audio fields are filled when it is rendered.
struct EpisodePlan {
  EpisodeRecord record;
  EpisodeScript script;
  std::string identity;  // ArticleIdentity of an article's own episode; empty for briefings
};

// The plan for one article (its own episode), its id made with `slug` (episode_id.h).
EpisodePlan PlanArticle(const Article& article, const std::string& slug, const Config& config,
                        std::chrono::system_clock::time_point now);

// RFC 3339 publication time: `date` (YYYY-MM-DD) and `time` (HH:MM, 08:00 when empty) in
// China Standard Time, or `now` when `date` is empty.
std::string PublicationTime(const std::string& date, const std::string& time,
                            std::chrono::system_clock::time_point now);

// Hash of everything that decides an episode's audio: every segment's text and boundary,
// every sound setting and the user lexicon's content. Equal hashes mean the audio need not
// be made again.
std::string ContentHash(const EpisodeScript& script, const Config& config);

}  // namespace briefcast
