#pragma once

#include <cstddef>
#include <vector>

#include "synth/article.h"
#include "synth/speech/segment.h"

namespace briefcast {

struct SegmenterOptions {
  // A sentence longer than this many characters is split further at clause punctuation
  // (，、；：—), packing clauses greedily up to the limit. 48 characters is about 11 s of
  // speech at a newsreader's pace and fits a two-line transcript cue of 32 characters each.
  std::size_t max_segment_chars = 48;
};

// Splits `article` into speakable segments: the title (paragraph -1, Boundary::kTitle),
// then each paragraph's sentences (ending at 。！？ and ASCII !?, closing quotes and
// brackets included) and, for long sentences, clauses. The last segment of a paragraph
// ends with kParagraph, the last of the article with kArticle. Segments keep the original
// text; concatenated, they give back each paragraph.
std::vector<Segment> SplitIntoSegments(const Article& article,
                                       const SegmenterOptions& options = {});

// The sentences and clauses of one paragraph (the pieces SplitIntoSegments uses).
std::vector<Segment> SplitParagraph(const std::string& paragraph, int paragraph_index,
                                    const SegmenterOptions& options = {});

}  // namespace briefcast
