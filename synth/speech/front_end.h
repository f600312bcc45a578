#pragma once

#include <string_view>

#include "synth/pinyin/pinyin_converter.h"
#include "synth/spoken_token.h"

namespace briefcast {

// The whole text front end for one piece of text: normalization, then Hanzi -> pinyin.
// Every sentence briefcast speaks goes through here, so `briefcast pinyin` shows exactly
// what eSpeak is given. Each token's source span is in bytes of `text` (SpokenToken).
SpokenTokens ToSpokenTokens(std::string_view text, const PinyinConverter& converter);

}  // namespace briefcast
