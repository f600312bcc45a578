#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "synth/normalized_text.h"
#include "synth/spoken_token.h"

namespace briefcast {

// Hanzi -> pinyin for eSpeak's cmn-latn-pinyin voice.
//
// Input is normalized text (NormalizeText): Hanzi, Latin words, punctuation, no Arabic
// digits (digits that remain are read one by one). Output tokens are in reading order:
// every Hanzi becomes one kSyllable with a tone digit (5 = neutral) and `v` for ü, with
// 一/不 sandhi applied; punctuation becomes kBreak; Latin text becomes kLetters or kLatinWord.
class PinyinConverter {
 public:
  // The converter with the built-in lexicon. Built on first use; safe to share between threads.
  static const PinyinConverter& Builtin();

  // A converter whose entries from `user_lexicon_tsv` (lines "词<TAB>ci2 yu3", '#' comments)
  // win over the built-in ones. Throws Error naming `source_name` and the line when a line
  // is malformed.
  static std::unique_ptr<PinyinConverter> WithUserLexicon(std::string_view user_lexicon_tsv,
                                                          std::string_view source_name);

  virtual ~PinyinConverter() = default;

  // `numerals` are byte spans of `normalized_text` (NormalizeForReading) saying what each
  // numeral was written as; 一 in them is read by numeral rules (零点一 yi1, 一个 yi2 ge4).
  // Without them every 一 is read by its context alone. A user lexicon's replacement
  // rules that change the text drop the spans.
  virtual SpokenTokens Convert(std::string_view normalized_text,
                               std::span<const NumeralSpan> numerals) const = 0;
  SpokenTokens Convert(std::string_view normalized_text) const {
    return Convert(normalized_text, {});
  }
  SpokenTokens Convert(const NormalizedText& normalized) const {
    return Convert(normalized.text, normalized.numerals);
  }
};

// The `briefcast pinyin` line format: tokens separated by single spaces, breaks left out.
std::string FormatPinyinLine(const SpokenTokens& tokens);

}  // namespace briefcast
