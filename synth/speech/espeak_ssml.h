#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "synth/spoken_token.h"

namespace briefcast {

// The SSML eSpeak is given for `tokens` (ToEspeakSsml, espeak_synthesizer.h); `ranges`, when
// given, receives each token's characters in it, [first, second), where eSpeak's word events
// point (their text_position, 1-based).
std::string SsmlWithRanges(const SpokenTokens& tokens, const std::string& voice_name,
                           std::vector<std::pair<std::size_t, std::size_t>>* ranges);

}  // namespace briefcast
