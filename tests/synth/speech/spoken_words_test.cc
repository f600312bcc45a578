// Word timing's first step: every spoken token knows which characters of the original text
// it was read from, and tokens read from one written form are one word.
#include "synth/speech/spoken_words.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "synth/pinyin/pinyin_converter.h"
#include "synth/speech/front_end.h"

namespace briefcast {
namespace {

// The words of `text` as the reader sees them, every token timed at its index.
std::vector<std::string> Words(const std::string& text) {
  const SpokenTokens tokens = ToSpokenTokens(text, PinyinConverter::Builtin());
  std::vector<std::int64_t> starts;
  for (std::size_t i = 0; i < tokens.size(); ++i) starts.push_back(static_cast<std::int64_t>(i));
  std::vector<std::string> words;
  for (const SpokenWord& word : GroupSpokenWords(tokens, starts)) {
    words.push_back(text.substr(word.source_begin, word.source_end - word.source_begin));
  }
  return words;
}

TEST_CASE("spoken words: a normalized span is one word of the original text", "[front_end]") {
  CHECK(Words("共14.54亿元，同比增长5%。") ==
        std::vector<std::string>{"共", "14.54亿元", "同", "比", "增", "长", "5%"});
  CHECK(Words("2024年6月7日，iPhone和APP") ==
        std::vector<std::string>{"2024年", "6月", "7日", "iPhone", "和", "APP"});
  CHECK(Words("3万人，12亿美元") == std::vector<std::string>{"3万", "人", "12亿美元"});
  CHECK(Words("ＡＰＰ全角，　空格") == std::vector<std::string>{"ＡＰＰ", "全", "角", "空", "格"});
  CHECK(Words("第1名") == std::vector<std::string>{"第", "1", "名"});
}

TEST_CASE("spoken words: tokens point into the text given to the front end", "[front_end]") {
  const std::string text = "他说：“共14.54亿元”";
  const SpokenTokens tokens = ToSpokenTokens(text, PinyinConverter::Builtin());
  for (const SpokenToken& token : tokens) {
    INFO(token.text);
    CHECK(token.source_begin < token.source_end);
    CHECK(token.source_end <= text.size());
  }
  REQUIRE(tokens.front().text == "ta1");
  CHECK(text.substr(tokens.front().source_begin, 3) == "他");
}

TEST_CASE("spoken words: starts never decrease, untimed tokens join the word before",
          "[front_end]") {
  SpokenTokens tokens = {{SpokenToken::Kind::kSyllable, "ni3", 0, 3},
                         {SpokenToken::Kind::kBreak, "，", 3, 6},
                         {SpokenToken::Kind::kSyllable, "hao3", 6, 9},
                         {SpokenToken::Kind::kSyllable, "ma5", 9, 12}};
  const std::vector<SpokenWord> words = GroupSpokenWords(tokens, {100, -1, 90, -1});
  REQUIRE(words.size() == 2);
  CHECK(words[0].start_sample == 100);
  CHECK(words[1].start_sample == 100);  // not before the word before it
  CHECK(words[1].source_begin == 6);
  CHECK(words[1].source_end == 12);  // ma5 had no start of its own
}

}  // namespace
}  // namespace briefcast
