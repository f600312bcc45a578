#include "synth/pinyin_word_table.h"

#include <bit>
#include <charconv>
#include <cmath>

#include "synth/pinyin_utf8.h"

namespace briefcast::pinyin {
namespace {

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  lines.reserve(text.size() / 12);
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) lines.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return lines;
}

}  // namespace

uint64_t WordTable::Hash(std::string_view text) {
  uint64_t hash = 1469598103934665603ULL;  // FNV-1a
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash | 1;  // never 0, the empty-slot marker
}

WordTable::WordTable(std::string_view tsv) : tsv_(tsv) {
  std::vector<std::string_view> lines = Lines(tsv);
  slots_.assign(std::bit_ceil(lines.size() * 2 + 1), 0);
  prefix_slots_.assign(std::bit_ceil(lines.size() * 4 + 1), 0);
  const size_t mask = slots_.size() - 1;
  double total = 0;
  for (std::string_view line : lines) {
    std::string_view word = line.substr(0, line.find('\t'));
    if (word.size() == line.size()) continue;
    double freq = 0;
    std::string_view rest = line.substr(word.size() + 1);
    std::from_chars(rest.data(), rest.data() + rest.size(), freq);
    total += freq;
    max_word_bytes_ = std::max(max_word_bytes_, word.size());
    for (size_t slot = Hash(word) & mask;; slot = (slot + 1) & mask) {
      if (slots_[slot] == 0) {
        slots_[slot] = static_cast<uint32_t>(line.data() - tsv.data()) + 1;
        break;
      }
      if (Key(slots_[slot] - 1) == word) break;  // keep the first of duplicate lines
    }
    size_t pos = 0;
    DecodeUtf8(word, &pos);
    while (pos < word.size()) {
      InsertPrefixHash(Hash(word.substr(0, pos)));
      DecodeUtf8(word, &pos);
    }
  }
  log_total_ = std::log(std::max(total, 1.0));
}

std::string_view WordTable::Key(uint32_t offset) const {
  std::string_view rest = tsv_.substr(offset);
  return rest.substr(0, rest.find('\t'));
}

void WordTable::InsertPrefixHash(uint64_t hash) {
  const size_t mask = prefix_slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (prefix_slots_[slot] == hash) return;
    if (prefix_slots_[slot] == 0) {
      prefix_slots_[slot] = hash;
      return;
    }
  }
}

bool WordTable::HasPrefixHash(uint64_t hash) const {
  const size_t mask = prefix_slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    if (prefix_slots_[slot] == hash) return true;
    if (prefix_slots_[slot] == 0) return false;
  }
}

WordTable::Match WordTable::Find(std::string_view word) const {
  Match match;
  if (word.size() > max_word_bytes_) return match;
  const uint64_t hash = Hash(word);
  match.has_longer = HasPrefixHash(hash);
  const size_t mask = slots_.size() - 1;
  for (size_t slot = hash & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    std::string_view line = tsv_.substr(slots_[slot] - 1);
    if (!line.starts_with(word) || line.size() <= word.size() || line[word.size()] != '\t') {
      continue;
    }
    line = line.substr(word.size() + 1, line.find('\n') - word.size() - 1);
    size_t tab = line.find('\t');
    double freq = 1;
    std::from_chars(line.data(), line.data() + line.size(), freq);
    match.is_word = true;
    match.log_probability = std::log(freq) - log_total_;
    if (tab != std::string_view::npos) match.syllables = line.substr(tab + 1);
    break;
  }
  return match;
}

}  // namespace briefcast::pinyin
