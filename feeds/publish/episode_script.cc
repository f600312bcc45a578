#include "feeds/publish/episode_script.h"

#include <algorithm>

#include "synth/speech/segmenter.h"
#include "synth/utf8.h"

namespace briefcast {

namespace {

bool IsClauseMark(char32_t c) {
  return c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U'。' || c == U'！' ||
         c == U'？' || c == U'…' || c == U'—';
}

bool IsSubheading(const Article& article, int paragraph) {
  return std::binary_search(article.subheadings.begin(), article.subheadings.end(),
                            static_cast<std::size_t>(paragraph));
}

}  // namespace

std::string ClauseTitle(const std::string& text, std::size_t max_chars) {
  const std::u32string chars = utf8::Decode(text);
  // Where each clause ends (after its mark), and the end of the text.
  std::size_t end = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const bool clause_ends =
        IsClauseMark(chars[i]) && (i + 1 == chars.size() || !IsClauseMark(chars[i + 1]));
    if (!clause_ends && i + 1 < chars.size()) continue;
    if (end > 0 && i + 1 > max_chars) break;  // the first clause is kept whole
    end = i + 1;
  }
  std::u32string title = chars.substr(0, end);
  while (!title.empty() && (IsClauseMark(title.back()) || title.back() == U' ')) title.pop_back();
  return utf8::Encode(title);
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
    if (!title && !article.subheadings.empty() && !IsSubheading(article, segment.paragraph)) {
      continue;  // the article's own subheadings begin its chapters
    }
    script.chapters.push_back({i, title ? article.title : ClauseTitle(segment.text),
                               article.source_url, !script.chapters.empty()});
  }
  return script;
}

}  // namespace briefcast
