#include "synth/pinyin/pinyin_rule_match.h"

namespace briefcast::pinyin {
namespace {

using rules::AnyEndsAt;
using rules::AnyStartsAt;
using rules::At;
using rules::FromDigits;
using rules::OneOf;
using rules::Rule;

// The adverbial 地 (认真地, 冷冷地, 一如既往地): a lone 地 after a word of two or more
// characters and before more text, or after an idiom. Place nouns (各地, 土地) are
// dictionary words.
bool IsAdverbialDe(const HanRun& run, int i) {
  if (i == 0 || run[i - 1].word_size < 2) return false;
  return i + 1 < static_cast<int>(run.size()) || run[i - 1].word_size >= 4;  // 一如既往地，
}

// 长 zhang3 "head of" after an organisation or place word: 重庆市长, 教育局长.
bool IsTitleZhang(const HanRun& run, int i) {
  return i > 0 && run[i - 1].word_size >= 2 &&
         OneOf(run[i - 1].ch, U"市省县区局部厅校院所镇村乡处科组团队班社州署委");
}

// A word no more frequent than a given name: 志强 and 建华 are, 表示 and 荣获 are not.
constexpr double kNameLogProbability = -11.7;

// 曾 the surname zeng1 before a given name (副总经理曾志强带队, 获奖者曾建华是): a lone 曾 not
// after a pronoun, then a two-character word as rare as a name that does not begin as the
// adverb's verbs do (曾获评, 曾在, 曾任 stay ceng2 "once").
bool IsSurnameZeng(const HanRun& run, int i) {
  if (i + 1 >= static_cast<int>(run.size())) return false;
  const HanSyllable& next = run[i + 1];
  return !OneOf(At(run, i - 1), U"我你他她它们咱") && next.word_begin == i + 1 &&
         next.word_size == 2 && next.word_log_probability < kNameLogProbability &&
         !OneOf(next.ch, U"获在任是被多与参担先为荣就于到赴一经有作出对向把将让给受因以连带主率");
}

// Particles and function words: 了 还 地 得 的 着 儿 曾.
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
      // 得 "must" before an adverb of urgency, which no complement can be: 工作得尽快落实.
      if (AnyStartsAt(run, i + 1,
                      {U"尽快", U"尽早", U"抓紧", U"赶紧", U"赶快", U"马上", U"立即", U"立刻",
                       U"提前", U"及早", U"先"})) {
        return {"dei3", true};
      }
      if (OneOf(prev, U"我你他她它们咱谁") ||
          AnyEndsAt(run, i,
                    {U"大家", U"部门", U"单位", U"公司", U"企业", U"员工", U"职工", U"双方",
                     U"各方", U"政府", U"领导", U"干部", U"司机", U"家长", U"群众", U"客户"})) {
        // 他得了第一名 de2; 你得去, 各部门得安排 dei3 "must".
        return OneOf(next, U"了过奖") ? Rule{"de2", true} : Rule{"dei3", true};
      }
      return {};
    case U'儿':
      // A lone 儿 after a character is the erhua suffix (一点儿, 这儿); eSpeak reads er5.
      if (prev != 0) return {"er5", true};
      return {};
    case U'的':
      return {"de5"};
    case U'曾':
      if (IsSurnameZeng(run, i)) return {"zeng1", true};
      return {};
    case U'着':
      if (OneOf(next, U"火急凉迷陆")) return {"zhao2", true};
      return {"zhe5"};
    default:
      return {};
  }
}

// Verbs read by what follows: 调 tiao2 "set" before 到/至/成 and a value or setting
// (调到26度, 调至静音; 调到总部 stays diao4), 系 ji4 "tie" before a result (系好, 系牢),
// 量 liang2 "measure" before what is measured (量血压), 差 cha4 "short of" before an amount.
Rule VerbRule(const HanRun& run, int i) {
  char32_t prev = At(run, i - 1);
  char32_t next = At(run, i + 1);
  switch (run[i].ch) {
    case U'调':
      if (OneOf(next, U"到至成") &&
          (FromDigits(run, i + 2) ||
           AnyStartsAt(run, i + 2,
                       {U"零下", U"静音", U"振动", U"震动", U"最高", U"最低", U"最大", U"最小"}))) {
        return {"tiao2", true};
      }
      return {};
    case U'系':
      if (OneOf(next, U"好牢紧上")) return {"ji4", true};
      return {};
    case U'差':
      // 差 cha4 "short of" before an amount (还差三个百分点, 差一点, 差5分).
      if (FromDigits(run, i + 1) || OneOf(next, U"一二两三四五六七八九十几百千万点")) {
        return {"cha4", true};
      }
      // Alone after a degree adverb or ending a phrase it is the adjective "poor" (质量很差,
      // 效果较差); 差距, 差异, 出差 are words.
      if (prev == U'之') return {"cha1", true};  // the noun "difference": 以一分之差
      if (OneOf(prev, U"很较太更最越变") || next == 0 || OneOf(next, U"的了些")) {
        return {"cha4", true};
      }
      return {};
    case U'量':
      if (AnyStartsAt(run, i + 1, {U"血压", U"体温", U"身高", U"体重", U"尺寸", U"腰围"})) {
        return {"liang2", true};
      }
      return {};
    default:
      return {};
  }
}

// Content words: 率 缝 背 好 长 种 重.
Rule ContentWordRule(const HanRun& run, int i) {
  char32_t prev = At(run, i - 1);
  char32_t next = At(run, i + 1);
  switch (run[i].ch) {
    case U'率':
      // 率先, 率领, 率军 "lead" are shuai4; after a word 率 is the rate lv4 (好评率, 上岗率).
      if (OneOf(next, U"先领队团部众军兵师舰") || OneOf(prev, U"后曾亲遂即乃又再并")) {
        return {"shuai4", true};
      }
      if (prev != 0) return {"lv4", true};
      return {};
    case U'缝':
      // After a word and not before a result or object, a joint or gap fèng (伸缩缝有变形,
      // 施工缝); the verb féng sews (将其缝好, 缝衣服).
      if (prev != 0 && run[i - 1].word_size >= 2 &&
          !OneOf(next, U"好上合制补衣起成了住着进在于针线一")) {
        return {"feng4", true};
      }
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

}  // namespace

void ApplyPolyphoneRules(HanRun& run, RunStart start) {
  for (int i = 0; i < static_cast<int>(run.size()); ++i) {
    if (run[i].source > Source::kDictionary) continue;  // a lexicon entry is final
    Rule rule = rules::SenseRule(run, i);
    if (rule.reading.empty() && run[i].source == Source::kCharacter) {
      rule = run[i].ch == U'为' ? rules::WeiRule(run, i, start) : FunctionWordRule(run, i);
      if (rule.reading.empty()) rule = ContentWordRule(run, i);
      if (rule.reading.empty()) rule = VerbRule(run, i);
    }
    if (rule.reading.empty()) continue;
    run[i].syllable = std::move(rule.reading);
    run[i].fixed_by_rule = rule.sure;
  }
}

}  // namespace briefcast::pinyin
