#include "synth/pinyin/pinyin_polyphone_model.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "synth/embedded_data.h"
#include "synth/pinyin/pinyin_polyphone_features.h"
#include "synth/utf8.h"

namespace briefcast::pinyin {
namespace {

// Name characters near an unseen word that make it re-read with unseen_words 1: one common
// character such as 特 or 利 is no sign of a foreign name.
constexpr int kNameEvidence = 2;

template <typename T>
void ReadOption(std::string_view line, std::string_view name, T* value) {
  if (!line.starts_with(name)) return;
  line.remove_prefix(name.size());
  float number = 0;
  std::from_chars(line.data(), line.data() + line.size(), number);
  *value = static_cast<T>(number);
}

// The next space-separated item of `rest`, removed from it.
std::string_view NextItem(std::string_view* rest) {
  size_t space = rest->find(' ');
  std::string_view item = rest->substr(0, space);
  rest->remove_prefix(space == std::string_view::npos ? rest->size() : space + 1);
  return item;
}

}  // namespace

const PolyphoneModel& PolyphoneModel::Builtin() {
  static const PolyphoneModel model(embedded::PolyphoneModel());
  return model;
}

PolyphoneModel::PolyphoneModel(std::string_view tsv) {
  while (!tsv.empty()) {
    size_t end = tsv.find('\n');
    ReadLine(tsv.substr(0, end));
    tsv.remove_prefix(end == std::string_view::npos ? tsv.size() : end + 1);
  }
}

void PolyphoneModel::ReadLine(std::string_view line) {
  ReadOption(line, "#apply_in_words\t", &apply_in_words_);
  ReadOption(line, "#rich_features\t", &rich_features_);
  ReadOption(line, "#unseen_words\t", &unseen_words_);
  ReadOption(line, "#char_prior\t", &char_prior_);
  ReadOption(line, "#word_prior\t", &word_prior_);
  size_t tab1 = line.find('\t');
  size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
  if (line.empty() || line[0] == '#' || tab2 == std::string_view::npos) return;
  size_t pos = 0;
  const char32_t ch = utf8::Next(line, &pos);
  if (ch >= known_chars_.size()) known_chars_.resize(ch + 1);
  known_chars_[ch] = true;
  std::vector<Weight>& weights = weights_[PolyphoneFeatures::Key(line.substr(0, tab2))];
  for (std::string_view rest = line.substr(tab2 + 1); !rest.empty();) {
    std::string_view item = NextItem(&rest);
    size_t colon = item.find(':');
    if (colon == std::string_view::npos) continue;
    float value = 0;
    std::from_chars(item.data() + colon + 1, item.data() + item.size(), value);
    weights.push_back({item.substr(0, colon), value});
  }
}

void PolyphoneModel::Disambiguate(HanRun& run) const {
  if (weights_.empty()) return;
  std::vector<std::uint64_t> keys;
  std::vector<Score> scores;
  std::optional<PolyphoneFeatures> features;  // built for the first character the model reads
  for (int i = 0; i < static_cast<int>(run.size()); ++i) {
    HanSyllable& han = run[i];
    if (han.source >= Source::kDefaultLexicon || han.fixed_by_rule) continue;
    if (han.source == Source::kDictionary && !apply_in_words_) continue;
    if (han.ch >= known_chars_.size() || !known_chars_[han.ch]) continue;
    if (!features) features.emplace(run);
    features->Keys(i, rich_features_, &keys);
    if (han.source == Source::kDictionary && unseen_words_ < 2 && !weights_.contains(keys[2]) &&
        (unseen_words_ == 0 || features->NameCharsNear(i) < kNameEvidence)) {
      continue;
    }
    float prior = han.source == Source::kCharacter ? char_prior_ : word_prior_;
    std::string_view best = Best(keys, han.syllable, prior, &scores);
    if (best != han.syllable) han.syllable = std::string(best);
  }
}

std::string_view PolyphoneModel::Best(const std::vector<std::uint64_t>& keys,
                                      std::string_view proposal, float prior,
                                      std::vector<Score>* scores) const {
  scores->assign(1, {proposal, prior});
  for (std::uint64_t key : keys) {
    auto it = weights_.find(key);
    if (it == weights_.end()) continue;
    for (const Weight& weight : it->second) {
      auto score = std::find_if(scores->begin(), scores->end(), [&](const Score& entry) {
        return entry.reading == weight.reading;
      });
      if (score == scores->end()) {
        scores->push_back({weight.reading, weight.value});
      } else {
        score->value += weight.value;
      }
    }
  }
  auto best = std::max_element(scores->begin(), scores->end(), [](const Score& a, const Score& b) {
    return a.value < b.value || (a.value == b.value && a.reading > b.reading);
  });
  return best->reading;
}

}  // namespace briefcast::pinyin
