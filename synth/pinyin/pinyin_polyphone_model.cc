#include "synth/pinyin/pinyin_polyphone_model.h"

#include <algorithm>
#include <charconv>

#include "synth/embedded_data.h"
#include "synth/utf8.h"

namespace briefcast::pinyin {
namespace {

std::string Utf8(char32_t ch) {
  std::string out;
  utf8::Append(&out, ch);
  return out;
}

// Character at i, "^" before the run and "$" after it.
std::string CharAt(const HanRun& run, int i) {
  if (i < 0) return "^";
  if (i >= static_cast<int>(run.size())) return "$";
  return Utf8(run[i].ch);
}

// The word starting at run index `begin`, "^"/"$" outside the run.
std::string WordAt(const HanRun& run, int begin) {
  if (begin < 0) return "^";
  if (begin >= static_cast<int>(run.size())) return "$";
  std::string word;
  for (int k = 0; k < run[begin].word_size; ++k) word += Utf8(run[begin + k].ch);
  return word;
}

template <typename T>
void ReadOption(std::string_view line, std::string_view name, T* value) {
  if (!line.starts_with(name)) return;
  line.remove_prefix(name.size());
  float number = 0;
  std::from_chars(line.data(), line.data() + line.size(), number);
  *value = static_cast<T>(number);
}

}  // namespace

void PolyphoneModel::Features(const HanRun& run, int i, std::vector<std::string>* out) {
  const HanSyllable& han = run[i];
  std::string p1 = CharAt(run, i - 1), p2 = CharAt(run, i - 2);
  std::string n1 = CharAt(run, i + 1), n2 = CharAt(run, i + 2);
  int word_end = han.word_begin + han.word_size;
  std::string previous_word =
      han.word_begin > 0 ? WordAt(run, run[han.word_begin - 1].word_begin) : std::string("^");
  std::string word = han.word_size > 1 ? WordAt(run, han.word_begin) : std::string("-");
  *out = {"b",
          "L=" + han.syllable,
          "W=" + word,
          "p1=" + p1,
          "n1=" + n1,
          "p2=" + p2,
          "n2=" + n2,
          "p21=" + p2 + p1,
          "n12=" + n1 + n2,
          "pn=" + p1 + n1,
          "pw=" + previous_word,
          "nw=" + WordAt(run, word_end)};
}

const PolyphoneModel& PolyphoneModel::Builtin() {
  static const PolyphoneModel model(embedded::PolyphoneModel());
  return model;
}

PolyphoneModel::PolyphoneModel(std::string_view tsv) {
  while (!tsv.empty()) {
    size_t end = tsv.find('\n');
    std::string_view line = tsv.substr(0, end);
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
    ReadOption(line, "#apply_in_words\t", &apply_in_words_);
    ReadOption(line, "#char_prior\t", &char_prior_);
    ReadOption(line, "#word_prior\t", &word_prior_);
    size_t tab1 = line.find('\t');
    size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (line.empty() || line[0] == '#' || tab2 == std::string_view::npos) continue;
    size_t pos = 0;
    known_chars_[utf8::Next(line, &pos)] = true;
    std::vector<Weight>& weights = weights_[line.substr(0, tab2)];
    for (std::string_view rest = line.substr(tab2 + 1); !rest.empty();) {
      size_t space = rest.find(' ');
      std::string_view item = rest.substr(0, space);
      rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
      size_t colon = item.find(':');
      if (colon == std::string_view::npos) continue;
      float value = 0;
      std::from_chars(item.data() + colon + 1, item.data() + item.size(), value);
      weights.push_back({item.substr(0, colon), value});
    }
  }
}

void PolyphoneModel::Disambiguate(HanRun& run) const {
  if (weights_.empty()) return;
  std::string key;
  std::vector<std::string> features;
  for (int i = 0; i < static_cast<int>(run.size()); ++i) {
    HanSyllable& han = run[i];
    if (han.source >= Source::kDefaultLexicon || han.fixed_by_rule) continue;
    if (han.source == Source::kDictionary && !apply_in_words_) continue;
    if (!known_chars_.contains(han.ch)) continue;
    Features(run, i, &features);
    key.clear();
    utf8::Append(&key, han.ch);
    key += '\t';
    // A dictionary word's reading is reconsidered only for words seen in training.
    if (han.source == Source::kDictionary && !weights_.contains(key + features[2])) continue;
    float prior = han.source == Source::kCharacter ? char_prior_ : word_prior_;
    std::string_view best = Best(key, features, han.syllable, prior);
    if (best != han.syllable) han.syllable = std::string(best);
  }
}

std::string_view PolyphoneModel::Best(std::string& key, const std::vector<std::string>& features,
                                      std::string_view proposal, float prior) const {
  std::vector<std::pair<std::string_view, float>> scores = {{proposal, prior}};
  const size_t prefix = key.size();
  for (const std::string& feature : features) {
    key.resize(prefix);
    key += feature;
    auto it = weights_.find(key);
    if (it == weights_.end()) continue;
    for (const Weight& weight : it->second) {
      auto score = std::find_if(scores.begin(), scores.end(),
                                [&](const auto& entry) { return entry.first == weight.reading; });
      if (score == scores.end()) {
        scores.push_back({weight.reading, weight.value});
      } else {
        score->second += weight.value;
      }
    }
  }
  auto best = std::max_element(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
    return a.second < b.second || (a.second == b.second && a.first > b.first);
  });
  return best->first;
}

}  // namespace briefcast::pinyin
