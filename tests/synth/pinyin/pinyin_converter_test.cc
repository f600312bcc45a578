#include "synth/pinyin/pinyin_converter.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <string>

#include "audio/error.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

std::string Pinyin(std::string_view text) {
  return FormatPinyinLine(PinyinConverter::Builtin().Convert(text));
}

TEST_CASE("pinyin: polyphones read by their words", "[pinyin]") {
  CHECK(Pinyin("银行行长") == "yin2 hang2 hang2 zhang3");
  CHECK(Pinyin("重新") == "chong2 xin1");
  CHECK(Pinyin("了解") == "liao3 jie3");
  CHECK(Pinyin("长大") == "zhang3 da4");
  CHECK(Pinyin("音乐") == "yin1 yue4");
  CHECK(Pinyin("为了") == "wei4 le5");
  CHECK(Pinyin("觉得") == "jue2 de5");
  CHECK(Pinyin("女儿") == "nv3 er2");
  CHECK(Pinyin("他还了钱") == "ta1 huan2 le5 qian2");
  CHECK(Pinyin("他还在") == "ta1 hai2 zai4");
}

TEST_CASE("pinyin: news polyphone rules", "[pinyin]") {
  CHECK(Pinyin("也为社会树立了榜样") == "ye3 wei4 she4 hui4 shu4 li4 le5 bang3 yang4");
  CHECK(Pinyin("他被选为代表") == "ta1 bei4 xuan3 wei2 dai4 biao3");
  CHECK(Pinyin("他冷冷地说") == "ta1 leng3 leng3 de5 shuo1");
  CHECK(Pinyin("地上很滑") == "di4 shang4 hen3 hua2");
  CHECK(Pinyin("你得去看看") == "ni3 dei3 qu4 kan4 kan4");
  CHECK(Pinyin("受不了") == "shou4 bu4 liao3");
  CHECK(Pinyin("种在田里") == "zhong4 zai4 tian2 li3");
  CHECK(Pinyin("这种方法") == "zhe4 zhong3 fang1 fa3");
  CHECK(Pinyin("深入了解") == "shen1 ru4 liao3 jie3");
  CHECK(Pinyin("供不应求") == "gong1 bu2 ying4 qiu2");
}

// Issue 15, item 4: news suffixes by sense.
TEST_CASE("pinyin: 率 as a rate and as lead; 为 as a copula before a number", "[pinyin]") {
  CHECK(Pinyin("合格率和优秀率") == "he2 ge2 lv4 he2 you1 xiu4 lv4");
  CHECK(Pinyin("好评率上岗率") == "hao3 ping2 lv4 shang4 gang3 lv4");
  CHECK(Pinyin("率先垂范") == "shuai4 xian1 chui2 fan4");
  CHECK(Pinyin("他率队出征") == "ta1 shuai4 dui4 chu1 zheng1");
  CHECK(Pinyin("坦率草率表率") == "tan3 shuai4 cao3 shuai4 biao3 shuai4");
  CHECK(Pinyin("数百家企业") == "shu4 bai3 jia1 qi3 ye4");
  CHECK(Pinyin("价格上调") == "jia4 ge2 shang4 tiao2");
  CHECK(Pinyin("厚度仅为十一毫米") == "hou4 du4 jin3 wei2 shi2 yi1 hao2 mi3");
  CHECK(Pinyin("不仅为当地") == "bu4 jin3 wei4 dang1 di4");
}

