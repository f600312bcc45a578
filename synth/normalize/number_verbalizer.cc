#include "synth/normalize/number_verbalizer.h"

namespace briefcast::tn {
namespace {

constexpr char32_t kDigitHan[] = U"零一二三四五六七八九";
constexpr char32_t kPlaceHan[] = {0, U'十', U'百', U'千'};
constexpr std::size_t kMaxCardinalDigits = 16;

int DigitValue(char32_t c) { return static_cast<int>(c - U'0'); }

// Up to four digits without leading zeros ("1010" -> 一千零一十). `leading` marks
// the start of the whole number, where 一十 becomes 十. A 2 in the 千 place is 两
// unless `two` is Two::kOrdinal.
Text ReadGroup(TextView group, bool leading, Two two) {
  Text out;
  bool pending_zero = false;
  bool any = false;
  std::size_t n = group.size();
  for (std::size_t i = 0; i < n; ++i) {
    int d = DigitValue(group[i]);
    std::size_t place = n - 1 - i;
    if (d == 0) {
      pending_zero = any;
      continue;
    }
    if (pending_zero) out.push_back(U'零');
    pending_zero = false;
    bool first_of_number = leading && !any;
    if (!(d == 1 && place == 1 && first_of_number)) {
      bool liang = d == 2 && place == 3 && two != Two::kOrdinal;
      out.push_back(liang ? U'两' : kDigitHan[d]);
    }
    if (place > 0) out.push_back(kPlaceHan[place]);
    any = true;
  }
  return out;
}

bool AllZero(TextView digits) { return digits.find_first_not_of(U'0') == TextView::npos; }

Text ReadPositive(TextView digits, bool first, Two two);

// The digits below a spoken 万 or 亿 ("0100" after 一万 -> 零一百): nothing when
// all zero, one 零 for any run of leading zeros.
Text ReadTail(TextView digits, Two two) {
  std::size_t nonzero = digits.find_first_not_of(U'0');
  if (nonzero == TextView::npos) return {};
  Text out = nonzero > 0 ? Text(U"零") : Text();
  return out + ReadPositive(digits.substr(nonzero), false, two);
}

// REQUIRES: no leading zero and a value above zero. `first` marks the start of
// the whole number (一十 -> 十, a lone 2 before 万/亿 -> 两 unless ordinal).
Text ReadPositive(TextView digits, bool first, Two two) {
  if (digits.size() <= 4) return ReadGroup(digits, first, two);
  std::size_t low_size = digits.size() > 8 ? 8 : 4;
  TextView high = digits.substr(0, digits.size() - low_size);
  bool liang = first && high == U"2" && two != Two::kOrdinal;
  Text out = liang ? Text(U"两") : ReadPositive(high, first, two);
  out.push_back(low_size == 8 ? U'亿' : U'万');
  return out + ReadTail(digits.substr(digits.size() - low_size), two);
}

}  // namespace

Text ReadDigits(TextView digits, bool yao) {
  Text out;
  out.reserve(digits.size());
  for (char32_t c : digits) {
    if (!IsDigit(c)) continue;
    out.push_back(yao && c == U'1' ? U'幺' : kDigitHan[DigitValue(c)]);
  }
  return out;
}

Text ReadCardinal(TextView digits, Two two) {
  if (digits.size() > kMaxCardinalDigits || (digits.size() > 1 && digits[0] == U'0')) {
    return ReadDigits(digits);
  }
  if (AllZero(digits)) return U"零";
  if (digits == U"2" && two == Two::kLiang) return U"两";
  return ReadPositive(digits, true, two);
}

Text ReadDecimal(TextView integer, TextView fraction, Two two) {
  // 两 is for whole counts: 2.5 is 二点五.
  if (two == Two::kLiang && !fraction.empty()) two = Two::kEr;
  Text out = integer.empty() ? Text(U"零") : ReadCardinal(integer, two);
  if (!fraction.empty()) {
    out.push_back(U'点');
    out += ReadDigits(fraction);
  }
  return out;
}

}  // namespace briefcast::tn

namespace briefcast::tn {
namespace {

bool IsMinus(char32_t c) { return c == U'-' || c == 0x2212 || c == 0xFF0D; }

// Digits with ASCII thousands separators: groups of exactly three after a
// first group of one to three digits ("1,024", "3,000,000").
std::size_t ScanInteger(TextView text, std::size_t pos, Text& digits) {
  std::size_t run = DigitRun(text, pos);
  digits.assign(text.substr(pos, run));
  std::size_t end = pos + run;
  if (run == 0 || run > 3) return end;
  while (end + 4 <= text.size() && text[end] == U',' && DigitRun(text, end + 1) == 3) {
    digits.append(text.substr(end + 1, 3));
    end += 4;
  }
  return end;
}

}  // namespace

std::optional<NumberToken> ScanNumber(TextView text, std::size_t pos) {
  NumberToken number;
  number.begin = pos;
  if (pos < text.size() && IsMinus(text[pos])) {
    char32_t before = pos > 0 ? text[pos - 1] : U' ';
    if (IsDigit(before) || IsAsciiLetter(before) || before == U'%' || before == U')') {
      return std::nullopt;
    }
    number.negative = true;
    ++pos;
  }
  std::size_t end = ScanInteger(text, pos, number.integer);
  if (end < text.size() && text[end] == U'.' && DigitRun(text, end + 1) > 0) {
    number.has_point = true;
    std::size_t run = DigitRun(text, end + 1);
    number.fraction.assign(text.substr(end + 1, run));
    end += 1 + run;
  }
  if (number.integer.empty() && !number.has_point) return std::nullopt;
  number.end = end;
  return number;
}

Text ReadNumber(const NumberToken& number, Two two, bool strip_zeros) {
  Text fraction = number.fraction;
  if (strip_zeros) {
    while (!fraction.empty() && fraction.back() == U'0') fraction.pop_back();
  }
  Text out = number.negative ? Text(U"负") : Text();
  if (number.negative && two == Two::kLiang) two = Two::kEr;
  return out + ReadDecimal(number.integer, fraction, two);
}

}  // namespace briefcast::tn
