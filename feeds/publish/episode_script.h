#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "synth/article.h"
#include "synth/speech/segment.h"

namespace briefcast {

// Where a chapter may start: at segment `first_segment`.
struct ScriptChapter {
  std::size_t first_segment = 0;
  std::string title;
  std::string url;        // the story's source, empty when unknown
  bool optional = false;  // dropped when it would start too soon after the previous one
};

// Everything an episode says, in order, and where its chapters start: the input of
// RenderScript. Built from one article (ArticleScript) or from several (a briefing).
struct EpisodeScript {
  std::vector<Segment> segments;
  std::vector<ScriptChapter> chapters;  // in segment order; the first starts at segment 0
};

// One article: its title and paragraphs as segments; a chapter for the title block (the
// article's title) and an optional one at every paragraph, titled with its first sentence
// cut at a clause boundary (ClauseTitle).
EpisodeScript ArticleScript(const Article& article);

// A chapter title from a paragraph's first sentence `text`: its whole clauses that fit in
// `max_chars` characters (the first clause whole, however long), the punctuation after
// the last one removed. Never cut inside a clause, never "…".
std::string ClauseTitle(const std::string& text, std::size_t max_chars = 32);

}  // namespace briefcast
