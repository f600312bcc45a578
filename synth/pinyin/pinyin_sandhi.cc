#include <string>

#include "synth/pinyin/pinyin_run.h"

namespace briefcast::pinyin {
namespace {

constexpr char32_t kYi = U'一';
constexpr char32_t kBu = U'不';

bool IsNumeral(char32_t ch) {
  static const std::u32string kNumerals = U"零〇一二三四五六七八九十两幺";
  return kNumerals.find(ch) != std::u32string::npos;
}

bool IsDigitNumeral(char32_t ch) {
  static const std::u32string kDigits = U"零〇一二三四五六七八九幺";
  return kDigits.find(ch) != std::u32string::npos;
}

// Tone of the syllable after `i`, using the character's full tone when the lexicon made it
// neutral (一个 yi2 ge4), or 0 at the end of the run.
int NextTone(const PinyinLexicon& lexicon, const HanRun& run, size_t i) {
  if (i + 1 >= run.size()) return 0;
  int tone = Tone(run[i + 1].syllable);
  if (tone == 5) tone = Tone(lexicon.DefaultReading(run[i + 1].ch));
  return tone == 5 ? 0 : tone;
}

char32_t At(const HanRun& run, size_t i) { return i < run.size() ? run[i].ch : 0; }

// 一 read as the numeral yi1: in digit strings, ordinals, dates, at the end of a word or
// run, and where a larger number ends in it (十一, 二十一).
bool YiStaysFirstTone(const HanRun& run, size_t i) {
  char32_t prev = i > 0 ? run[i - 1].ch : 0;
  char32_t next = At(run, i + 1);
  const HanSyllable& yi = run[i];
  bool last_of_word = yi.word_size > 1 && static_cast<int>(i) == yi.word_begin + yi.word_size - 1;
  if (next == 0 || last_of_word) return true;
  if (prev == U'第' || prev == U'初' || prev == U'周' || prev == U'期' || prev == U'拜')
    return true;
  if (IsNumeral(prev) || IsDigitNumeral(next)) return true;
  static const std::u32string kLargeUnits = U"百千万亿零";
  static const std::u32string kEndsInYi = U"统唯专划单合归均";  // 统一战线
  bool after_unit = kLargeUnits.find(prev) != std::u32string::npos;
  if (after_unit && kLargeUnits.find(next) == std::u32string::npos) return true;  // 一百一十
  if (prev != 0 && kEndsInYi.find(prev) != std::u32string::npos) return true;
  if (next == U'点' && IsDigitNumeral(At(run, i + 2))) return true;  // 一点五
  // Ordinals without 第: 一等奖, 一号线, 一楼, 一季度, 一审, 一流, 一年级.
  static const std::u32string kOrdinalNext = U"等号楼层级季审流版线";
  if (kOrdinalNext.find(next) != std::u32string::npos) return true;
  if (next == U'年' && At(run, i + 2) == U'级') return true;
  if (next == U'月' || (next == U'日' && prev == U'月') || (next == U'号' && prev == U'月')) {
    return true;
  }
  return false;
}

void YiSandhi(const PinyinLexicon& lexicon, HanRun& run, size_t i) {
  if (YiStaysFirstTone(run, i)) {
    run[i].syllable = "yi1";
    return;
  }
  if (i > 0 && At(run, i + 1) == run[i - 1].ch) {  // 看一看
    run[i].syllable = "yi5";
    return;
  }
  run[i].syllable = NextTone(lexicon, run, i) == 4 ? "yi2" : "yi4";
}

void BuSandhi(const PinyinLexicon& lexicon, HanRun& run, size_t i) {
  if (run[i].syllable != "bu4") return;            // 差不多 bu5 from the lexicon
  if (i > 0 && At(run, i + 1) == run[i - 1].ch) {  // 是不是
    run[i].syllable = "bu5";
    return;
  }
  if (NextTone(lexicon, run, i) == 4) run[i].syllable = "bu2";
}

}  // namespace

void ApplyYiBuSandhi(const PinyinLexicon& lexicon, HanRun& run) {
  for (size_t i = 0; i < run.size(); ++i) {
    if (run[i].source == Source::kUser) continue;
    if (run[i].ch == kYi) YiSandhi(lexicon, run, i);
    if (run[i].ch == kBu) BuSandhi(lexicon, run, i);
  }
}

}  // namespace briefcast::pinyin
