#include "synth/speech/segment.h"

namespace briefcast {

std::chrono::milliseconds PauseSettings::After(Boundary boundary) const {
  switch (boundary) {
    case Boundary::kClause:
      return clause;
    case Boundary::kSentence:
      return sentence;
    case Boundary::kParagraph:
      return paragraph;
    case Boundary::kTitle:
      return title;
    case Boundary::kArticle:
      return article;
  }
  return sentence;
}

}  // namespace briefcast
