#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "synth/pinyin/pinyin_run.h"

// What the context rules of pinyin_rules.cc, pinyin_sense_rules.cc and pinyin_wei_rule.cc
// share: matching characters and words of a run around an index.
namespace briefcast::pinyin::rules {

// A rule's verdict on one character.
struct Rule {
  std::string reading;  // empty: no rule applies
  bool sure = false;    // the polyphone model may not change it
};

// run[i].ch, or 0 outside the run.
inline char32_t At(const HanRun& run, int i) {
  return i >= 0 && i < static_cast<int>(run.size()) ? run[i].ch : 0;
}

// True when run[i] belongs to a numeral the normalizer read from digits (false outside).
inline bool FromDigits(const HanRun& run, int i) {
  return i >= 0 && i < static_cast<int>(run.size()) && run[i].numeral != NumeralKind::kNone;
}

inline bool OneOf(char32_t ch, std::u32string_view set) {
  return ch != 0 && set.find(ch) != std::u32string_view::npos;
}

// True when the characters from run index `begin` on spell `word` (false past either end).
inline bool TextAt(const HanRun& run, int begin, std::u32string_view word) {
  if (begin < 0 || begin + static_cast<int>(word.size()) > static_cast<int>(run.size())) {
    return false;
  }
  for (size_t k = 0; k < word.size(); ++k) {
    if (run[begin + k].ch != word[k]) return false;
  }
  return true;
}

// True when one of `words` ends right before run index `end`.
inline bool AnyEndsAt(const HanRun& run, int end,
                      std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view word : words) {
    if (TextAt(run, end - static_cast<int>(word.size()), word)) return true;
  }
  return false;
}

// The length of the first of `words` that starts at run index `begin`, 0 for none.
inline int WordStartingAt(const HanRun& run, int begin,
                          std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view word : words) {
    if (TextAt(run, begin, word)) return static_cast<int>(word.size());
  }
  return 0;
}

// True when one of `words` starts at run index `begin`.
inline bool AnyStartsAt(const HanRun& run, int begin,
                        std::initializer_list<std::u32string_view> words) {
  return WordStartingAt(run, begin, words) > 0;
}

// True when run[i]'s word is exactly `word`.
inline bool InWord(const HanRun& run, int i, std::u32string_view word) {
  return run[i].word_size == static_cast<int>(word.size()) && TextAt(run, run[i].word_begin, word);
}

// 行, 数, 中 and 结 by their sense, also inside the dictionary words whose sense context
// decides (同行, 两行, 第一行; 数数, 数一数; 中中了; 结果): pinyin_sense_rules.cc.
Rule SenseRule(const HanRun& run, int i);

// 为 wei4 "for, on behalf of" or the copula wei2 (pinyin_wei_rule.cc); `start` says what
// comes before the run.
Rule WeiRule(const HanRun& run, int i, RunStart start);

}  // namespace briefcast::pinyin::rules
