#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "synth/pinyin/pinyin_replacements.h"

namespace briefcast::pinyin {

// Where a word's reading comes from; later sources win.
enum class Source : uint8_t { kCharacter, kDictionary, kDefaultLexicon, kUser };

// What the lexicon knows about a string of characters.
struct WordEntry {
  double log_probability = 0;  // segmentation weight: log(frequency / total)
  std::string_view syllables;  // space-separated; empty: each character's first reading
  Source source = Source::kDictionary;
  bool is_word = false;     // the string is a listed word
  bool has_longer = false;  // a longer listed word starts with it (segmentation goes on)
};

// Words with frequencies and readings, and the readings of single characters.
// The word table is the embedded TSV searched in place (WordTable); added entries live in a
// small hash map that wins.
// Views point into the embedded tables or into buffers shared between copies, so copying
// a lexicon to add user entries is cheap and leaves the original valid.
class PinyinLexicon {
 public:
  // The embedded tables plus the default lexicon (synth/data/default_lexicon.tsv).
  static const PinyinLexicon& Builtin();

  // Adds `word<TAB>syl1 syl2` lines ('#' comments, blank lines allowed) that win over
  // every existing entry, and "/PATTERN/<TAB>REPLACEMENT" lines (Replacements). Throws Error
  // naming `source_name` and the line when a line is malformed.
  void AddEntries(std::string_view tsv, std::string_view source_name, Source source);

  // What is known about `word` (UTF-8).
  WordEntry FindWord(std::string_view word) const;

  // The character's readings, most likely first ("xing2,hang2"); empty when unknown.
  std::string_view CharReadings(char32_t ch) const;
  // The first of CharReadings, or empty.
  std::string_view DefaultReading(char32_t ch) const;

  size_t max_word_chars() const { return max_word_chars_; }

  // The "/PATTERN/<TAB>REPLACEMENT" lines of the added lexicons.
  const Replacements& replacements() const { return replacements_; }

  struct Tables;  // the embedded tables, shared by all copies

 private:
  PinyinLexicon() = default;

  std::shared_ptr<const Tables> tables_;
  std::unordered_map<std::string_view, WordEntry> added_;  // words and their prefixes
  std::unordered_set<char32_t> added_first_chars_;
  std::vector<std::shared_ptr<const std::string>> owned_;  // added words and readings
  Replacements replacements_;
  size_t max_word_chars_ = 1;
};

// True when `syllable` is lower-case pinyin letters (with `v` for ü) and a tone digit 1-5.
bool IsToneSyllable(std::string_view syllable);

}  // namespace briefcast::pinyin
