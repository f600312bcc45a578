#include <algorithm>

#include "synth/pinyin/pinyin_rule_match.h"

namespace briefcast::pinyin::rules {
namespace {

// 为 wei4 "for, on behalf of" at the start of a clause or after an adverb, auxiliary or
// conjunction (不仅为当地, 也为社会, 共同为脱贫地区). A run that follows a closing quote
// or bracket continues a clause (以“安全第一”为主题): its first 为 is no clause start.
bool IsBenefactiveWei(const HanRun& run, int i, RunStart start) {
  if (i == 0) return start == RunStart::kClause;
  if (OneOf(run[i - 1].ch, U"仅也还都将正要只才并又而愿能会肯来去专们我你他她它咱应须可够再")) {
    return true;
  }
  return AnyEndsAt(
      run, i, {U"共同", U"专门", U"努力", U"主动", U"全力", U"积极", U"继续", U"致力",  U"愿意",
               U"正在", U"切实", U"真正", U"不断", U"充分", U"更好", U"全面", U"认真",  U"竭诚",
               U"始终", U"一直", U"热情", U"全心", U"尽力", U"真心", U"持续", U"进一步"});
}

// The people that news does things for (为员工办理, 为大家盛饭, 为客户提供). Bodies and
// qualities are left out: 为国家重点工程, 为企业自主研发, 为贫困村 are copulas.
int BeneficiaryWordAt(const HanRun& run, int begin) {
  return WordStartingAt(
      run, begin, {U"员工", U"职工", U"大家", U"客户",   U"用户",   U"群众",   U"居民",   U"村民",
                   U"农民", U"农户", U"百姓", U"老百姓", U"市民",   U"游客",   U"旅客",   U"乘客",
                   U"患者", U"病人", U"学生", U"师生",   U"孩子",   U"儿童",   U"老人",   U"家长",
                   U"人民", U"人们", U"他人", U"别人",   U"他们",   U"我们",   U"你们",   U"她们",
                   U"自己", U"党员", U"干部", U"教师",   U"老师",   U"医护",   U"工人",   U"司机",
                   U"业主", U"股东", U"会员", U"新员工", U"女职工", U"农民工", U"消费者", U"投资者",
                   U"广大", U"全体", U"环卫", U"快递",   U"他",     U"她",     U"你",     U"我"});
}

// The length of a beneficiary phrase at run index `begin`: a number the normalizer read
// and its measure word (3000名), up to three characters of modifier (获奖员工, 新入职员工,
// 山区群众), then a beneficiary word; 0 for none.
int BeneficiaryAt(const HanRun& run, int begin) {
  int at = begin;
  while (FromDigits(run, at)) ++at;
  if (at > begin && OneOf(At(run, at), U"名位家个户所批")) ++at;
  for (int modifier = 0; modifier <= 3 && At(run, at + modifier) != 0; ++modifier) {
    if (At(run, at + modifier) == U'的') break;
    const int word = BeneficiaryWordAt(run, at + modifier);
    if (word > 0) return at + modifier + word - begin;
  }
  return 0;
}

// True when a verb of doing something for someone starts the word at run index `k`.
bool ServingVerbAt(const HanRun& run, int k) {
  return run[k].word_begin == k &&
         AnyStartsAt(
             run, k,
             {U"提供", U"服务", U"办理", U"送去", U"送来",   U"送上",     U"设立",    U"缴纳",
              U"组织", U"开展", U"举办", U"推出", U"带来",   U"创造",     U"解决",    U"打造",
              U"搭建", U"献上", U"发放", U"配备", U"讲解",   U"颁发",     U"购买",    U"投保",
              U"义诊", U"捐赠", U"捐款", U"筹集", U"量身",   U"定制",     U"争取",    U"赢得",
              U"节省", U"减免", U"补贴", U"颁奖", U"办实事", U"排忧解难", U"保驾护航"});
}

// True when such a verb follows 为 at run index `i` a few characters on, past at least one
// character of its object (为当地农户提供, 为山区群众服务, 为300户农户送去). A verb right
// after 为 makes it the copula (主营业务为提供咨询, 主要任务为组织开展培训).
bool BenefactiveVerbAfter(const HanRun& run, int i) {
  const int end = std::min(static_cast<int>(run.size()), i + 10);
  if (i + 1 >= end || ServingVerbAt(run, i + 1)) return false;
  for (int k = i + 2; k < end && run[k].ch != U'为'; ++k) {
    if (ServingVerbAt(run, k)) return true;
  }
  return false;
}

// True when a number starts at run index `begin`: one written in digits, or a numeral
// after 仅/约/均 (厚度仅为十一毫米).
bool NumberAt(const HanRun& run, int begin) {
  if (FromDigits(run, begin)) return true;
  return OneOf(At(run, begin - 2), U"仅约均") &&
         OneOf(At(run, begin), U"零一二三四五六七八九十两百");
}

}  // namespace

// 为 before a beneficiary and more of the clause, or before its object and a verb of doing
// something for someone, is wei4 (为3000名员工进行了体检, 为牧民提供服务); before
// a number otherwise the copula wei2 (日产能为1.8万吨); a beneficiary at the end of the
// run may be what something is (其中一半为员工) and is left to the model.
Rule WeiRule(const HanRun& run, int i, RunStart start) {
  const int people = BeneficiaryAt(run, i + 1);
  if (people > 0 && i + 1 + people < static_cast<int>(run.size())) return {"wei4", true};
  if (BenefactiveVerbAfter(run, i)) return {"wei4", true};
  if (NumberAt(run, i + 1)) return {"wei2", true};
  if (IsBenefactiveWei(run, i, start)) return {"wei4", true};
  return {};
}

}  // namespace briefcast::pinyin::rules
