#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "synth/pinyin/pinyin_lexicon.h"

namespace briefcast::pinyin {

// One Han character of a run and its reading as the stages refine it.
struct HanSyllable {
  char32_t ch = 0;
  std::string syllable;                // "hang2"
  Source source = Source::kCharacter;  // kCharacter: a one-character word, reading still open
  int word_begin = 0;                  // index of the first character of its word in the run
  int word_size = 1;                   // characters in its word
  bool fixed_by_rule = false;          // a sure context rule: the polyphone model keeps it
};

// A maximal sequence of Han characters with no punctuation, space or other text between.
using HanRun = std::vector<HanSyllable>;

// Splits `text` (Han characters only, all with readings) into the most probable words
// (dynamic programming over log word probabilities, like jieba) and gives each character
// its word's reading, or its own most likely reading in a one-character word.
HanRun SegmentAndRead(const PinyinLexicon& lexicon, std::string_view text);

// Context rules for the polyphones news uses all the time (为 得 地 了 着 还 行 长 重 种 数 应
// 的 ...), applied to characters whose reading no multi-character word fixed; 行 and 数 are
// also re-read inside dictionary words whose sense depends on context (同行, 两行, 数数).
// Lexicon entries are left alone.
void ApplyPolyphoneRules(HanRun& run);

// 一 and 不 tone sandhi by the following syllable and position; 一 as a numeral stays yi1.
// Readings from a user lexicon are left alone.
void ApplyYiBuSandhi(const PinyinLexicon& lexicon, HanRun& run);

inline int Tone(std::string_view syllable) { return syllable.empty() ? 0 : syllable.back() - '0'; }

}  // namespace briefcast::pinyin
