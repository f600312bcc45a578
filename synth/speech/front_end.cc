#include "synth/speech/front_end.h"

#include "synth/normalize/text_normalizer.h"

namespace briefcast {

SpokenTokens ToSpokenTokens(std::string_view text, const PinyinConverter& converter) {
  const NormalizedText normalized = NormalizeForReading(text);
  SpokenTokens tokens = converter.Convert(normalized);
  for (SpokenToken& token : tokens) {
    const SourceSpan source = normalized.SourceOf(token.source_begin, token.source_end);
    token.source_begin = source.begin;
    token.source_end = source.end;
  }
  return tokens;
}

}  // namespace briefcast
