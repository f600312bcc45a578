#include "synth/pinyin/pinyin_word_table.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>

#include "synth/utf8.h"

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
  return hash;
}

namespace {

// The serialized index: this header, then the slots.
struct IndexHeader {
  char magic[8] = {'B', 'C', 'W', 'I', 'D', 'X', '1', '\0'};
  uint64_t tsv_bytes = 0;  // the size of the table it indexes
  uint64_t slots = 0;
  uint64_t max_word_bytes = 0;
  double log_total = 0;
};

}  // namespace

WordTable::WordTable(std::string_view tsv) : tsv_(tsv) { Build(); }

WordTable WordTable::FromIndex(std::string_view tsv, std::string_view index) {
  WordTable table;
  table.tsv_ = tsv;
  IndexHeader header, expected;
  if (index.size() >= sizeof header) std::memcpy(&header, index.data(), sizeof header);
  const bool usable = index.size() >= sizeof header &&
                      std::memcmp(header.magic, expected.magic, sizeof header.magic) == 0 &&
                      header.tsv_bytes == tsv.size() && std::has_single_bit(header.slots) &&
                      index.size() == sizeof header + header.slots * sizeof(Slot) &&
                      reinterpret_cast<uintptr_t>(index.data()) % alignof(Slot) == 0;
  if (!usable) {
    table.Build();
    return table;
  }
  table.slots_ = {reinterpret_cast<const Slot*>(index.data() + sizeof header), header.slots};
  table.max_word_bytes_ = header.max_word_bytes;
  table.log_total_ = header.log_total;
  return table;
}

std::string WordTable::Serialize() const {
  IndexHeader header;
  header.tsv_bytes = tsv_.size();
  header.slots = slots_.size();
  header.max_word_bytes = max_word_bytes_;
  header.log_total = log_total_;
  std::string bytes(reinterpret_cast<const char*>(&header), sizeof header);
  bytes.append(reinterpret_cast<const char*>(slots_.data()), slots_.size_bytes());
  return bytes;
}

void WordTable::Build() {
  const std::string_view tsv = tsv_;
  std::vector<std::string_view> lines = Lines(tsv);
  owned_.assign(std::bit_ceil(lines.size() * 3 + 1), Slot{});
  slots_ = owned_;
  double total = 0;
  for (std::string_view line : lines) {
    std::string_view word = line.substr(0, line.find('\t'));
    if (word.size() == line.size()) continue;
    double freq = 0;
    std::string_view rest = line.substr(word.size() + 1);
    std::from_chars(rest.data(), rest.data() + rest.size(), freq);
    total += freq;
    max_word_bytes_ = std::max(max_word_bytes_, word.size());
    Slot& slot = SlotFor(word, Hash(word));
    if ((slot.value & ~kHasLonger) == 0) {  // new, or known so far as a prefix only
      slot.value |= static_cast<uint32_t>(line.data() - tsv.data()) + 1;
    }
  }
  for (std::string_view line : lines) {
    std::string_view word = line.substr(0, line.find('\t'));
    size_t pos = 0;
    utf8::Next(word, &pos);
    while (pos < word.size()) {
      std::string_view prefix = word.substr(0, pos);
      SlotFor(prefix, Hash(prefix)).value |= kHasLonger;
      utf8::Next(word, &pos);
    }
  }
  log_total_ = std::log(std::max(total, 1.0));
}

std::string_view WordTable::Key(uint32_t value) const {
  uint32_t offset = (value & ~kHasLonger) - 1;
  std::string_view rest = tsv_.substr(offset);
  return rest.substr(0, rest.find('\t'));
}

WordTable::Slot& WordTable::SlotFor(std::string_view text, uint64_t hash) {
  const size_t mask = owned_.size() - 1;
  const uint32_t check = static_cast<uint32_t>(hash >> 32) | 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = owned_[i];
    if (slot.check == 0) {
      slot.check = check;
      return slot;
    }
    if (slot.check != check) continue;
    // A prefix-only slot cannot be compared: a 2^-31 collision only costs a lookup.
    if ((slot.value & ~kHasLonger) == 0 || Key(slot.value) == text) return slot;
  }
}

const WordTable::Slot* WordTable::Lookup(std::string_view text, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  const uint32_t check = static_cast<uint32_t>(hash >> 32) | 1;
  for (size_t i = hash & mask; slots_[i].check != 0; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.check != check) continue;
    if ((slot.value & ~kHasLonger) == 0 || Key(slot.value) == text) return &slot;
  }
  return nullptr;
}

WordTable::Match WordTable::Find(std::string_view word) const {
  Match match;
  if (word.size() > max_word_bytes_) return match;
  const Slot* slot = Lookup(word, Hash(word));
  if (slot == nullptr) return match;
  match.has_longer = (slot->value & kHasLonger) != 0;
  uint32_t offset_plus_one = slot->value & ~kHasLonger;
  if (offset_plus_one == 0) return match;
  std::string_view line = tsv_.substr(offset_plus_one - 1 + word.size() + 1);
  line = line.substr(0, line.find('\n'));
  size_t tab = line.find('\t');
  double freq = 1;
  std::from_chars(line.data(), line.data() + line.size(), freq);
  match.is_word = true;
  match.log_probability = std::log(freq) - log_total_;
  if (tab != std::string_view::npos) match.syllables = line.substr(tab + 1);
  return match;
}

}  // namespace briefcast::pinyin
