#pragma once

#include <vector>

#include "audio/pcm.h"
#include "feeds/config.h"
#include "feeds/episode.h"
#include "feeds/narration.h"
#include "synth/article.h"

namespace briefcast {

// An episode's finished sound and what lines up with it.
struct EpisodeAudio {
  Pcm pcm;                // at config.sample_rate_hz, loudness-normalized over the whole episode
  std::vector<Cue> cues;  // one per spoken segment, original text
  std::vector<ChapterMark> chapters;  // title first, then groups of paragraphs
};

// Chapters for one article's narration: the title block, then a chapter at each paragraph
// that starts at least `min_chapter_seconds` after the previous chapter, titled with the
// paragraph's first sentence (shortened to 24 characters).
std::vector<ChapterMark> ArticleChapters(const Narration& narration, const Article& article,
                                         double min_chapter_seconds = 30.0);

// Narrates `article`, resamples to config.sample_rate_hz and normalizes its loudness.
EpisodeAudio RenderArticle(const Article& article, EspeakSession& speaker,
                           const PinyinConverter& converter, const Config& config);

}  // namespace briefcast
