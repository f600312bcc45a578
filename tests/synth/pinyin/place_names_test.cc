#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "synth/pinyin/pinyin_converter.h"
#include "synth/pinyin/pinyin_lexicon.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

std::string Pinyin(std::string_view text) {
  return FormatPinyinLine(PinyinConverter::Builtin().Convert(text));
}

// docs/place-names.md: every division of China, special place readings resolved.
TEST_CASE("pinyin: place names with their special readings", "[pinyin]") {
  CHECK(Pinyin("涡阳县支公司") == "guo1 yang2 xian4 zhi1 gong1 si1");
  CHECK(Pinyin("阆中市") == "lang4 zhong1 shi4");
  CHECK(Pinyin("筠连县营业部") == "jun1 lian2 xian4 ying2 ye4 bu4");
  CHECK(Pinyin("尉犁县") == "yu4 li2 xian4");
  CHECK(Pinyin("兖州区") == "yan3 zhou1 qu1");
  CHECK(Pinyin("武汉沌口营业厅") == "wu3 han4 zhuan4 kou3 ying2 ye4 ting1");
  CHECK(Pinyin("成都郫都区") == "cheng2 du1 pi2 du1 qu1");
  CHECK(Pinyin("乐山市犍为县") == "le4 shan1 shi4 qian2 wei2 xian4");
  CHECK(Pinyin("色达县") == "se4 da2 xian4");
  CHECK(Pinyin("廊坊市") == "lang2 fang2 shi4");  // 坊 fáng as in 作坊, not the default fāng
  CHECK(Pinyin("河北廊坊") == "he2 bei3 lang2 fang2");
  CHECK(Pinyin("景宁畲族自治县") == "jing3 ning2 she1 zu2 zi4 zhi4 xian4");
  CHECK(Pinyin("陕西华阴市") == "shan3 xi1 hua4 yin1 shi4");
  CHECK(Pinyin("渭南市华州区") == "wei4 nan2 shi4 hua4 zhou1 qu1");
  CHECK(Pinyin("夹江县") == "jia1 jiang1 xian4");
  CHECK(Pinyin("曲阳县曲沃县") == "qu1 yang2 xian4 qu1 wo4 xian4");
}

// Scenic and historic names news mentions, and a county inside a longer dictionary word.
TEST_CASE("pinyin: scenic names and counties inside dictionary words", "[pinyin]") {
  CHECK(Pinyin("绍兴会稽山景区") == "shao4 xing1 kuai4 ji1 shan1 jing3 qu1");
  CHECK(Pinyin("苏州浒墅关") == "su1 zhou1 xu3 shu4 guan1");
  CHECK(Pinyin("杭州虎跑公园") == "hang2 zhou1 hu3 pao2 gong1 yuan2");
  CHECK(Pinyin("浙江天台县") == "zhe4 jiang1 tian1 tai1 xian4");  // CC-CEDICT lists it with tai2
  CHECK(Pinyin("依阿华州") == "yi1 a1 hua2 zhou1");               // Iowa is not 华州区
}

TEST_CASE("pinyin: short place names do not take over everyday words", "[pinyin]") {
  CHECK(Pinyin("六合区") == "lu4 he2 qu1");
  CHECK(Pinyin("六合彩") == "liu4 he2 cai3");
  CHECK(Pinyin("朝阳区") == "chao2 yang2 qu1");
  CHECK(Pinyin("朝阳产业") == "zhao1 yang2 chan3 ye4");
  CHECK(Pinyin("他们都安全") == "ta1 men5 dou1 an1 quan2");
  CHECK(Pinyin("天台县") == "tian1 tai1 xian4");
}

TEST_CASE("pinyin: a user lexicon wins over the place names", "[pinyin]") {
  auto user = PinyinConverter::WithUserLexicon("涡阳\two1 yang2\n", "test.tsv");
  CHECK(FormatPinyinLine(user->Convert("涡阳")) == "wo1 yang2");
}

// synth/data/place_names.tsv is merged into the word table by scripts/gen-pinyin-data.
TEST_CASE("pinyin: the word table lists every division", "[pinyin]") {
  const pinyin::PinyinLexicon& lexicon = pinyin::PinyinLexicon::Builtin();
  std::istringstream lines(testing::ReadFile(testing::SourceDir() / "synth/data/place_names.tsv"));
  int entries = 0, suffixed = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    ++entries;
    std::string name = line.substr(0, line.find('\t'));
    pinyin::WordEntry entry = lexicon.FindWord(name);
    INFO(name);
    CHECK(entry.is_word);
    for (const char* suffix : {"省", "市", "县", "区", "旗", "盟", "州"}) {
      if (name.ends_with(suffix)) ++suffixed;
    }
  }
  CHECK(entries >= 6000);
  CHECK(suffixed >= 3200);  // 3,302 divisions, a few without a suffix (香港特别行政区…)
}

}  // namespace
}  // namespace briefcast
