#include "synth/pinyin_lexicon.h"

#include <charconv>
#include <cmath>

#include "audio/error.h"
#include "synth/embedded_data.h"
#include "synth/pinyin_utf8.h"

namespace briefcast::pinyin {
namespace {

// Calls `fn(line, line_number)` for every line of `text`, without the newline.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t line_number = 0;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line, ++line_number);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

// Splits at the first tab; the second part is empty when there is none.
std::pair<std::string_view, std::string_view> SplitTab(std::string_view line) {
  size_t tab = line.find('\t');
  if (tab == std::string_view::npos) return {line, {}};
  return {line.substr(0, tab), line.substr(tab + 1)};
}

// Number of Han characters in `word`, or -1 when it holds anything else.
int CountHan(std::string_view word) {
  int count = 0;
  for (size_t pos = 0; pos < word.size();) {
    if (!IsHan(DecodeUtf8(word, &pos))) return -1;
    ++count;
  }
  return count;
}

// Normalized syllables ("pin1 yin1") or an empty string when one is not valid pinyin.
std::string ParseSyllables(std::string_view text, int expected_count) {
  std::string out;
  int count = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find_first_of(" \t", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string syllable(text.substr(pos, end - pos));
    pos = end + 1;
    if (syllable.empty()) continue;
    for (char& c : syllable) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (syllable == "r5") syllable = "er5";
    if (size_t colon = syllable.find("u:"); colon != std::string::npos) {
      syllable.replace(colon, 2, "v");  // CC-CEDICT's lu:4
    }
    if (!IsToneSyllable(syllable)) return {};
    if (!out.empty()) out += ' ';
    out += syllable;
    ++count;
  }
  return count == expected_count ? out : std::string();
}

}  // namespace

bool IsToneSyllable(std::string_view syllable) {
  if (syllable.size() < 2 || syllable.size() > 7) return false;
  char tone = syllable.back();
  if (tone < '1' || tone > '5') return false;
  for (char c : syllable.substr(0, syllable.size() - 1)) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

void PinyinLexicon::AddEntries(std::string_view tsv, std::string_view source_name, Source source) {
  auto buffer = std::make_shared<std::string>();
  std::vector<std::pair<size_t, size_t>> spans;  // word and syllables offsets in buffer
  std::vector<std::string_view> words;
  ForEachLine(tsv, [&](std::string_view line, size_t line_number) {
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') return;
    auto [word, syllable_text] = SplitTab(line);
    int han = CountHan(word);
    std::string syllables = han > 0 ? ParseSyllables(syllable_text, han) : std::string();
    if (syllables.empty()) {
      throw Error(std::string(source_name) + ":" + std::to_string(line_number) +
                  ": expected a Chinese word, a tab and one pinyin syllable with a tone digit "
                  "1-5 per character (\"银行\\tyin2 hang2\"), got \"" +
                  std::string(line) + "\"; fix the line or start it with '#'");
    }
    words.push_back(word);
    spans.push_back({buffer->size(), syllables.size()});
    *buffer += syllables;
  });
  owned_.push_back(buffer);
  // A bonus above any dictionary word, so these words are always segmented as wholes.
  const double kLogProbability = source == Source::kUser ? 2.0 : 1.0;
  for (size_t i = 0; i < words.size(); ++i) {
    auto word_copy = std::make_shared<std::string>(words[i]);
    owned_.push_back(word_copy);
    std::string_view syllables(buffer->data() + spans[i].first, spans[i].second);
    std::string_view word = *word_copy;
    size_t first_end = 0;
    added_first_chars_.insert(DecodeUtf8(word, &first_end));
    WordEntry& entry = added_[word];
    entry = {kLogProbability * static_cast<double>(word.size()), syllables, source, true,
             entry.has_longer};
    for (size_t pos = 0; pos < word.size();) {
      DecodeUtf8(word, &pos);
      if (pos < word.size()) added_[word.substr(0, pos)].has_longer = true;
    }
    max_word_chars_ = std::max(max_word_chars_, words[i].size() / 3 + 1);
  }
}

struct PinyinLexicon::Tables {
  std::unordered_map<char32_t, std::string_view> chars;
  std::string_view words;             // word<TAB>freq[<TAB>syllables] lines, byte-sorted
  std::vector<uint32_t> line_starts;  // offsets of the lines in `words`
  std::vector<uint8_t> key_bytes;     // length of each line's word
  // Lines whose word starts with a given character: [first, second).
  std::unordered_map<char32_t, std::pair<uint32_t, uint32_t>> first_char_lines;
  double log_total = 0;  // log of the sum of all frequencies
  size_t max_word_chars = 1;

  std::string_view Line(size_t i) const {
    size_t begin = line_starts[i];
    size_t end = i + 1 < line_starts.size() ? line_starts[i + 1] - 1 : words.size();
    return words.substr(begin, end - begin);
  }
  std::string_view Key(size_t i) const { return words.substr(line_starts[i], key_bytes[i]); }
};

namespace {

std::shared_ptr<const PinyinLexicon::Tables> LoadTables() {
  auto tables = std::make_shared<PinyinLexicon::Tables>();
  tables->chars.reserve(48000);
  ForEachLine(embedded::PinyinChars(), [&](std::string_view line, size_t) {
    auto [ch, readings] = SplitTab(line);
    size_t pos = 0;
    if (ch.empty() || readings.empty()) return;
    char32_t cp = DecodeUtf8(ch, &pos);
    if (cp != kInvalidCodePoint) tables->chars[cp] = readings;
  });
  std::string_view tsv = embedded::PinyinWords();
  tables->words = tsv;
  tables->line_starts.reserve(tsv.size() / 12);
  double total = 0;
  ForEachLine(tsv, [&](std::string_view line, size_t) {
    if (line.empty()) return;
    auto [word, rest] = SplitTab(line);
    if (word.empty() || word.size() > 255) return;
    auto index = static_cast<uint32_t>(tables->line_starts.size());
    tables->line_starts.push_back(static_cast<uint32_t>(line.data() - tsv.data()));
    tables->key_bytes.push_back(static_cast<uint8_t>(word.size()));
    size_t pos = 0;
    auto [range, inserted] =
        tables->first_char_lines.try_emplace(DecodeUtf8(word, &pos), index, index);
    range->second.second = index + 1;
    double freq = 0;
    std::from_chars(rest.data(), rest.data() + rest.size(), freq);
    total += freq;
    tables->max_word_chars = std::max(tables->max_word_chars, word.size() / 3);
  });
  tables->log_total = std::log(std::max(total, 1.0));
  return tables;
}

}  // namespace

const PinyinLexicon& PinyinLexicon::Builtin() {
  static const PinyinLexicon* lexicon = [] {
    auto* built = new PinyinLexicon();
    built->tables_ = LoadTables();
    built->max_word_chars_ = built->tables_->max_word_chars;
    built->AddEntries(embedded::DefaultLexicon(), "built-in default_lexicon.tsv",
                      Source::kDefaultLexicon);
    return built;
  }();
  return *lexicon;
}

WordEntry PinyinLexicon::FindInTable(std::string_view word, size_t* search_from) const {
  const Tables& t = *tables_;
  size_t pos = 0;
  auto range = t.first_char_lines.find(DecodeUtf8(word, &pos));
  if (range == t.first_char_lines.end()) return {};
  size_t low = range->second.first, high = range->second.second;
  const size_t end = high;
  if (search_from != nullptr && *search_from > low && *search_from <= high) low = *search_from;
  if (pos < word.size()) {  // a single character sorts first among the words it starts
    while (low < high) {
      size_t mid = (low + high) / 2;
      if (t.Key(mid) < word) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
  }
  if (search_from != nullptr) *search_from = low;
  WordEntry entry;
  size_t next = low;
  if (low < end && t.Key(low) == word) {
    auto [freq_text, syllables] = SplitTab(SplitTab(t.Line(low)).second);
    double freq = 1;
    std::from_chars(freq_text.data(), freq_text.data() + freq_text.size(), freq);
    entry = {std::log(freq) - t.log_total, syllables, Source::kDictionary, true, false};
    ++next;
  }
  entry.has_longer = next < end && t.Key(next).starts_with(word);
  return entry;
}

WordEntry PinyinLexicon::FindWord(std::string_view word, size_t* search_from) const {
  WordEntry entry = FindInTable(word, search_from);
  size_t pos = 0;
  if (!added_first_chars_.contains(DecodeUtf8(word, &pos))) return entry;
  auto it = added_.find(word);
  if (it == added_.end()) return entry;
  bool has_longer = entry.has_longer || it->second.has_longer;
  if (it->second.is_word) entry = it->second;
  entry.has_longer = has_longer;
  return entry;
}

std::string_view PinyinLexicon::CharReadings(char32_t ch) const {
  auto it = tables_->chars.find(ch);
  return it == tables_->chars.end() ? std::string_view() : it->second;
}

std::string_view PinyinLexicon::DefaultReading(char32_t ch) const {
  std::string_view readings = CharReadings(ch);
  return readings.substr(0, readings.find(','));
}

}  // namespace briefcast::pinyin
