#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "synth/pinyin_run.h"

namespace briefcast::pinyin {

// An averaged perceptron that picks the reading of a polyphonic character from its context
// (neighbouring characters and words, and the reading the lexicon and rules proposed).
// Trained by scripts/train-polyphone; weights in synth/data/pinyin_polyphone_model.tsv:
//   #option<TAB>value             (apply_in_words 0|1)
//   char<TAB>feature<TAB>reading:weight[ reading:weight...]
class PolyphoneModel {
 public:
  static const PolyphoneModel& Builtin();
  explicit PolyphoneModel(std::string_view tsv);

  // Re-reads the characters the model knows, unless a default or user lexicon fixed them
  // (or, without apply_in_words, a multi-character dictionary word did).
  void Disambiguate(HanRun& run) const;

  // The feature names for run[i], as the training script computes them.
  static std::vector<std::string> Features(const HanRun& run, int i);

 private:
  struct Weight {
    std::string_view reading;
    float value;
  };
  std::unordered_map<std::string_view, std::vector<Weight>> weights_;  // "char\tfeature"
  std::unordered_map<char32_t, bool> known_chars_;
  bool apply_in_words_ = false;
};

}  // namespace briefcast::pinyin
