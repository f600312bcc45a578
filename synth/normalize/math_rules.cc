#include "synth/normalize/math_rules.h"

namespace briefcast::tn {
namespace {

constexpr Rewrite kComparisons[] = {
    {U"<=", U"小于等于"}, {U">=", U"大于等于"}, {U"≤", U"小于等于"}, {U"≥", U"大于等于"},
    {U"≠", U"不等于"},    {U"=", U"等于"},      {U"<", U"小于"},     {U">", U"大于"},
    {U"×", U"乘"},        {U"÷", U"除以"},
};

bool IsWordChar(char32_t c) { return IsHan(c) || IsDigit(c) || IsAsciiLetter(c); }

// The character before `pos` (skipping spaces), or 0.
char32_t Before(TextView text, std::size_t pos) {
  while (pos > 0 && IsInlineSpace(text[pos - 1])) --pos;
  return pos > 0 ? text[pos - 1] : 0;
}

// The character at or after `pos` (skipping spaces), or 0.
char32_t After(TextView text, std::size_t pos) {
  pos = SkipSpaces(text, pos);
  return pos < text.size() ? text[pos] : 0;
}

bool IsCapital(TextView text, std::size_t pos) {
  return pos < text.size() && text[pos] >= U'A' && text[pos] <= U'Z';
}

bool LetterAt(TextView text, std::size_t pos) {
  return pos < text.size() && IsAsciiLetter(text[pos]);
}

// "O2O", "B2B": a 2 between two lone capitals.
bool IsLetterToLetter(TextView text, std::size_t pos) {
  return pos >= 1 && IsCapital(text, pos - 1) && (pos < 2 || !LetterAt(text, pos - 2)) &&
         IsCapital(text, pos + 1) && !LetterAt(text, pos + 2);
}

bool IsNumberEnd(char32_t c) { return IsDigit(c) || c == U'%' || c == U'‰'; }

}  // namespace

MaybeMatch TryFraction(TextView text, const NumberToken& number) {
  if (number.has_point) return std::nullopt;
  std::size_t slash = SkipSpaces(text, number.end);
  if (slash >= text.size() || text[slash] != U'/') return std::nullopt;
  std::size_t at = SkipSpaces(text, slash + 1);
  std::size_t run = DigitRun(text, at);
  if (run == 0 || text.substr(at, run).find_first_not_of(U'0') == TextView::npos) {
    return std::nullopt;
  }
  std::size_t end = at + run;
  if (end < text.size() && (text[end] == U'/' || text[end] == U'.')) return std::nullopt;
  Text spoken = number.negative ? U"负" : U"";
  spoken += ReadCardinal(text.substr(at, run)) + U"分之" + ReadCardinal(number.integer);
  return Match{end, spoken};
}

MaybeMatch TryRatio(TextView text, const NumberToken& number) {
  if (number.negative || number.end >= text.size()) return std::nullopt;
  if (text[number.end] != U':' && text[number.end] != U'：') return std::nullopt;
  auto second = ScanNumber(text, number.end + 1);
  if (!second || second->negative) return std::nullopt;
  return Match{second->end, ReadNumber(number) + U"比" + ReadNumber(*second)};
}

MaybeMatch TryOperator(TextView text, std::size_t pos) {
  char32_t c = text[pos];
  char32_t before = Before(text, pos);
  char32_t after = After(text, pos + 1);
  bool between_numbers = IsNumberEnd(before) && IsDigit(after);
  if ((c == U'~' || c == U'～' || c == U'〜') && IsWordChar(before) && IsWordChar(after)) {
    return Match{pos + 1, U"到"};
  }
  if ((c == U'-' || c == U'—' || c == 0x2013) && between_numbers) return Match{pos + 1, U"到"};
  if (c == U'+' && IsWordChar(before) && IsWordChar(after)) return Match{pos + 1, U"加"};
  if (c == U'±' && IsDigit(after)) return Match{pos + 1, U"正负"};
  bool sign_position = !IsWordChar(before) && before != U'%';
  if (c == U'-' && sign_position &&
      (StartsWith(text, pos + 1, U"百分之") || StartsWith(text, pos + 1, U"千分之"))) {
    return Match{pos + 1, U"负"};
  }
  // O2O, B2B: a 2 between single capitals is English "to".
  if (c == U'2' && IsLetterToLetter(text, pos)) {
    return Match{pos + 1, U" to "};
  }
  if (c == U'/' && IsHan(before) && IsHan(after)) return Match{pos + 1, U"每"};
  for (const Rewrite& op : kComparisons) {
    if (StartsWith(text, pos, op.written) && !IsAsciiLetter(before) &&
        IsDigit(After(text, pos + op.written.size()))) {
      return Match{pos + op.written.size(), Text(op.spoken)};
    }
  }
  return std::nullopt;
}

}  // namespace briefcast::tn
