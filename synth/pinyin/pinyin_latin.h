#pragma once

#include <string_view>

#include "synth/spoken_token.h"

namespace briefcast::pinyin {

// Appends the tokens for a run of ASCII letters and digits: digits are read one by one as
// Chinese syllables (5G -> wu3 G), all-capital letter groups and single letters are spelled
// (kLetters: APP, CEO), other words go to the English voice (kLatinWord: iPhone, hello).
void AppendLatinTokens(std::string_view ascii, SpokenTokens& tokens);

}  // namespace briefcast::pinyin