// Classes a spot check of unseen news found: 为 "for" before the people served or before
// its object and a verb, 得 "must", 中 "hit" before 了, 调 "set" to a value, 系 "tie",
// a bank's 我行, 结果 "bear fruit", 量 "measure".
TEST_CASE("pinyin: 为 for someone, 得 must, 中了, 调至, 系好, 我行, 结果, 量", "[pinyin]") {
  CHECK(Pinyin("公司为员工办理了保险") == "gong1 si1 wei4 yuan2 gong1 ban4 li3 le5 bao3 xian3");
  CHECK(Pinyin("食堂师傅为大家盛饭") == "shi2 tang2 shi1 fu4 wei4 da4 jia1 cheng2 fan4");
  CHECK(Pinyin("营业部为山区群众服务") == "ying2 ye4 bu4 wei4 shan1 qu1 qun2 zhong4 fu2 wu4");
  CHECK(Pinyin("其中一半为员工") == "qi2 zhong1 yi2 ban4 wei2 yuan2 gong1");
  CHECK(Pinyin("书记为获奖员工颁奖") == "shu1 ji4 wei4 huo4 jiang3 yuan2 gong1 ban1 jiang3");
  CHECK(Pinyin("该项目的建成") == "gai1 xiang4 mu4 de5 jian4 cheng2");  // not 该项 + 目的
  CHECK(Pinyin("主营业务为提供咨询") == "zhu3 ying2 ye4 wu4 wei2 ti2 gong1 zi1 xun2");
  CHECK(Pinyin("主要任务为组织开展培训") ==
        "zhu3 yao4 ren4 wu4 wei2 zu3 zhi1 kai1 zhan3 pei2 xun4");
  CHECK(Pinyin("该项目为国家重点工程") ==
        "gai1 xiang4 mu4 wei2 guo2 jia1 zhong4 dian3 gong1 cheng2");
  CHECK(Pinyin("这项工作得尽快落实") == "zhe4 xiang4 gong1 zuo4 dei3 jin3 kuai4 luo4 shi2");
  CHECK(Pinyin("做得认真") == "zuo4 de5 ren4 zhen1");
  CHECK(Pinyin("他在抽奖中中了大奖") == "ta1 zai4 chou1 jiang3 zhong1 zhong4 le5 da4 jiang3");
  CHECK(Pinyin("在活动中了解到") == "zai4 huo2 dong4 zhong1 liao3 jie3 dao4");
  CHECK(Pinyin("请将手机调至静音") == "qing3 jiang1 shou3 ji1 tiao2 zhi4 jing4 yin1");
  CHECK(Pinyin("他调到总部工作") == "ta1 diao4 dao4 zong3 bu4 gong1 zuo4");
  CHECK(Pinyin("请系好安全带") == "qing3 ji4 hao3 an1 quan2 dai4");
  CHECK(Pinyin("我行个人贷款") == "wo3 hang2 ge4 ren2 dai4 kuan3");
  CHECK(Pinyin("我行吗") == "wo3 xing2 ma5");
  CHECK(Pinyin("该行今年的存款") == "gai1 hang2 jin1 nian2 de5 cun2 kuan3");
  CHECK(Pinyin("大家纷纷为他点赞") == "da4 jia1 fen1 fen1 wei4 ta1 dian3 zan4");
  CHECK(Pinyin("杭州分行为公司提供服务") ==
        "hang2 zhou1 fen1 hang2 wei4 gong1 si1 ti2 gong1 fu2 wu4");  // 分行 + 为, not 分 + 行为
  CHECK(Pinyin("部分行为不规范") == "bu4 fen1 xing2 wei2 bu4 gui1 fan4");
  CHECK(Pinyin("各部门得安排专人值守") == "ge4 bu4 men2 dei3 an1 pai2 zhuan1 ren2 zhi2 shou3");
  CHECK(Pinyin("被抽中的客户") == "bei4 chou1 zhong4 de5 ke4 hu4");
  CHECK(Pinyin("客户得提前预约") == "ke4 hu4 dei3 ti2 qian2 yu4 yue1");
  CHECK(Pinyin("距离目标还差三个百分点") == "ju4 li2 mu4 biao1 hai2 cha4 san1 ge4 bai3 fen1 dian3");
  CHECK(Pinyin("产品质量很差") == "chan3 pin3 zhi4 liang4 hen3 cha4");
  CHECK(Pinyin("存在差异") == "cun2 zai4 cha1 yi4");
  CHECK(Pinyin("曾在多家企业供职") == "ceng2 zai4 duo1 jia1 qi3 ye4 gong4 zhi2");
  CHECK(Pinyin("设置检查关卡") == "she4 zhi4 jian3 cha2 guan1 qia3");
  CHECK(Pinyin("副总经理曾志强带队") == "fu4 zong3 jing1 li3 zeng1 zhi4 qiang2 dai4 dui4");
  CHECK(Pinyin("该公司曾荣获") == "gai1 gong1 si1 ceng2 rong2 huo4");
  CHECK(Pinyin("他曾多次获得表彰") == "ta1 ceng2 duo1 ci4 huo4 de2 biao3 zhang1");
  CHECK(Pinyin("活动当天") == "huo2 dong4 dang4 tian1");
  CHECK(Pinyin("果树结果") == "guo3 shu4 jie1 guo3");
  CHECK(Pinyin("检测结果显示") == "jian3 ce4 jie2 guo3 xian3 shi4");
  CHECK(Pinyin("为老人量血压") == "wei4 lao3 ren2 liang2 xue4 ya1");
}

