#include "synth/pinyin/pinyin_polyphone_model.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "synth/pinyin/pinyin_lexicon.h"
#include "synth/pinyin/pinyin_polyphone_features.h"
#include "synth/utf8.h"

namespace briefcast::pinyin {
namespace {

struct Word {
  std::string text;
  std::vector<std::string> syllables;
  Source source;
};

HanRun MakeRun(const std::vector<Word>& words) {
  HanRun run;
  for (const Word& word : words) {
    const int begin = static_cast<int>(run.size());
    size_t pos = 0;
    for (const std::string& syllable : word.syllables) {
      HanSyllable han;
      han.ch = utf8::Next(word.text, &pos);
      han.syllable = syllable;
      han.source = word.source;
      han.word_begin = begin;
      han.word_size = static_cast<int>(word.syllables.size());
      run.push_back(han);
    }
  }
  return run;
}

bool HasKey(const HanRun& run, int i, std::string_view feature) {
  std::vector<std::uint64_t> keys;
  PolyphoneFeatures(run).Keys(i, /*rich=*/true, &keys);
  return std::count(keys.begin(), keys.end(), PolyphoneFeatures::Key(feature)) == 1;
}

TEST_CASE("polyphone features: the strings scripts/train-polyphone writes", "[pinyin]") {
  HanRun run = MakeRun({{"银行", {"yin2", "hang2"}, Source::kDictionary},
                        {"行长", {"hang2", "zhang3"}, Source::kDictionary}});
  CHECK(HasKey(run, 1, "行\tW=银行"));
  CHECK(HasKey(run, 1, "行\tL=hang2"));
  CHECK(HasKey(run, 1, "行\tp21=^银"));
  CHECK(HasKey(run, 1, "行\tnw=行长"));
  CHECK(HasKey(run, 1, "行\twc=银"));
  CHECK(HasKey(run, 1, "行\twp=E2"));
  CHECK_FALSE(HasKey(run, 1, "行\ttr=0"));
  CHECK_FALSE(HasKey(run, 1, "行\tW=行长"));
  HanRun name = MakeRun({{"阿尔代", {"a1", "er3", "dai4"}, Source::kDictionary},
                         {"什", {"shen2"}, Source::kCharacter}});
  CHECK(HasKey(name, 3, "什\ttr=2"));
  CHECK_FALSE(HasKey(name, 3, "什\twp=S1"));
  CHECK(HasKey(name, 3, "什\tpw=阿尔代"));
}

// A model that reads 塞 as sai4 near the characters of a foreign name.
constexpr std::string_view kModel =
    "#apply_in_words\t1\n#rich_features\t1\n#unseen_words\t1\n#char_prior\t1\n#word_prior\t1.5\n"
    "塞\ttr=2\tsai1:-2 sai4:2\n塞\tW=塞子\t\n塞\tb\tsai1:1 sai4:-1\n";

std::string Read(const PolyphoneModel& model, HanRun run, int i) {
  model.Disambiguate(run);
  return run[i].syllable;
}

TEST_CASE("polyphone model: unseen dictionary words re-read only in names", "[pinyin]") {
  const PolyphoneModel model(kModel);
  // An unseen word among name characters (特 尔) is re-read: 2 outweighs 1.5 - 2 + 1; one
  // name character is not enough.
  CHECK(Read(model,
             MakeRun({{"塞特", {"sai1", "te4"}, Source::kDictionary},
                      {"尔", {"er3"}, Source::kCharacter}}),
             0) == "sai4");
  CHECK(Read(model, MakeRun({{"塞特", {"sai1", "te4"}, Source::kDictionary}}), 0) == "sai1");
  // A word training saw is re-read anywhere, an unseen word elsewhere is not.
  CHECK(Read(model, MakeRun({{"塞子", {"sai4", "zi5"}, Source::kDictionary}}), 0) == "sai1");
  CHECK(Read(model, MakeRun({{"塞车", {"sai4", "che1"}, Source::kDictionary}}), 0) == "sai4");
  CHECK(Read(model, MakeRun({{"塞车", {"sai1", "che1"}, Source::kDictionary}}), 0) == "sai1");
  // A one-character word is always re-read; a lexicon entry never is.
  CHECK(Read(model, MakeRun({{"塞", {"sai4"}, Source::kCharacter}}), 0) == "sai1");
  CHECK(Read(model, MakeRun({{"塞", {"sai4"}, Source::kDefaultLexicon}}), 0) == "sai4");
}

}  // namespace
}  // namespace briefcast::pinyin
