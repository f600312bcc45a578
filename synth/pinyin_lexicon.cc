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

const PinyinLexicon& PinyinLexicon::Builtin() {
  static const PinyinLexicon* lexicon = [] {
    auto* built = new PinyinLexicon();
    built->LoadChars(embedded::PinyinChars());
    built->LoadWords(embedded::PinyinWords());
    built->AddEntries(embedded::DefaultLexicon(), "built-in default_lexicon.tsv",
                      Source::kDefaultLexicon);
    return built;
  }();
  return *lexicon;
}

void PinyinLexicon::LoadChars(std::string_view tsv) {
  chars_.reserve(48000);
  ForEachLine(tsv, [&](std::string_view line, size_t) {
    auto [ch, readings] = SplitTab(line);
    size_t pos = 0;
    if (ch.empty() || readings.empty()) return;
    char32_t cp = DecodeUtf8(ch, &pos);
    if (cp != kInvalidCodePoint) chars_[cp] = readings;
  });
}

void PinyinLexicon::LoadWords(std::string_view tsv) {
  std::vector<std::pair<std::string_view, WordEntry>> rows;
  double total = 0;
  ForEachLine(tsv, [&](std::string_view line, size_t) {
    auto [word, rest] = SplitTab(line);
    auto [freq_text, syllables] = SplitTab(rest);
    double freq = 0;
    std::from_chars(freq_text.data(), freq_text.data() + freq_text.size(), freq);
    if (word.empty() || freq <= 0) return;
    total += freq;
    rows.push_back({word, WordEntry{freq, syllables, Source::kDictionary}});
  });
  log_total_ = std::log(total);
  words_.reserve(rows.size() * 2);
  for (auto& [word, entry] : rows) {
    entry.log_probability = std::log(entry.log_probability) - log_total_;
    size_t chars = 0;
    for (size_t pos = 0; pos < word.size(); ++chars) DecodeUtf8(word, &pos);
    if (chars > max_word_chars_) max_word_chars_ = chars;
    words_.insert_or_assign(word, entry);
  }
  // Every proper prefix of two or more characters, so segmentation stops at the first miss.
  for (const auto& [word, entry] : rows) {
    size_t pos = 0;
    DecodeUtf8(word, &pos);
    while (pos < word.size()) {
      DecodeUtf8(word, &pos);
      if (pos < word.size())
        words_.emplace(word.substr(0, pos), WordEntry{0, {}, Source::kDictionary, false});
    }
  }
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
    words_.insert_or_assign(word, WordEntry{kLogProbability * static_cast<double>(word.size()),
                                            syllables, source, true});
    for (size_t pos = 0; pos < word.size();) {
      DecodeUtf8(word, &pos);
      if (pos < word.size()) words_.emplace(word.substr(0, pos), WordEntry{0, {}, source, false});
    }
    max_word_chars_ = std::max(max_word_chars_, words[i].size() / 3 + 1);
  }
}

const WordEntry* PinyinLexicon::FindWord(std::string_view word) const {
  auto it = words_.find(word);
  return it == words_.end() ? nullptr : &it->second;
}

std::string_view PinyinLexicon::CharReadings(char32_t ch) const {
  auto it = chars_.find(ch);
  return it == chars_.end() ? std::string_view() : it->second;
}

std::string_view PinyinLexicon::DefaultReading(char32_t ch) const {
  std::string_view readings = CharReadings(ch);
  return readings.substr(0, readings.find(','));
}

}  // namespace briefcast::pinyin
