#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace briefcast::pinyin {

// The embedded word table (`word<TAB>frequency[<TAB>syllables]` lines) searched in place
// through one open-addressing index over the words and every proper prefix of a word, so
// segmentation knows when no longer word can match. A lookup touches one slot (8 bytes)
// and, for a word, its line. Building it reads each line once (tens of milliseconds).
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
  struct Slot {
    uint32_t check = 0;  // high hash bits | 1; 0 = empty
    uint32_t value = 0;  // kHasLonger | (line offset + 1), or kHasLonger alone for a prefix
  };
  static constexpr uint32_t kHasLonger = 0x80000000u;

  static uint64_t Hash(std::string_view text);
  std::string_view Key(uint32_t value) const;
  // The slot for `text`: its own, or the empty one where it belongs.
  Slot& SlotFor(std::string_view text, uint64_t hash);
  const Slot* Lookup(std::string_view text, uint64_t hash) const;

  std::string_view tsv_;
  std::vector<Slot> slots_;
  double log_total_ = 0;
  size_t max_word_bytes_ = 0;
};

}  // namespace briefcast::pinyin
