#include <algorithm>
#include <string>

#include "synth/pinyin/pinyin_run.h"
#include "synth/utf8.h"

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

// 一 with sandhi: yi2 before a fourth tone, else yi4; yi1 at the end of the run.
const char* ByNextTone(const PinyinLexicon& lexicon, const HanRun& run, size_t i) {
  int tone = NextTone(lexicon, run, i);
  return tone == 0 ? "yi1" : tone == 4 ? "yi2" : "yi4";
}

// Characters of a spoken number, 点 included (一点五).
bool IsNumberChar(char32_t ch) {
  static const std::u32string kChars = U"零〇一二三四五六七八九十百千万亿两点";
  return kChars.find(ch) != std::u32string::npos;
}

bool InSameNumeral(const HanRun& run, size_t i, size_t j) {
  return j < run.size() && run[j].numeral_span == run[i].numeral_span;
}

// 一 in a numeral the normalizer read from digits. Named numerals (digit strings, codes,
// dates, times) keep yi1; in a value (a cardinal, count, decimal, ordinal, ratio or
// fraction), 一 takes sandhi only before 百/千/万/亿 outside the decimals (一百, 一千一百,
// 两万一千, 一百零一比九十九) or, alone, when it counts something (一个, 一人); elsewhere
// it is yi1 (十一, 零点一, 一点五, 百分之一, 二比一, 第一).
const char* YiInNumeral(const PinyinLexicon& lexicon, const HanRun& run, size_t i) {
  NumeralKind kind = run[i].numeral;
  if (kind == NumeralKind::kDigits || kind == NumeralKind::kCode || kind == NumeralKind::kDate ||
      kind == NumeralKind::kTime) {
    return "yi1";
  }
  for (size_t j = i; j-- > 0 && InSameNumeral(run, i, j) && IsNumberChar(run[j].ch);) {
    if (run[j].ch == U'点') return "yi1";  // a digit after the point
  }
  bool after_digit = i > 0 && InSameNumeral(run, i, i - 1) && IsNumberChar(run[i - 1].ch);
  char32_t next = InSameNumeral(run, i, i + 1) ? run[i + 1].ch : 0;
  static const std::u32string kPlaces = U"百千万亿";
  bool before_place = next != 0 && kPlaces.find(next) != std::u32string::npos;
  if (kind == NumeralKind::kOrdinal && !after_digit) return "yi1";  // 第一, 第一百
  if (before_place) return ByNextTone(lexicon, run, i);
  if (after_digit || IsNumberChar(next) || kind != NumeralKind::kCount) return "yi1";
  return ByNextTone(lexicon, run, i);  // a lone counted 一: 一个, 一家, 一公里
}

// 一 read as the numeral yi1: in digit strings, ordinals, dates, at the end of a word or
// run, and where a larger number ends in it (十一, 二十一).
bool YiStaysFirstTone(const HanRun& run, size_t i) {
  char32_t prev = i > 0 ? run[i - 1].ch : 0;
  char32_t next = At(run, i + 1);
  const HanSyllable& yi = run[i];
  bool last_of_word = yi.word_size > 1 && static_cast<int>(i) == yi.word_begin + yi.word_size - 1;
  if (next == 0 || last_of_word) return true;
  bool weekday = (prev == U'期' && i >= 2 && run[i - 2].ch == U'星') || prev == U'拜';
  if (prev == U'第' || prev == U'初' || prev == U'周' || weekday) return true;  // not 为期一周
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
  if (i > 0 && At(run, i + 1) == run[i - 1].ch) {  // 看一看, but 数一数二
    run[i].syllable = IsNumeral(At(run, i + 2)) ? "yi1" : "yi5";
    return;
  }
  run[i].syllable = ByNextTone(lexicon, run, i);
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

void MarkNumerals(std::string_view text, std::size_t run_begin,
                  std::span<const NumeralSpan> numerals, HanRun& run) {
  auto first = std::partition_point(numerals.begin(), numerals.end(),
                                    [&](const NumeralSpan& n) { return n.end <= run_begin; });
  size_t span = static_cast<size_t>(first - numerals.begin());
  size_t pos = run_begin;
  for (HanSyllable& han : run) {
    while (span < numerals.size() && numerals[span].end <= pos) ++span;
    if (span < numerals.size() && numerals[span].begin <= pos) {
      han.numeral = numerals[span].kind;
      han.numeral_span = static_cast<int>(span);
    }
    utf8::Next(text, &pos);
  }
}

void ApplyYiBuSandhi(const PinyinLexicon& lexicon, HanRun& run) {
  for (size_t i = 0; i < run.size(); ++i) {
    if (run[i].source == Source::kUser) continue;
    if (run[i].ch == kYi && run[i].numeral != NumeralKind::kNone) {
      run[i].syllable = YiInNumeral(lexicon, run, i);
    } else if (run[i].ch == kYi) {
      YiSandhi(lexicon, run, i);
    }
    if (run[i].ch == kBu) BuSandhi(lexicon, run, i);
  }
}

}  // namespace briefcast::pinyin
