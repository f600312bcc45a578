#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "synth/normalized_text.h"
#include "synth/pinyin/pinyin_lexicon.h"

namespace briefcast::pinyin {

// One Han character of a run and its reading as the stages refine it.
struct HanSyllable {
  char32_t ch = 0;
  std::string syllable;                      // "hang2"
  Source source = Source::kCharacter;        // kCharacter: a one-character word, reading still open
  int word_begin = 0;                        // index of the first character of its word in the run
  int word_size = 1;                         // characters in its word
  double word_log_probability = 0;           // its word's segmentation weight (WordEntry)
  bool fixed_by_rule = false;                // a sure context rule: the polyphone model keeps it
  NumeralKind numeral = NumeralKind::kNone;  // what the normalizer read it from
  int numeral_span = -1;                     // index of that numeral span, -1 for none
};

// A maximal sequence of Han characters with no punctuation, space or other text between.
using HanRun = std::vector<HanSyllable>;

// Splits `text` (Han characters only, all with readings) into the most probable words
// (dynamic programming over log word probabilities, like jieba) and gives each character
// its word's reading, or its own most likely reading in a one-character word.
HanRun SegmentAndRead(const PinyinLexicon& lexicon, std::string_view text);

// Marks the characters of `run`, which starts at byte `run_begin` of `text`, that lie in
// one of `numerals` (byte spans of `text`, in order) with the span's kind and index.
void MarkNumerals(std::string_view text, std::size_t run_begin,
                  std::span<const NumeralSpan> numerals, HanRun& run);

// What comes right before a run: the start of a clause (the text's start, a comma or full
// stop, an opening quote), or the end of a phrase of the same clause: a closing quote or
// bracket, Latin letters or digits (以“安全第一”为主题, 《办法》为, APP为).
enum class RunStart { kClause, kAfterPhrase };

// Context rules for the polyphones news uses all the time (为 得 地 了 着 还 行 长 重 种 数 应
// 的 ...), applied to characters whose reading no multi-character word fixed; 行 and 数 are
// also re-read inside dictionary words whose sense depends on context (同行, 两行, 数数).
// Lexicon entries are left alone.
void ApplyPolyphoneRules(HanRun& run, RunStart start = RunStart::kClause);

// 一 and 不 tone sandhi by the following syllable and position; 一 as a numeral stays yi1.
// 一 in a numeral span is read by its kind: sandhi only where a number is counted or
// begins with 一 before 百/千/万/亿 (一个, 一万, 一千一百), yi1 elsewhere (零点一, 二比一,
// 二十一, 一九九八, 第一). Readings from a user lexicon are left alone.
void ApplyYiBuSandhi(const PinyinLexicon& lexicon, HanRun& run);

inline int Tone(std::string_view syllable) { return syllable.empty() ? 0 : syllable.back() - '0'; }

}  // namespace briefcast::pinyin
