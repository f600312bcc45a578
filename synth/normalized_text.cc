#include "synth/normalized_text.h"

#include <algorithm>

namespace briefcast {

SourceSpan NormalizedText::SourceOf(std::size_t begin, std::size_t end) const {
  // The first piece that ends after `begin`.
  auto first = std::upper_bound(sources.begin(), sources.end(), begin,
                                [](std::size_t at, const SourcePiece& p) { return at < p.end; });
  if (first == sources.end()) {
    const std::size_t last = sources.empty() ? 0 : sources.back().source_end;
    return {last, last};
  }
  if (first->begin >= std::max(end, begin + 1)) return {first->source_begin, first->source_begin};
  SourceSpan span{first->source_begin, first->source_end};
  for (auto piece = first; piece != sources.end() && piece->begin < end; ++piece) {
    span.begin = std::min(span.begin, piece->source_begin);
    span.end = std::max(span.end, piece->source_end);
  }
  return span;
}

}  // namespace briefcast
