#include <string>

#include "synth/pinyin_run.h"

namespace briefcast::pinyin {
namespace {

char32_t At(const HanRun& run, int i) {
  return i >= 0 && i < static_cast<int>(run.size()) ? run[i].ch : 0;
}

bool OneOf(char32_t ch, std::u32string_view set) {
  return ch != 0 && set.find(ch) != std::u32string_view::npos;
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
  static const std::u32string_view kWords[] = {
      U"共同", U"专门", U"努力", U"主动", U"全力", U"积极", U"继续", U"致力",  U"愿意",
      U"正在", U"切实", U"真正", U"不断", U"充分", U"更好", U"全面", U"认真",  U"竭诚",
      U"始终", U"一直", U"热情", U"全心", U"尽力", U"真心", U"持续", U"进一步"};
  for (std::u32string_view word : kWords) {
    if (i < static_cast<int>(word.size())) continue;
    bool match = true;
    for (size_t k = 0; k < word.size() && match; ++k) {
      match = run[i - word.size() + k].ch == word[k];
    }
    if (match) return true;
  }
  return false;
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

// Content words: 为 背 好 长 种 重.
Rule ContentWordRule(const HanRun& run, int i) {
  char32_t prev = At(run, i - 1);
  char32_t next = At(run, i + 1);
  switch (run[i].ch) {
    case U'为':
      if (IsBenefactiveWei(run, i)) return {"wei4", true};
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

void ApplyPolyphoneRules(HanRun& run) {
  for (int i = 0; i < static_cast<int>(run.size()); ++i) {
    if (run[i].source != Source::kCharacter) continue;
    Rule rule = FunctionWordRule(run, i);
    if (rule.reading.empty()) rule = ContentWordRule(run, i);
    if (rule.reading.empty()) continue;
    run[i].syllable = std::move(rule.reading);
    run[i].fixed_by_rule = rule.sure;
  }
}

}  // namespace briefcast::pinyin
