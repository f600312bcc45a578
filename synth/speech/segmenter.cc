#include "synth/speech/segmenter.h"

#include <string>
#include <string_view>

#include "synth/utf8.h"

namespace briefcast {
namespace {

bool IsSentenceEnd(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?';
}

bool IsClauseEnd(char32_t c) {
  return c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U'—' || c == U'…' ||
         c == ',' || c == ';';
}

// Marks that belong to the end of the sentence before them.
bool IsClosing(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』' || c == U'）' || c == U'》' ||
         c == U'】' || c == ')' || c == '"' || IsSentenceEnd(c);
}

struct Piece {
  std::u32string text;
  bool ends_sentence = false;
};

// Cuts `text` after every mark for which `is_end` holds, closing marks staying with it.
std::vector<std::u32string> CutAfter(const std::u32string& text, bool (*is_end)(char32_t)) {
  std::vector<std::u32string> pieces;
  std::u32string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current.push_back(text[i]);
    if (!is_end(text[i])) continue;
    while (i + 1 < text.size() && IsClosing(text[i + 1])) current.push_back(text[++i]);
    pieces.push_back(std::move(current));
    current.clear();
  }
  if (!current.empty()) pieces.push_back(std::move(current));
  return pieces;
}

// Packs the clauses of a long sentence into pieces of at most `limit` characters (a single
// clause longer than the limit stays whole: cutting inside a clause would break a word).
std::vector<Piece> PackClauses(const std::u32string& sentence, std::size_t limit) {
  std::vector<Piece> pieces;
  for (std::u32string& clause : CutAfter(sentence, IsClauseEnd)) {
    if (!pieces.empty() && pieces.back().text.size() + clause.size() <= limit) {
      pieces.back().text += clause;
    } else {
      pieces.push_back({std::move(clause), false});
    }
  }
  pieces.back().ends_sentence = true;
  return pieces;
}

}  // namespace

std::vector<Segment> SplitParagraph(const std::string& paragraph, int paragraph_index,
                                    const SegmenterOptions& options) {
  std::vector<Segment> segments;
  for (const std::u32string& sentence : CutAfter(utf8::Decode(paragraph), IsSentenceEnd)) {
    std::vector<Piece> pieces = sentence.size() > options.max_segment_chars
                                    ? PackClauses(sentence, options.max_segment_chars)
                                    : std::vector<Piece>{{sentence, true}};
    for (Piece& piece : pieces) {
      segments.push_back({utf8::Encode(piece.text), paragraph_index,
                          piece.ends_sentence ? Boundary::kSentence : Boundary::kClause});
    }
  }
  if (!segments.empty()) segments.back().boundary = Boundary::kParagraph;
  return segments;
}

std::vector<Segment> SplitIntoSegments(const Article& article, const SegmenterOptions& options) {
  std::vector<Segment> segments;
  if (!article.title.empty()) segments.push_back({article.title, -1, Boundary::kTitle});
  for (std::size_t i = 0; i < article.paragraphs.size(); ++i) {
    for (Segment& segment : SplitParagraph(article.paragraphs[i], static_cast<int>(i), options)) {
      segments.push_back(std::move(segment));
    }
  }
  if (!segments.empty()) segments.back().boundary = Boundary::kArticle;
  return segments;
}

}  // namespace briefcast
