#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace briefcast {

// What ends a segment; decides the silence after it.
enum class Boundary { kClause, kSentence, kParagraph, kTitle, kArticle };

// Silence after each kind of boundary. Defaults are a newsreader's pauses.
struct PauseSettings {
  std::chrono::milliseconds clause{150};
  std::chrono::milliseconds sentence{300};
  std::chrono::milliseconds paragraph{600};
  std::chrono::milliseconds title{800};
  std::chrono::milliseconds article{1500};
  std::chrono::milliseconds edge{250};  // before the first and after the last segment

  std::chrono::milliseconds After(Boundary boundary) const;
};

// A piece of an article spoken in one breath.
struct Segment {
  std::string text;                         // original text, as shown in transcripts
  int paragraph = 0;                        // -1 for the title, then 0, 1, ... for the paragraphs
  Boundary boundary = Boundary::kSentence;  // what follows it
};

}  // namespace briefcast
