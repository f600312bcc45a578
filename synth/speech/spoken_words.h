#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "synth/spoken_token.h"

namespace briefcast {

// A word as the reader sees it and when it is heard: bytes [source_begin, source_end) of
// the text the tokens were read from, starting at `start_sample` of the speech.
struct SpokenWord {
  std::int64_t start_sample = 0;
  std::size_t source_begin = 0;
  std::size_t source_end = 0;
};

// Groups the spoken tokens into words of the original text, in order: tokens whose source
// spans overlap are one word (十四点五四亿元 is the one word "14.54亿元"), every other
// syllable, letter run or Latin word is a word of its own, breaks are none. A word starts
// at its first token's entry in `token_starts` (EspeakSession::Speak); a token with no
// start (-1) joins the word before it. Starts never decrease.
// REQUIRES: token_starts.size() == tokens.size().
std::vector<SpokenWord> GroupSpokenWords(const SpokenTokens& tokens,
                                         const std::vector<std::int64_t>& token_starts);

}  // namespace briefcast
