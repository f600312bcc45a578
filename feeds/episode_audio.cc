#include "feeds/episode_audio.h"

#include "audio/loudness.h"
#include "audio/resampler.h"
#include "synth/segmenter.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

constexpr std::size_t kChapterTitleChars = 24;

std::string Shorten(const std::string& text, std::size_t max_chars) {
  std::u32string chars = utf8::Decode(text);
  if (chars.size() <= max_chars) return text;
  chars.resize(max_chars - 1);
  return utf8::Encode(chars) + "…";
}

}  // namespace

std::vector<ChapterMark> ArticleChapters(const Narration& narration, const Article& article,
                                         double min_chapter_seconds) {
  std::vector<ChapterMark> chapters;
  int previous_paragraph = -2;
  for (const TimedSegment& timed : narration.timeline) {
    const int paragraph = timed.segment.paragraph;
    if (paragraph == previous_paragraph) continue;
    previous_paragraph = paragraph;
    const double start = chapters.empty() ? 0.0 : narration.StartSeconds(timed);
    if (!chapters.empty() && start - chapters.back().start_seconds < min_chapter_seconds) {
      continue;
    }
    const std::string title = paragraph < 0 ? article.title : timed.segment.text;
    chapters.push_back({start, Shorten(title, kChapterTitleChars), article.source_url});
  }
  return chapters;
}

EpisodeAudio RenderArticle(const Article& article, EspeakSession& speaker,
                           const PinyinConverter& converter, const Config& config) {
  const Narration narration =
      Narrate(SplitIntoSegments(article), speaker, converter, config.pauses);
  EpisodeAudio episode;
  for (const TimedSegment& timed : narration.timeline) {
    if (timed.sample_count == 0) continue;
    episode.cues.push_back(
        {narration.StartSeconds(timed), narration.EndSeconds(timed), timed.segment.text});
  }
  episode.chapters = ArticleChapters(narration, article);
  episode.pcm = Resample(narration.pcm, config.sample_rate_hz);
  NormalizeLoudness(episode.pcm, config.loudness);
  return episode;
}

}  // namespace briefcast