// 同行 is tong2 hang2 "peers" as a noun and tong2 xing2 "travel together" as a verb.
TEST_CASE("pinyin: 同行 by its sense", "[pinyin]") {
  CHECK(Pinyin("与同行交流") == "yu3 tong2 hang2 jiao1 liu2");
  CHECK(Pinyin("同行们都很羡慕") == "tong2 hang2 men5 dou1 hen3 xian4 mu4");
  CHECK(Pinyin("业内同行认为") == "ye4 nei4 tong2 hang2 ren4 wei2");
  CHECK(Pinyin("国内外同行") == "guo2 nei4 wai4 tong2 hang2");
  CHECK(Pinyin("同行业") == "tong2 hang2 ye4");
  CHECK(Pinyin("我愿与他同行") == "wo3 yuan4 yu3 ta1 tong2 xing2");
  CHECK(Pinyin("他们结伴同行") == "ta1 men5 jie2 ban4 tong2 xing2");
  CHECK(Pinyin("一路同行") == "yi2 lu4 tong2 xing2");
  CHECK(Pinyin("另外同行的还有记者") == "ling4 wai4 tong2 xing2 de5 hai2 you3 ji4 zhe3");
}

// 行 after a numeral is the measure word hang2 "line"; 一行 "the party" stays xing2.
TEST_CASE("pinyin: 行 as a measure word after a numeral", "[pinyin]") {
  CHECK(Pinyin("一行字") == "yi4 hang2 zi4");
  CHECK(Pinyin("一行代码") == "yi4 hang2 dai4 ma3");
  CHECK(Pinyin("他写了两行") == "ta1 xie3 le5 liang3 hang2");
  CHECK(Pinyin("三行文字") == "san1 hang2 wen2 zi4");
  CHECK(Pinyin("第一行") == "di4 yi1 hang2");
  CHECK(Pinyin("第十五行") == "di4 shi2 wu3 hang2");
  CHECK(Pinyin("一行人来到村里") == "yi4 xing2 ren2 lai2 dao4 cun1 li3");
  CHECK(Pinyin("代表团一行抵达北京") == "dai4 biao3 tuan2 yi4 xing2 di3 da2 bei3 jing1");
  CHECK(Pinyin("一言一行") == "yi4 yan2 yi4 xing2");
  CHECK(Pinyin("五行") == "wu3 xing2");
  CHECK(Pinyin("万一行不通") == "wan4 yi1 xing2 bu4 tong1");
}

// 数 is shu3 "count" in reduplicated verbs.
TEST_CASE("pinyin: 数 reduplicated as a verb", "[pinyin]") {
  CHECK(Pinyin("数一数") == "shu3 yi5 shu3");
  CHECK(Pinyin("数了数") == "shu3 le5 shu3");
  CHECK(Pinyin("你数数看") == "ni3 shu3 shu3 kan4");
  CHECK(Pinyin("数数有几个") == "shu3 shu3 you3 ji3 ge4");
  CHECK(Pinyin("数一下人数") == "shu3 yi2 xia4 ren2 shu4");
  CHECK(Pinyin("孩子学数数") == "hai2 zi5 xue2 shu3 shu4");
  CHECK(Pinyin("数十年") == "shu4 shi2 nian2");
}

