#include "feeds/episode_audio.h"

#include "audio/loudness.h"
#include "audio/resampler.h"

namespace briefcast {

std::vector<ChapterMark> TimeChapters(const EpisodeScript& script, const Narration& narration,
                                      double min_chapter_seconds) {
  std::vector<ChapterMark> chapters;
  for (const ScriptChapter& chapter : script.chapters) {
    const double start =
        chapters.empty() ? 0.0 : narration.StartSeconds(narration.timeline[chapter.first_segment]);
    if (chapter.optional && !chapters.empty() &&
        start - chapters.back().start_seconds < min_chapter_seconds) {
      continue;
    }
    chapters.push_back({start, chapter.title, chapter.url});
  }
  return chapters;
}

EpisodeAudio RenderScript(const EpisodeScript& script, EspeakSession& speaker,
                          const PinyinConverter& converter, const Config& config) {
  const Narration narration = Narrate(script.segments, speaker, converter, config.pauses);
  EpisodeAudio episode;
  for (const TimedSegment& timed : narration.timeline) {
    if (timed.sample_count == 0) continue;
    episode.cues.push_back(
        {narration.StartSeconds(timed), narration.EndSeconds(timed), timed.segment.text});
  }
  episode.chapters = TimeChapters(script, narration);
  episode.pcm = Resample(narration.pcm, config.sample_rate_hz);
  NormalizeLoudness(episode.pcm, config.loudness);
  return episode;
}

}  // namespace briefcast
