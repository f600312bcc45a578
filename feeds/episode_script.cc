#include "feeds/episode_script.h"

#include "synth/segmenter.h"
#include "synth/utf8.h"

namespace briefcast {

std::string ShortenTitle(const std::string& text, std::size_t max_chars) {
  std::u32string chars = utf8::Decode(text);
  if (chars.size() <= max_chars) return text;
  chars.resize(max_chars - 1);
  return utf8::Encode(chars) + "…";
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