TEST_CASE("pinyin: yi and bu sandhi", "[pinyin]") {
  CHECK(Pinyin("一个") == "yi2 ge4");
  CHECK(Pinyin("一天") == "yi4 tian1");
  CHECK(Pinyin("一起") == "yi4 qi3");
  CHECK(Pinyin("不是") == "bu2 shi4");
  CHECK(Pinyin("不好") == "bu4 hao3");
  CHECK(Pinyin("是不是") == "shi4 bu5 shi4");
  CHECK(Pinyin("第一") == "di4 yi1");
  CHECK(Pinyin("第一名") == "di4 yi1 ming2");
  CHECK(Pinyin("之一") == "zhi1 yi1");
  CHECK(Pinyin("十一") == "shi2 yi1");
  CHECK(Pinyin("一九九八年") == "yi1 jiu3 jiu3 ba1 nian2");
  CHECK(Pinyin("六月一日") == "liu4 yue4 yi1 ri4");
  CHECK(Pinyin("统一") == "tong3 yi1");
  CHECK(Pinyin("一百") == "yi4 bai3");
}

TEST_CASE("pinyin: Latin text, digits and punctuation", "[pinyin]") {
  SpokenTokens tokens = PinyinConverter::Builtin().Convert("下载APP，用iPhone");
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[2] == SpokenToken{SpokenToken::Kind::kLetters, "APP"});
  CHECK(tokens[3] == SpokenToken{SpokenToken::Kind::kBreak, "，"});
  CHECK(tokens[5] == SpokenToken{SpokenToken::Kind::kLatinWord, "iPhone"});
  CHECK(Pinyin("5G网络") == "wu3 G wang3 luo4");
  CHECK(Pinyin("CEO说hello") == "CEO shuo1 hello");
  CHECK(Pinyin("编号12") == "bian1 hao4 yi1 er4");
  CHECK(Pinyin("ＡＩ芯片") == "AI xin1 pian4");
  CHECK(Pinyin("Wi-Fi信号") == "Wi-Fi xin4 hao4");
  CHECK(Pinyin("COVID-19") == "COVID yi1 jiu3");
  CHECK(Pinyin("A股和B站") == "A gu3 he2 B zhan4");
}

TEST_CASE("pinyin: any UTF-8 input converts without crashing", "[pinyin]") {
  CHECK(Pinyin("") == "");
  CHECK(Pinyin("好\xff\xfe好") == "hao3 hao3");
  CHECK(Pinyin("\xe4\xb8") == "");
  CHECK(Pinyin("你好😀世界") == "ni3 hao3 shi4 jie4");
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  CHECK_NOTHROW(Pinyin(bytes));
}

TEST_CASE("pinyin: random mixes of Han, Latin, digits and marks", "[pinyin]") {
  const std::u32string kPieces = U"一不了行长重的地得为着还儿第号月日ABCzx09-'，。《》 😀\u3007";
  uint32_t state = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int k = 0; k < 40; ++k) {
      state = state * 1664525u + 1013904223u;
      char32_t ch = kPieces[(state >> 8) % kPieces.size()];
      if ((state >> 20) % 5 == 0) ch = 0x4E00 + (state >> 4) % 0x5000;  // any CJK character
      std::string utf8;
      if (ch < 0x80) {
        utf8 = std::string(1, static_cast<char>(ch));
      } else if (ch < 0x10000) {
        utf8 = {static_cast<char>(0xE0 | (ch >> 12)), static_cast<char>(0x80 | ((ch >> 6) & 0x3F)),
                static_cast<char>(0x80 | (ch & 0x3F))};
      } else {
        utf8 = {static_cast<char>(0xF0 | (ch >> 18)), static_cast<char>(0x80 | ((ch >> 12) & 0x3F)),
                static_cast<char>(0x80 | ((ch >> 6) & 0x3F)),
                static_cast<char>(0x80 | (ch & 0x3F))};
      }
      text += utf8;
    }
    SpokenTokens tokens = PinyinConverter::Builtin().Convert(text);
    for (const SpokenToken& token : tokens) {
      INFO(text);
      REQUIRE_FALSE(token.text.empty());
      if (token.kind == SpokenToken::Kind::kSyllable) {
        REQUIRE(token.text.back() >= '1');
        REQUIRE(token.text.back() <= '5');
      }
    }
  }
}

