#include "feeds/publish/news_sentence.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

#include "synth/speech/segmenter.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

constexpr std::size_t kMaxSetPhraseChars = 5;
constexpr std::size_t kMinNewsChars = 8;

bool IsClauseMark(char32_t c) {
  return c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U'。' || c == U'！' ||
         c == U'？' || c == U'…' || c == U'—' || c == ',' || c == ';' || c == '!' || c == '?';
}

bool IsTextChar(char32_t c) {
  return utf8::IsHan(c) || utf8::IsAsciiDigit(c) || utf8::IsAsciiLetter(c);
}

// True when `sentence` says no news: too short, or only short set phrases.
bool IsOpener(const std::string& sentence) {
  std::size_t text_chars = 0, clause_chars = 0, longest_clause = 0;
  for (const char32_t c : utf8::Decode(sentence)) {
    if (IsClauseMark(c)) {
      clause_chars = 0;
    } else if (IsTextChar(c)) {
      ++text_chars;
      longest_clause = std::max(longest_clause, ++clause_chars);
    }
  }
  return text_chars < kMinNewsChars || longest_clause <= kMaxSetPhraseChars;
}

}  // namespace

std::string FirstNewsSentence(const Article& article) {
  SegmenterOptions whole_sentences;
  whole_sentences.max_segment_chars = std::numeric_limits<std::size_t>::max();
  std::string first;
  for (const std::string& paragraph : article.paragraphs) {
    for (const Segment& sentence : SplitParagraph(paragraph, 0, whole_sentences)) {
      if (!IsOpener(sentence.text)) return sentence.text;
      if (first.empty()) first = sentence.text;
    }
  }
  return first;
}

}  // namespace briefcast
