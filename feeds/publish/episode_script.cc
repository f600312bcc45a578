#include "feeds/publish/episode_script.h"

#include "synth/speech/segmenter.h"
#include "synth/utf8.h"

namespace briefcast {

namespace {

bool IsClauseMark(char32_t c) {
  return c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U'。' || c == U'！' ||
         c == U'？' || c == U'…' || c == U'—';
}

}  // namespace

std::string ShortenTitle(const std::string& text, std::size_t max_chars) {
  std::u32string chars = utf8::Decode(text);
  bool cut = false;
  if (chars.size() > max_chars) {
    // Cut after the last whole clause that fits; inside a clause only when none does.
    std::size_t end = max_chars - 1;
    while (end > max_chars / 2 && !IsClauseMark(chars[end - 1])) --end;
    if (end == max_chars / 2) end = max_chars - 1;
    chars.resize(end);
    cut = true;
  }
  while (!chars.empty() && IsClauseMark(chars.back())) chars.pop_back();
  return utf8::Encode(chars) + (cut ? "…" : "");
}

EpisodeScript ArticleScript(const Article& article) {
  EpisodeScript script;
  script.segments = SplitIntoSegments(article);
  int previous_paragraph = -2;
  for (std::size_t i = 0; i < script.segments.size(); ++i) {
    const Segment& segment = script.segments[i];
    if (segment.paragraph == previous_paragraph) continue;
    previous_paragraph = segment.paragraph;
    const bool title = segment.paragraph < 0;
    script.chapters.push_back({i, ShortenTitle(title ? article.title : segment.text),
                               article.source_url, !script.chapters.empty()});
  }
  return script;
}

}  // namespace briefcast