TEST_CASE("pinyin: default lexicon reads place names", "[pinyin]") {
  CHECK(Pinyin("沽源") == "gu1 yuan2");
  CHECK(Pinyin("册亨") == "ce4 heng1");
  CHECK(Pinyin("康保") == "kang1 bao3");
  CHECK(Pinyin("饶河") == "rao2 he2");
  CHECK(Pinyin("坝上") == "ba4 shang4");
  CHECK(Pinyin("八闽") == "ba1 min3");
  CHECK(Pinyin("认种") == "ren4 zhong4");
}

TEST_CASE("pinyin: user lexicon wins over everything", "[pinyin]") {
  auto converter = PinyinConverter::WithUserLexicon(
      "# company terms\n\n银行\tyin2 xing2\n一定\tyi1 ding4\n绿地\tLu:4 di4\n", "terms.tsv");
  CHECK(FormatPinyinLine(converter->Convert("银行行长")) == "yin2 xing2 hang2 zhang3");
  CHECK(FormatPinyinLine(converter->Convert("一定")) == "yi1 ding4");
  CHECK(FormatPinyinLine(converter->Convert("绿地")) == "lv4 di4");
  CHECK(Pinyin("银行") == "yin2 hang2");  // the built-in converter is unchanged
}

TEST_CASE("pinyin: user lexicon regular-expression replacements", "[pinyin]") {
  auto converter = PinyinConverter::WithUserLexicon(
      "/联通(\\S)/\t联通公司$1\n/ＣＥＯ|CEO/\t首席执行官\n", "terms.tsv");
  CHECK(FormatPinyinLine(converter->Convert("福建联通的CEO")) ==
        "fu2 jian4 lian2 tong1 gong1 si1 de5 shou3 xi2 zhi2 xing2 guan1");
  CHECK_THROWS_WITH(PinyinConverter::WithUserLexicon("/([/\tx\n", "bad.tsv"),
                    Catch::Contains("bad.tsv:1: invalid regular expression"));
}

// Issue 13, item 4: std::regex recursed once per character and overflowed the stack.
TEST_CASE("issue 13.4: lexicon patterns over 40,000 characters do not crash", "[pinyin][issue13]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "公司";
  for (const char* pattern : {"/[公司]*/\tZ", "/(.|\\n)*/\tZ", "/(?:公|司)*/\tZ", "/(公司)+/\tZ"}) {
    INFO(pattern);
    auto converter = PinyinConverter::WithUserLexicon(std::string(pattern) + "\n", "cls.tsv");
    const std::string pinyin = FormatPinyinLine(converter->Convert(text));
    CHECK(pinyin.find("gong1") == std::string::npos);
    CHECK(pinyin.find("Z") != std::string::npos);
  }
}

