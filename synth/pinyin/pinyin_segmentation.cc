#include <limits>
#include <string>

#include "synth/pinyin/pinyin_run.h"
#include "synth/utf8.h"

namespace briefcast::pinyin {
namespace {

// Log probability of a character no dictionary lists: rarer than any listed word.
constexpr double kUnknownCharLogProbability = -25.0;

struct Best {
  double score = -std::numeric_limits<double>::infinity();
  int word_chars = 1;
};

// Best segmentation of chars [i, n) for every i, computed from the end.
std::vector<Best> BestSegmentation(const PinyinLexicon& lexicon, std::string_view text,
                                   const std::vector<size_t>& offsets) {
  const int n = static_cast<int>(offsets.size()) - 1;
  std::vector<Best> best(n + 1);
  best[n].score = 0;
  const int max_chars = static_cast<int>(lexicon.max_word_chars());
  for (int i = n - 1; i >= 0; --i) {
    for (int j = i + 1; j <= n && j - i <= max_chars; ++j) {
      WordEntry entry = lexicon.FindWord(text.substr(offsets[i], offsets[j] - offsets[i]));
      if (entry.is_word || j == i + 1) {
        double log_probability = entry.is_word ? entry.log_probability : kUnknownCharLogProbability;
        double score = log_probability + best[j].score;
        if (score > best[i].score) best[i] = {score, j - i};
      }
      if (!entry.has_longer) break;
    }
  }
  return best;
}

// Copies the word's syllables (or each character's first reading) into run[begin, begin+size).
void ReadWord(const PinyinLexicon& lexicon, const WordEntry& entry, int begin, int size,
              HanRun& run) {
  std::string_view syllables = entry.is_word ? entry.syllables : std::string_view();
  Source source = entry.is_word && size > 1 ? entry.source : Source::kCharacter;
  if (entry.is_word && entry.source >= Source::kDefaultLexicon) source = entry.source;
  for (int k = 0; k < size; ++k) {
    HanSyllable& han = run[begin + k];
    han.word_begin = begin;
    han.word_size = size;
    han.word_log_probability = entry.is_word ? entry.log_probability : kUnknownCharLogProbability;
    han.source = source;
    if (!syllables.empty()) {
      size_t space = syllables.find(' ');
      han.syllable = std::string(syllables.substr(0, space));
      syllables =
          space == std::string_view::npos ? std::string_view() : syllables.substr(space + 1);
    } else {
      han.syllable = std::string(lexicon.DefaultReading(han.ch));
    }
  }
}

// 分行为, 支行为 (杭州分行为客户提供): the most probable split is 分 + 行为 "behaviour", as
// both are frequent, but after a lone 分 or 支 行为 is the bank's 分行 or 支行 and then 为.
// 部分行为 and 充分行为 keep 行为: 部分 and 充分 are words, so their 分 is not alone.
void ReadBranchBeforeWei(const PinyinLexicon& lexicon, std::string_view text,
                         const std::vector<size_t>& offsets, HanRun& run) {
  for (int i = 0; i + 2 < static_cast<int>(run.size()); ++i) {
    if (run[i].word_size != 1 || (run[i].ch != U'分' && run[i].ch != U'支')) continue;
    if (run[i + 1].word_begin != i + 1 || run[i + 1].word_size != 2 || run[i + 1].ch != U'行' ||
        run[i + 2].ch != U'为') {
      continue;
    }
    auto word = [&](int begin, int end) {
      return lexicon.FindWord(text.substr(offsets[begin], offsets[end] - offsets[begin]));
    };
    ReadWord(lexicon, word(i, i + 2), i, 2, run);
    ReadWord(lexicon, word(i + 2, i + 3), i + 2, 1, run);
  }
}

}  // namespace

HanRun SegmentAndRead(const PinyinLexicon& lexicon, std::string_view text) {
  HanRun run;
  std::vector<size_t> offsets;
  for (size_t pos = 0; pos < text.size();) {
    offsets.push_back(pos);
    HanSyllable han;
    han.ch = utf8::Next(text, &pos);
    run.push_back(std::move(han));
  }
  offsets.push_back(text.size());
  std::vector<Best> best = BestSegmentation(lexicon, text, offsets);
  for (int i = 0; i < static_cast<int>(run.size());) {
    int size = best[i].word_chars;
    WordEntry entry = lexicon.FindWord(text.substr(offsets[i], offsets[i + size] - offsets[i]));
    ReadWord(lexicon, entry, i, size, run);
    i += size;
  }
  ReadBranchBeforeWei(lexicon, text, offsets, run);
  return run;
}

}  // namespace briefcast::pinyin
