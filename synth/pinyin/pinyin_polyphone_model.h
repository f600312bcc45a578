#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "synth/pinyin/pinyin_run.h"

namespace briefcast::pinyin {

// An averaged perceptron that picks the reading of a polyphonic character from its context
// (neighbouring characters and words, and the reading the lexicon and rules proposed,
// which starts with a prior so that sparse context evidence rarely overrides a dictionary).
// Trained by scripts/train-polyphone; weights in synth/data/pinyin_polyphone_model.tsv:
//   #option<TAB>value             (apply_in_words 0|1, char_prior, word_prior)
//   char<TAB>feature<TAB>reading:weight[ reading:weight...]
class PolyphoneModel {
 public:
  static const PolyphoneModel& Builtin();
  explicit PolyphoneModel(std::string_view tsv);

  // Re-reads the characters the model knows, unless a default or user lexicon fixed them
  // (or, without apply_in_words, a multi-character dictionary word did).
  void Disambiguate(HanRun& run) const;

  // The feature names for run[i], as scripts/train-polyphone computes them.
  static void Features(const HanRun& run, int i, std::vector<std::string>* out);

 private:
  // The reading with the highest score; `key` is "char\t" on entry (used as a buffer).
  std::string_view Best(std::string& key, const std::vector<std::string>& features,
                        std::string_view proposal, float prior) const;

  struct Weight {
    std::string_view reading;
    float value;
  };
  std::unordered_map<std::string_view, std::vector<Weight>> weights_;  // "char\tfeature"
  std::unordered_map<char32_t, bool> known_chars_;
  bool apply_in_words_ = false;
  // Head start of the proposed reading (one-character word, multi-character word): context
  // features must outweigh the lexicon to change it.
  float char_prior_ = 0;
  float word_prior_ = 0;
};

}  // namespace briefcast::pinyin
