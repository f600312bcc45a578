#include "synth/speech/spoken_words.h"

#include <algorithm>

namespace briefcast {

std::vector<SpokenWord> GroupSpokenWords(const SpokenTokens& tokens,
                                         const std::vector<std::int64_t>& token_starts) {
  std::vector<SpokenWord> words;
  for (std::size_t i = 0; i < tokens.size() && i < token_starts.size(); ++i) {
    const SpokenToken& token = tokens[i];
    if (token.kind == SpokenToken::Kind::kBreak) continue;
    const bool has_source = token.source_end > token.source_begin;
    if (!words.empty()) {
      SpokenWord& last = words.back();
      const bool overlaps =
          token.source_begin < last.source_end && token.source_end > last.source_begin;
      if (overlaps || !has_source || token_starts[i] < 0) {
        if (has_source) last.source_end = std::max(last.source_end, token.source_end);
        continue;
      }
    }
    if (!has_source || token_starts[i] < 0) continue;  // nothing to show or to time it by
    const std::int64_t start =
        words.empty() ? token_starts[i] : std::max(token_starts[i], words.back().start_sample);
    words.push_back({start, token.source_begin, token.source_end});
  }
  return words;
}

}  // namespace briefcast
