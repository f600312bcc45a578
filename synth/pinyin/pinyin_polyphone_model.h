#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "synth/pinyin/pinyin_run.h"

namespace briefcast::pinyin {

// An averaged perceptron that picks the reading of a polyphonic character from its context
// (the features of synth/pinyin/pinyin_polyphone_features.h) and the reading the lexicon and
// rules proposed, which starts with a prior so that sparse context evidence rarely overrides
// a dictionary. Trained by scripts/train-polyphone; weights in
// synth/data/pinyin_polyphone_model.tsv:
//   #option<TAB>value             (apply_in_words 0|1, rich_features 0|1 (the features
//                                  PolyphoneFeatures computes only then), unseen_words
//                                  0|1|2, char_prior, word_prior; 0 when absent)
//   char<TAB>feature<TAB>reading:weight[ reading:weight...]
// (a W=word feature with no weights records a word training saw).
class PolyphoneModel {
 public:
  static const PolyphoneModel& Builtin();
  explicit PolyphoneModel(std::string_view tsv);

  // Re-reads the characters the model knows, unless a default or user lexicon fixed them
  // (or, without apply_in_words, a multi-character dictionary word did). A dictionary word
  // the model never saw in training is re-read as unseen_words says: 0 never, 1 only among
  // characters that spell foreign names (at least two of them within the feature window: a
  // name the segmentation cut into dictionary words), 2 always.
  void Disambiguate(HanRun& run) const;

 private:
  struct Weight {
    std::string_view reading;
    float value;
  };
  struct Score {
    std::string_view reading;
    float value;
  };

  void ReadLine(std::string_view line);
  // The reading with the highest score over the features' weights.
  std::string_view Best(const std::vector<std::uint64_t>& keys, std::string_view proposal,
                        float prior, std::vector<Score>* scores) const;

  // By PolyphoneFeatures::Key of "char\tfeature".
  std::unordered_map<std::uint64_t, std::vector<Weight>> weights_;
  std::vector<bool> known_chars_;  // by code point
  bool apply_in_words_ = false;
  bool rich_features_ = false;
  int unseen_words_ = 0;
  // Head start of the proposed reading (one-character word, multi-character word): context
  // features must outweigh the lexicon to change it.
  float char_prior_ = 0;
  float word_prior_ = 0;
};

}  // namespace briefcast::pinyin
