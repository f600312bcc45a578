#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast::pinyin {

// The embedded word table (`word<TAB>frequency[<TAB>syllables]` lines) searched in place
// through one open-addressing index over the words and every proper prefix of a word, so
// segmentation knows when no longer word can match. A lookup touches one slot (8 bytes)
// and, for a word, its line. Building the index reads each line once (about 60 ms): the
// build does it once (briefcast_word_index, Serialize) and the binary links the result in,
// so that a process starts without building it (FromIndex).
class WordTable {
 public:
  struct Match {
    bool is_word = false;
    bool has_longer = false;     // a longer word starts with the looked-up string (may err
                                 // towards true on a hash collision, never towards false)
    double log_probability = 0;  // log(frequency / total of all frequencies)
    std::string_view syllables;  // empty: the characters' first readings
  };

  // Builds the index of `tsv`, which must outlive the table.
  explicit WordTable(std::string_view tsv);
  // The table of `tsv` with the index `index` (Serialize() of a table built from the same
  // bytes), both outliving it; builds the index when `index` is not one (an empty view, a
  // different version or another table's index).
  static WordTable FromIndex(std::string_view tsv, std::string_view index);
  // The index as bytes for FromIndex (host byte order).
  std::string Serialize() const;

  WordTable(WordTable&&) = default;  // slots_ may view owned_: moved, never copied
  WordTable(const WordTable&) = delete;
  WordTable& operator=(const WordTable&) = delete;

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

  WordTable() = default;
  // Reads lines of tsv_ into owned_ (then slots_), log_total_ and max_word_bytes_.
  void Build();

  std::string_view tsv_;
  std::vector<Slot> owned_;      // the index when this process built it
  std::span<const Slot> slots_;  // owned_, or the index linked into the binary
  double log_total_ = 0;
  size_t max_word_bytes_ = 0;
};

}  // namespace briefcast::pinyin