// Issue 13, item 5: backtracking made these take minutes; RE2 is linear in the text.
TEST_CASE("issue 13.5: catastrophic patterns run in linear time", "[pinyin][issue13]") {
  const std::string article =
      testing::ReadFile(testing::SourceDir() / "docs/examples/2024-06-12-5g-network.txt");
  const std::pair<const char*, std::string> kCases[] = {
      {"/(.*)*X/\t叉\n", article},
      {"/(a+)+$/\tb\n", std::string(30, 'a') + "!"},
      {"/(x+x+)+y/\tz\n", std::string(5000, 'x')}};
  for (const auto& [lexicon, text] : kCases) {
    INFO(lexicon);
    auto converter = PinyinConverter::WithUserLexicon(lexicon, "slow.tsv");
    const auto start = std::chrono::steady_clock::now();
    converter->Convert(text);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  }
  auto converter = PinyinConverter::WithUserLexicon("/(a+)+$/\tb\n", "slow.tsv");
  CHECK(FormatPinyinLine(converter->Convert(std::string(31, 'a'))) == "B");
}

TEST_CASE("issue 13.5: patterns RE2 cannot run in linear time are refused with their line",
          "[pinyin][issue13]") {
  CHECK_THROWS_WITH(PinyinConverter::WithUserLexicon("# ok\n/(a)\\1/\tb\n", "re.tsv"),
                    Catch::Contains("re.tsv:2: invalid regular expression /(a)\\1/"));
  CHECK_THROWS_WITH(PinyinConverter::WithUserLexicon("/a(?=b)/\tc\n", "re.tsv"),
                    Catch::Contains("re.tsv:1: invalid regular expression"));
  CHECK_THROWS_WITH(PinyinConverter::WithUserLexicon("/(a)/\t$2\n", "re.tsv"),
                    Catch::Contains("re.tsv:1: the replacement \"$2\""));
  CHECK_THROWS_WITH(
      PinyinConverter::WithUserLexicon("/((((a{100}){100}){100}){100})/\tb\n", "re.tsv"),
      Catch::Contains("re.tsv:1: invalid regular expression"));
  auto converter = PinyinConverter::WithUserLexicon("/(福)(建)/\t$2$1$&\n", "re.tsv");
  CHECK(FormatPinyinLine(converter->Convert("福建")) == "jian4 fu2 fu2 jian4");
}

// Issue 13, item 13: a syllable with letters and a tone digit is not yet Mandarin.
TEST_CASE("issue 13.13: syllables outside the pinyin inventory are refused with their line",
          "[pinyin][issue13]") {
  CHECK_THROWS_WITH(
      PinyinConverter::WithUserLexicon("银行\tyin2 hang2\n干线\tgxq1 xian4\n", "my.tsv"),
      "my.tsv:2: \"gxq1\" is not a Mandarin syllable (docs/pinyin.md); fix the "
      "line or start it with '#'");
  CHECK_THROWS_AS(PinyinConverter::WithUserLexicon("女\tnvv3\n", "my.tsv"), Error);
  // CC-CEDICT's "xx5" (no known reading), second reading of 25 characters of the table.
  CHECK_THROWS_WITH(PinyinConverter::WithUserLexicon("测\txx1\n", "my.tsv"),
                    Catch::StartsWith("my.tsv:1: \"xx1\" is not a Mandarin syllable"));
  // The inventory's rarer members pass: ü as v, er, neutral tones, interjections.
  auto converter = PinyinConverter::WithUserLexicon(
      "绿\tlv4\n略\tlve4\n儿\ter2\n吗\tma5\n嗯\tng4\n哼\thng1\n俩\tlia3\n", "my.tsv");
  CHECK(FormatPinyinLine(converter->Convert("绿")) == "lv4");
}

TEST_CASE("pinyin: malformed user lexicon lines name the line", "[pinyin]") {
  CHECK_THROWS_WITH(
      PinyinConverter::WithUserLexicon("银行\tyin2 hang2\n银行\tyin hang\n", "my.tsv"),
      Catch::Contains("my.tsv:2:"));
  CHECK_THROWS_AS(PinyinConverter::WithUserLexicon("银行\tyin2\n", "my.tsv"), Error);
  CHECK_THROWS_AS(PinyinConverter::WithUserLexicon("no tab here\n", "my.tsv"), Error);
}

}  // namespace
}  // namespace briefcast
