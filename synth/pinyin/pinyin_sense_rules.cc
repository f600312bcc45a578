#include "synth/pinyin/pinyin_rule_match.h"

namespace briefcast::pinyin::rules {
namespace {

// 同行 tong2 hang2 "peers, the same trade" (与同行交流, 业内同行, 同行们) rather than the
// verb tong2 xing2 "travel together" (与他同行, 结伴同行, 一路同行): 同行 after a
// preposition taking it as object (与, 和, 跟, 向), after 的 or a determiner or place
// modifier, or before a plural suffix or a noun it heads. Anything else stays a verb.
bool IsPeerHang(const HanRun& run, int i) {
  const int tong = i - 1;
  if (AnyStartsAt(run, i + 1,
                  {U"们", U"间", U"之间", U"中", U"业", U"评议", U"评审", U"竞争", U"企业", U"公司",
                   U"机构", U"专家", U"学者", U"眼中", U"面前"})) {
    return true;
  }
  if (At(run, tong - 1) == U'的') return true;
  if (tong > 0 && run[tong - 1].word_size == 1 && OneOf(run[tong - 1].ch, U"与和跟向同比")) {
    return true;
  }
  return AnyEndsAt(run, tong,
                   {U"业内", U"业界", U"圈内", U"内外", U"国内", U"国外", U"海外", U"中外", U"境外",
                    U"外国", U"国际", U"全国", U"全球", U"各国", U"各地", U"外地", U"当地", U"其他",
                    U"其它", U"众多", U"不少", U"很多", U"许多", U"广大", U"各位", U"诸位", U"一些",
                    U"这些", U"那些", U"部分", U"行业", U"媒体", U"新闻"});
}

// Numerals that count lines: 一行字, 两行, 第三行, 几行, 十行.
bool IsCountingNumeral(char32_t ch) { return OneOf(ch, U"零一二三四五六七八九十两几百千万"); }

// True when the word run[begin, end) is a number or an ordinal: 十二, 第一 (not 万一).
bool IsNumberWord(const HanRun& run, int begin, int end) {
  if (begin < end && run[begin].ch == U'第') ++begin;
  if (begin >= end || (end - begin == 2 && TextAt(run, begin, U"万一"))) return false;
  for (int k = begin; k < end; ++k) {
    if (!IsCountingNumeral(run[k].ch)) return false;
  }
  return true;
}

// 行 hang2, the measure word "line, row", after a numeral (run[i - 1]): always before
// what is written in lines (一行字, 两行代码, 三行热泪). Otherwise after any numeral
// but 一 and 五, whose words 一行 "the party" (代表团一行, 一行人), 一言一行 and 五行
// "the Five Phases" are xing2 unless an ordinal, a larger number or a determiner
// precedes them (第一行, 十五行, 这一行) and 人 does not follow.
bool IsLineMeasure(const HanRun& run, int i) {
  if (AnyStartsAt(run, i + 1, {U"字",   U"文字", U"代码", U"诗",   U"泪",   U"热泪", U"眼泪",
                               U"清泪", U"数据", U"数字", U"小字", U"大字", U"标语", U"程序",
                               U"命令", U"指令", U"公式", U"注释", U"句子", U"歌词", U"文本",
                               U"脚本", U"记录", U"白鹭", U"表格", U"汉字", U"日志"})) {
    return true;
  }
  if (OneOf(At(run, i + 1), U"不得")) return false;  // 行不通, 行得通: the verb
  char32_t numeral = run[i - 1].ch;
  if (numeral != U'一' && numeral != U'五') return true;
  char32_t before = At(run, i - 2);
  return At(run, i + 1) != U'人' && (IsCountingNumeral(before) || OneOf(before, U"第每这那哪同另"));
}

// 行 right after a numeral: the last character of a word like 两行, 第一行, 七十二行, or
// a one-character word after a number word (三 行, 十五 行).
bool FollowsNumeral(const HanRun& run, int i) {
  if (i == 0 || !IsCountingNumeral(run[i - 1].ch)) return false;
  const HanSyllable& han = run[i];
  if (han.word_size > 1) return han.word_begin + han.word_size - 1 == i;
  return IsNumberWord(run, run[i - 1].word_begin, i);
}

// 行 hang2 "bank" after 我, 该 or 贵 (the dictionary words 我行 "I can", 该行 included) with more
// of the clause after it, other than a question or 不 (我行吗, 我行不行).
bool IsBankSelfName(const HanRun& run, int i) {
  const bool after_pronoun = run[i].word_size == 1 && i > 0 && run[i - 1].word_size == 1 &&
                             OneOf(At(run, i - 1), U"我贵该");
  const bool in_word =
      (InWord(run, i, U"我行") || InWord(run, i, U"该行") || InWord(run, i, U"贵行")) &&
      i == run[i].word_begin + 1;
  return (after_pronoun || in_word) && At(run, i + 1) != 0 && !OneOf(At(run, i + 1), U"吗吧呢啊不");
}

// 数 shu3 "count" reduplicated (数一数, 数了数, 数数看, 数数有几个) or before 一下. 数数
// at the end or before a particle may be "counting numbers" (学数数) and stays shu3 shu4.
bool IsCountingShu(const HanRun& run, int i) {
  if (OneOf(At(run, i + 1), U"一了") && At(run, i + 2) == U'数') return true;
  if (OneOf(At(run, i - 1), U"一了") && At(run, i - 2) == U'数') return true;
  if (TextAt(run, i + 1, U"一下")) return true;
  bool second_of_two = At(run, i - 1) == U'数' && run[i - 1].word_begin == run[i].word_begin;
  return second_of_two && i + 1 < static_cast<int>(run.size()) &&
         !OneOf(At(run, i + 1), U"的了吗呢吧啊儿");
}

}  // namespace

// The dictionary words 同行, 两行, 第一行 and 数数, 数数看, 数一数, 数一下 are re-read too.
Rule SenseRule(const HanRun& run, int i) {
  const HanSyllable& han = run[i];
  switch (han.ch) {
    case U'行':
      if (InWord(run, i, U"同行") && i == han.word_begin + 1) {
        return IsPeerHang(run, i) ? Rule{"hang2", true} : Rule{};
      }
      if (FollowsNumeral(run, i) && IsLineMeasure(run, i)) return {"hang2", true};
      if (IsBankSelfName(run, i)) return {"hang2", true};
      return {};
    case U'结':
      // 结果 jie1 guo3 "bear fruit" after a tree or the start of bearing (果树结果, 首次结果).
      if (InWord(run, i, U"结果") && i == han.word_begin &&
          AnyEndsAt(run, i, {U"树", U"开花", U"首次", U"陆续", U"开始"}) &&
          !AnyStartsAt(run, i + 2, {U"显示", U"表明", U"是", U"为"})) {
        return {"jie1", true};
      }
      return {};
    case U'中':
      // 中 zhong4 "hit, win" as a verb before 了, also the second 中 of 中中 (抽奖中中了).
      if (i + 1 == han.word_begin + han.word_size && At(run, i + 1) == U'了' &&
          run[i + 1].word_size == 1 && (han.word_size == 1 || InWord(run, i, U"中中"))) {
        return {"zhong4", true};
      }
      // ... and after a lone verb of aiming or drawing (被抽中的, 选中, 猜中).
      if (han.word_size == 1 && i > 0 && run[i - 1].word_size == 1 &&
          OneOf(At(run, i - 1), U"抽选猜击射砸押投考相看打命")) {
        return {"zhong4", true};
      }
      return {};
    case U'数':
      if (han.word_size > 1 && !InWord(run, i, U"数数") && !InWord(run, i, U"数数看") &&
          !InWord(run, i, U"数一数") && !InWord(run, i, U"数一下")) {
        return {};
      }
      if (IsCountingShu(run, i)) return {"shu3", true};
      return {};
    default:
      return {};
  }
}

}  // namespace briefcast::pinyin::rules
