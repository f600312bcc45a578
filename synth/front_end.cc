#include "synth/front_end.h"

#include "synth/text_normalizer.h"

namespace briefcast {

SpokenTokens ToSpokenTokens(std::string_view text, const PinyinConverter& converter) {
  return converter.Convert(NormalizeText(text));
}

}  // namespace briefcast
