#pragma once

#include <vector>

#include "audio/pcm.h"
#include "feeds/config.h"
#include "feeds/episode.h"
#include "feeds/episode_script.h"
#include "feeds/narration.h"

namespace briefcast {

// An episode's finished sound and what lines up with it.
struct EpisodeAudio {
  Pcm pcm;                // at config.sample_rate_hz, loudness-normalized over the whole episode
  std::vector<Cue> cues;  // one per spoken segment, original text
  std::vector<ChapterMark> chapters;  // from the script, timed
};

// Times the script's chapters on `narration`: a chapter starts where its first segment is
// heard (the first chapter at 0); an optional chapter starting less than
// `min_chapter_seconds` after the previous one is dropped.
std::vector<ChapterMark> TimeChapters(const EpisodeScript& script, const Narration& narration,
                                      double min_chapter_seconds = 30.0);

// Narrates the script, resamples to config.sample_rate_hz and normalizes its loudness.
EpisodeAudio RenderScript(const EpisodeScript& script, EspeakSession& speaker,
                          const PinyinConverter& converter, const Config& config);

}  // namespace briefcast
