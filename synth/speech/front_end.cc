#include "synth/speech/front_end.h"

#include "synth/normalize/text_normalizer.h"

namespace briefcast {

SpokenTokens ToSpokenTokens(std::string_view text, const PinyinConverter& converter) {
  return converter.Convert(NormalizeForReading(text));
}

}  // namespace briefcast
