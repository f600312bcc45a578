#include <initializer_list>
#include <string>
#include <string_view>

#include "synth/pinyin/pinyin_run.h"

namespace briefcast::pinyin {
namespace {

char32_t At(const HanRun& run, int i) {
  return i >= 0 && i < static_cast<int>(run.size()) ? run[i].ch : 0;
}

bool OneOf(char32_t ch, std::u32string_view set) {
  return ch != 0 && set.find(ch) != std::u32string_view::npos;
}

// True when the characters from run index `begin` on spell `word` (false past either end).
bool TextAt(const HanRun& run, int begin, std::u32string_view word) {
  if (begin < 0 || begin + static_cast<int>(word.size()) > static_cast<int>(run.size())) {
    return false;
  }
  for (size_t k = 0; k < word.size(); ++k) {
    if (run[begin + k].ch != word[k]) return false;
  }
  return true;
}

// True when one of `words` ends right before run index `end`.
bool AnyEndsAt(const HanRun& run, int end, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view word : words) {
    if (TextAt(run, end - static_cast<int>(word.size()), word)) return true;
  }
  return false;
}

// True when one of `words` starts at run index `begin`.
bool AnyStartsAt(const HanRun& run, int begin, std::initializer_list<std::u32string_view> words) {
  for (std::u32string_view word : words) {
    if (TextAt(run, begin, word)) return true;
  }
  return false;
}

// True when run[i]'s word is exactly `word`.
bool InWord(const HanRun& run, int i, std::u32string_view word) {
  return run[i].word_size == static_cast<int>(word.size()) && TextAt(run, run[i].word_begin, word);
}

struct Rule {
  std::string reading;  // empty: no rule applies
  bool sure = false;    // the polyphone model may not change it
};

// The adverbial 地 (认真地, 冷冷地, 一如既往地): a lone 地 after a word of two or more
// characters and before more text, or after an idiom. Place nouns (各地, 土地) are
// dictionary words.
bool IsAdverbialDe(const HanRun& run, int i) {
  if (i == 0 || run[i - 1].word_size < 2) return false;
  return i + 1 < static_cast<int>(run.size()) || run[i - 1].word_size >= 4;  // 一如既往地，
}

// 为 wei4 "for, on behalf of" at the start of a clause or after an adverb, auxiliary or
// conjunction (不仅为当地, 也为社会, 共同为脱贫地区); the copula 为 wei2 follows nouns and
// verbs (原为, 女性为, 称为) and is left to the dictionary and the polyphone model.
bool IsBenefactiveWei(const HanRun& run, int i) {
  if (i == 0) return true;
  if (OneOf(run[i - 1].ch, U"仅也还都将正要只才并又而愿能会肯来去专们我你他她它咱应须可够再")) {
    return true;
  }
  return AnyEndsAt(
      run, i, {U"共同", U"专门", U"努力", U"主动", U"全力", U"积极", U"继续", U"致力",  U"愿意",
               U"正在", U"切实", U"真正", U"不断", U"充分", U"更好", U"全面", U"认真",  U"竭诚",
               U"始终", U"一直", U"热情", U"全心", U"尽力", U"真心", U"持续", U"进一步"});
}

// 长 zhang3 "head of" after an organisation or place word: 重庆市长, 教育局长.
bool IsTitleZhang(const HanRun& run, int i) {
  return i > 0 && run[i - 1].word_size >= 2 &&
         OneOf(run[i - 1].ch, U"市省县区局部厅校院所镇村乡处科组团队班社州署委");
}

// Particles and function words: 了 还 地 得 的 着 儿.
Rule FunctionWordRule(const HanRun& run, int i) {
  char32_t prev = At(run, i - 1);
  char32_t next = At(run, i + 1);
  switch (run[i].ch) {
    case U'了':
      // V不了 / V得了: "can (not) manage"; 了 before 了 is liao3 (走了了 is rare).
      if (OneOf(prev, U"不得") && (next == 0 || OneOf(next, U"了的吗呢吧啊"))) {
        return {"liao3", true};
      }
      return {"le5"};
    case U'还':
      if (OneOf(next, U"钱款债贷账本原给清") || OneOf(prev, U"归偿退返送交奉")) {
        return {"huan2", true};
      }
      if (next == U'了' && OneOf(At(run, i + 2), U"钱款债贷账")) return {"huan2", true};
      return {"hai2"};
    case U'地':
      // A lone 地 after a word and before a verb is the adverbial de5; at the start, di4.
      if (prev == 0 || OneOf(prev, U"各本此该当外内两土田陆大草山基场实耕盆")) return {"di4"};
      if (OneOf(next, U"里上下面区方点处图铁震理产块球带")) return {"di4", true};  // 在地里
      if (OneOf(prev, U"在到的这那此")) return {"di4", true};
      if (IsAdverbialDe(run, i)) return {"de5", true};
      return {};
    case U'得':
      if (OneOf(next, U"到以知益分奖主")) return {"de2"};
      if (OneOf(prev, U"我你他她它们咱谁")) {
        // 他得了第一名 de2; 你得去 dei3 "must".
        return OneOf(next, U"了过奖") ? Rule{"de2", true} : Rule{"dei3", true};
      }
      return {};
    case U'儿':
      // A lone 儿 after a character is the erhua suffix (一点儿, 这儿); eSpeak reads er5.
      if (prev != 0) return {"er5", true};
      return {};
    case U'的':
      return {"de5"};
    case U'着':
      if (OneOf(next, U"火急凉迷陆")) return {"zhao2", true};
      return {"zhe5"};
    default:
      return {};
  }
}

// Content words: 为 率 背 好 长 种 重.
Rule ContentWordRule(const HanRun& run, int i) {
  char32_t prev = At(run, i - 1);
  char32_t next = At(run, i + 1);
  switch (run[i].ch) {
    case U'为':
      // 仅为/约为/均为 before a number is the copula: 厚度仅为十一毫米.
      if (OneOf(prev, U"仅约均") && OneOf(next, U"零一二三四五六七八九十两百")) {
        return {"wei2", true};
      }
      if (IsBenefactiveWei(run, i)) return {"wei4", true};
      return {};
    case U'率':
      // 率先, 率领, 率军 "lead" are shuai4; after a word 率 is the rate lv4 (好评率, 上岗率).
      if (OneOf(next, U"先领队团部众军兵师舰") || OneOf(prev, U"后曾亲遂即乃又再并")) {
        return {"shuai4", true};
      }
      if (prev != 0) return {"lv4", true};
      return {};
    case U'背':
      if (OneOf(next, U"着起上包走回")) return {"bei1", true};  // 背着书包
      return {};
    case U'好':
      if (OneOf(next, U"战胜客色逸")) return {"hao4", true};
      return {"hao3", true};
    case U'长':
      if (OneOf(prev, U"很更最太较过多越延加增拉变延伸全") || OneOf(next, U"达于期度久远短途年")) {
        return {"chang2", true};
      }
      if (OneOf(next, U"得出成满")) return {"zhang3", true};  // 长得高, 长出新芽
      if (IsTitleZhang(run, i)) return {"zhang3", true};
      return {};
    case U'种':
      if (OneOf(prev, U"这那各每哪某一两几多此该诸品物人工良变剧兵")) return {"zhong3", true};
      if (OneOf(next, U"在下上植地树花菜田了过出")) return {"zhong4", true};
      return {};
    case U'重':
      if (OneOf(next, U"新复建组返申演启修")) return {"chong2", true};
      return {};
    default:
      return {};
  }
}

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

// 行 and 数 are read by their sense, which context decides even inside the dictionary
// words 同行, 两行, 第一行 and 数数, 数数看, 数一数, 数一下, so these rules see such words too.
Rule SenseRule(const HanRun& run, int i) {
  const HanSyllable& han = run[i];
  switch (han.ch) {
    case U'行':
      if (InWord(run, i, U"同行") && i == han.word_begin + 1) {
        return IsPeerHang(run, i) ? Rule{"hang2", true} : Rule{};
      }
      if (FollowsNumeral(run, i) && IsLineMeasure(run, i)) return {"hang2", true};
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

}  // namespace

void ApplyPolyphoneRules(HanRun& run) {
  for (int i = 0; i < static_cast<int>(run.size()); ++i) {
    if (run[i].source > Source::kDictionary) continue;  // a lexicon entry is final
    Rule rule = SenseRule(run, i);
    if (rule.reading.empty() && run[i].source == Source::kCharacter) {
      rule = FunctionWordRule(run, i);
      if (rule.reading.empty()) rule = ContentWordRule(run, i);
    }
    if (rule.reading.empty()) continue;
    run[i].syllable = std::move(rule.reading);
    run[i].fixed_by_rule = rule.sure;
  }
}

}  // namespace briefcast::pinyin
