#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace briefcast::pinyin {

// The embedded word table (`word<TAB>frequency[<TAB>syllables]` lines) searched in place
// through an open-addressing index of line offsets, plus a set of the hashes of every proper
// prefix of every word, so segmentation knows when no longer word can match.
// Building it reads each line once (a few tens of milliseconds for 200k words).
class WordTable {
 public:
  struct Match {
    bool is_word = false;
    bool has_longer = false;     // a longer word starts with the looked-up string (may err
                                 // towards true on a hash collision, never towards false)
    double log_probability = 0;  // log(frequency / total of all frequencies)
    std::string_view syllables;  // empty: the characters' first readings
  };

  explicit WordTable(std::string_view tsv);

  Match Find(std::string_view word) const;
  // Longest word, in bytes.
  size_t max_word_bytes() const { return max_word_bytes_; }

 private:
  static uint64_t Hash(std::string_view text);
  std::string_view Key(uint32_t offset) const;
  void InsertPrefixHash(uint64_t hash);
  bool HasPrefixHash(uint64_t hash) const;

  std::string_view tsv_;
  std::vector<uint32_t> slots_;         // line offset + 1; 0 = empty
  std::vector<uint64_t> prefix_slots_;  // prefix hashes; 0 = empty
  double log_total_ = 0;
  size_t max_word_bytes_ = 0;
};

}  // namespace briefcast::pinyin
