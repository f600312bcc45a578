#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "synth/pinyin/pinyin_run.h"

namespace briefcast::pinyin {

// The context features of a polyphone, each the 64-bit FNV-1a hash of the string
// "char<TAB>name=value" that scripts/train-polyphone writes into the model (its features()
// is the mirror of this file), computed without building the strings. For run[i]:
//   b                      bias
//   L=hang2                the reading the lexicon and rules proposed
//   W=银行                 its word ("-" in a one-character word)
//   p1= p2= n1= n2=        the characters one and two before and after ("^"/"$" outside)
//   p21= n12= pn=          the bigrams before and after, and the characters on both sides
//   pw= nw=                the previous and next words
// and, with `rich` (a model's #rich_features 1):
//   wc=                    in a multi-character word, each other character of it,
//   wp=B2                  and its place in it (B, M, E) with the word's size (at most 4)
//   tr=1..3                how many characters within kWindow either side mostly spell
//                          foreign names (斯 尔 克 ...), if any
class PolyphoneFeatures {
 public:
  static constexpr int kWindow = 3;

  explicit PolyphoneFeatures(const HanRun& run);

  // Replaces `out` with the keys of run[i]'s features, in the order above (W= is out[2]).
  void Keys(int i, bool rich, std::vector<std::uint64_t>* out) const;

  // How many characters within kWindow of run[i] mostly spell foreign names.
  int NameCharsNear(int i) const;

  // The key of a whole "char<TAB>feature" string, as the model file spells it.
  static std::uint64_t Key(std::string_view text);

 private:
  std::string_view Char(int k) const;  // UTF-8 of run[k], "^" before and "$" after the run
  std::uint64_t Word(std::uint64_t hash, int begin) const;  // appends the word at `begin`
  void ContextKeys(std::uint64_t base, int i, std::vector<std::uint64_t>* out) const;
  void WordKeys(std::uint64_t base, int i, std::vector<std::uint64_t>* out) const;
  void WindowKeys(std::uint64_t base, int i, std::vector<std::uint64_t>* out) const;

  const HanRun& run_;
  std::string utf8_;                    // the run's characters, encoded once
  std::vector<std::uint32_t> offsets_;  // run[k] is utf8_[offsets_[k], offsets_[k + 1])
};

}  // namespace briefcast::pinyin
