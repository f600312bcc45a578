#pragma once

#include <memory>
#include <string>
#include <string_view>

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
  virtual SpokenTokens Convert(std::string_view normalized_text) const = 0;
};

// The `briefcast pinyin` line format: tokens separated by single spaces, breaks left out.
std::string FormatPinyinLine(const SpokenTokens& tokens);

}  // namespace briefcast
