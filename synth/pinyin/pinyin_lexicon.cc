#include "synth/pinyin/pinyin_lexicon.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "audio/error.h"
#include "synth/embedded_data.h"
#include "synth/pinyin/pinyin_word_table.h"
#include "synth/utf8.h"

namespace briefcast::pinyin {
namespace {

// Log probability of a default-lexicon word the dictionary lacks: a fairly common word.
constexpr double kDefaultLogProbability = -12.0;

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
    if (!utf8::IsHan(utf8::Next(word, &pos))) return -1;
    ++count;
  }
  return count;
}

// Whether `syllable` (no tone) is spelled as Mandarin syllables are: an optional initial
// (y and w among them) and a final, or a syllabic nasal (m, n, ng, hm, hng). "xx", CC-CEDICT's
// mark for a character of no known reading, is not.
bool HasSyllableShape(std::string_view syllable) {
  static constexpr std::array<std::string_view, 5> kNasals = {"m", "n", "ng", "hm", "hng"};
  static constexpr std::array<std::string_view, 38> kFinals = {
      "a",  "o",  "e",   "ai", "ei",  "ao", "ou",   "an", "en",   "ang", "eng",  "ong",
      "er", "i",  "ia",  "ie", "iao", "iu", "ian",  "in", "iang", "ing", "iong", "u",
      "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "v",    "ve",  "van",  "vn"};
  const auto one_of = [](const auto& list, std::string_view text) {
    return std::find(list.begin(), list.end(), text) != list.end();
  };
  if (one_of(kNasals, syllable) || one_of(kFinals, syllable)) return true;
  const bool two_letters =
      syllable.starts_with("zh") || syllable.starts_with("ch") || syllable.starts_with("sh");
  if (!two_letters &&
      (syllable.empty() ||
       std::string_view("bpmfdtnlgkhjqxrzcsyw").find(syllable[0]) == std::string_view::npos)) {
    return false;
  }
  return one_of(kFinals, syllable.substr(two_letters ? 2 : 1));
}

// The syllables without their tones that the character table reads and that have a Mandarin
// syllable's shape: the pinyin inventory (about 420, "a" to "zuo"). Views into the embedded
// table.
const std::unordered_set<std::string_view>& SyllableInventory() {
  static const auto* inventory = [] {
    auto* syllables = new std::unordered_set<std::string_view>();
    ForEachLine(embedded::PinyinChars(), [&](std::string_view line, size_t) {
      for (std::string_view readings = SplitTab(line).second; !readings.empty();) {
        const std::string_view reading = readings.substr(0, readings.find(','));
        readings.remove_prefix(std::min(readings.size(), reading.size() + 1));
        if (reading.empty()) continue;
        const std::string_view toneless = reading.substr(0, reading.size() - 1);
        if (HasSyllableShape(toneless)) syllables->insert(toneless);
      }
    });
    return syllables;
  }();
  return *inventory;
}

// Normalized syllables ("pin1 yin1") or an empty string when one is not valid pinyin; then
// *unknown is the first syllable that has a tone digit but is not in the inventory.
std::string ParseSyllables(std::string_view text, int expected_count, std::string* unknown) {
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
    if (!SyllableInventory().contains(std::string_view(syllable).substr(0, syllable.size() - 1))) {
      *unknown = syllable;
      return {};
    }
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
    std::string where = std::string(source_name) + ":" + std::to_string(line_number);
    if (replacements_.TryAdd(line, where)) return;
    auto [word, syllable_text] = SplitTab(line);
    int han = CountHan(word);
    std::string unknown;
    std::string syllables = han > 0 ? ParseSyllables(syllable_text, han, &unknown) : std::string();
    if (!unknown.empty()) {
      throw Error(where + ": \"" + unknown +
                  "\" is not a Mandarin syllable (docs/pinyin.md); fix the line or start it "
                  "with '#'");
    }
    if (syllables.empty()) {
      throw Error(where +
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
    added_first_chars_.insert(utf8::Next(word, &first_end));
    WordEntry& entry = added_[word];
    entry = {kLogProbability * static_cast<double>(word.size()), syllables, source, true,
             entry.has_longer};
    for (size_t pos = 0; pos < word.size();) {
      utf8::Next(word, &pos);
      if (pos < word.size()) added_[word.substr(0, pos)].has_longer = true;
    }
    max_word_chars_ = std::max(max_word_chars_, words[i].size() / 3 + 1);
  }
}

struct PinyinLexicon::Tables {
  std::unordered_map<char32_t, std::string_view> chars;
  WordTable words = WordTable::FromIndex(embedded::PinyinWords(), embedded::PinyinWordIndex());
};

namespace {

std::shared_ptr<const PinyinLexicon::Tables> LoadTables() {
  auto tables = std::make_shared<PinyinLexicon::Tables>();
  tables->chars.reserve(48000);
  ForEachLine(embedded::PinyinChars(), [&](std::string_view line, size_t) {
    auto [ch, readings] = SplitTab(line);
    size_t pos = 0;
    if (ch.empty() || readings.empty()) return;
    char32_t cp = utf8::Next(ch, &pos);
    if (cp != utf8::kInvalid) tables->chars[cp] = readings;
  });
  return tables;
}

}  // namespace

const PinyinLexicon& PinyinLexicon::Builtin() {
  static const PinyinLexicon* lexicon = [] {
    auto* built = new PinyinLexicon();
    built->tables_ = LoadTables();
    built->max_word_chars_ = built->tables_->words.max_word_bytes() / 3 + 1;
    built->AddEntries(embedded::DefaultLexicon(), "built-in default_lexicon.tsv",
                      Source::kDefaultLexicon);
    return built;
  }();
  return *lexicon;
}

WordEntry PinyinLexicon::FindWord(std::string_view word) const {
  WordTable::Match match = tables_->words.Find(word);
  WordEntry entry{match.log_probability, match.syllables, Source::kDictionary, match.is_word,
                  match.has_longer};
  size_t pos = 0;
  if (!added_first_chars_.contains(utf8::Next(word, &pos))) return entry;
  auto it = added_.find(word);
  if (it == added_.end()) return entry;
  bool has_longer = entry.has_longer || it->second.has_longer;
  if (it->second.is_word) {
    // Default-lexicon words compete like dictionary words (知识分子 stays whole); a user's
    // words always win the segmentation.
    double table_log_probability = entry.is_word ? entry.log_probability : kDefaultLogProbability;
    entry = it->second;
    if (entry.source == Source::kDefaultLexicon) entry.log_probability = table_log_probability;
  }
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
