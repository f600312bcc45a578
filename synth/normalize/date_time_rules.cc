#include "synth/normalize/date_time_rules.h"

#include <array>

namespace briefcast::tn {
namespace {

// Before a time, these words mean a score (比分 3:1), not a clock time.
constexpr TextView kScoreWords = U"比分|比赛|战胜|击败|负于|输给|赢了|大胜|战平|比数";
// Before 4-digit N年, these make N a duration (近2000年), not a year.
constexpr TextView kDurationWords = U"近|约|超过|长达|历时|历经|距今|逾";

// Saturates at 10^9: any longer run is no date or time part (and must not overflow).
int Value(TextView digits) {
  int value = 0;
  for (char32_t c : digits) {
    if (value >= 100'000'000) return 1'000'000'000;
    value = value * 10 + static_cast<int>(c - U'0');
  }
  return value;
}

bool ValidMonth(int month) { return month >= 1 && month <= 12; }
bool ValidDay(int day) { return day >= 1 && day <= 31; }

// 08 -> 八, 12 -> 十二: months, days and hours drop their leading zero.
Text ReadSmall(TextView digits, Two two = Two::kEr) {
  std::size_t nonzero = digits.find_first_not_of(U'0');
  if (nonzero == TextView::npos) return U"零";
  return ReadCardinal(digits.substr(nonzero), two);
}

// Minutes and seconds: 0 -> 零, 05 -> 零五, 30 -> 三十.
Text ReadMinutes(TextView digits) {
  int value = Value(digits);
  Text out;
  if (value < 10) out.push_back(U'零');
  if (value > 0) out += ReadSmall(digits);
  return out;
}

// Years written without 年 are only recognized from 1000 to 2999.
bool IsPlausibleYear(TextView y) { return y.size() == 4 && (y[0] == U'1' || y[0] == U'2'); }

bool IsDateSeparator(char32_t c) { return c == U'-' || c == U'/' || c == U'.' || c == U'·'; }

// Up to three digit groups joined by one repeated separator.
struct DigitGroups {
  std::array<TextView, 3> parts;
  int count = 0;
  char32_t separator = 0;
  std::size_t end = 0;
};

DigitGroups SplitGroups(TextView text, std::size_t pos) {
  DigitGroups groups;
  std::size_t end = pos;
  while (groups.count < 3) {
    std::size_t run = DigitRun(text, end);
    if (run == 0) break;
    groups.parts[groups.count++] = text.substr(end, run);
    end += run;
    groups.end = end;
    if (end + 1 >= text.size() || !IsDigit(text[end + 1])) break;
    char32_t sep = text[end];
    if (!IsDateSeparator(sep) || (groups.separator != 0 && sep != groups.separator)) break;
    groups.separator = sep;
    ++end;
  }
  return groups;
}

Text YearMonthDay(TextView year, TextView month, TextView day) {
  Text out;
  if (!year.empty()) out += ReadDigits(year) + U"年";
  if (!month.empty()) out += ReadSmall(month) + U"月";
  if (!day.empty()) out += ReadSmall(day) + U"日";
  return out;
}

// The groups as a date, or empty when they are not one.
Text ReadGroupsAsDate(const DigitGroups& g) {
  auto [a, b, c] = g.parts;
  if (g.count == 3) {
    if (a.size() == 4 && ValidMonth(Value(b)) && ValidDay(Value(c))) return YearMonthDay(a, b, c);
    if (c.size() == 4 && ValidMonth(Value(a)) && ValidDay(Value(b))) return YearMonthDay(c, a, b);
    if (c.size() == 4 && ValidDay(Value(a)) && ValidMonth(Value(b))) return YearMonthDay(c, b, a);
    bool short_year = a.size() == 2 && g.separator != U'-';
    if (short_year && ValidMonth(Value(b)) && ValidDay(Value(c))) return YearMonthDay(a, b, c);
    return {};
  }
  if (g.count != 2) return {};
  if (IsPlausibleYear(a) && ValidMonth(Value(b)) && (b.size() == 2 || g.separator != U'.')) {
    return YearMonthDay(a, b, {});
  }
  if (IsPlausibleYear(b) && a.size() == 2 && ValidMonth(Value(a))) {
    return YearMonthDay(b, a, {});
  }
  bool zero_padded =
      a.size() == 2 && b.size() == 2 && (a[0] == U'0' || (b[0] == U'0' && g.separator != U'.'));
  if (zero_padded && ValidMonth(Value(a)) && ValidDay(Value(b))) return YearMonthDay({}, a, b);
  return {};
}

}  // namespace

MaybeMatch TryNumericDate(TextView text, std::size_t pos) {
  if (pos > 0 && (IsDigit(text[pos - 1]) || text[pos - 1] == U'.')) return std::nullopt;
  DigitGroups groups = SplitGroups(text, pos);
  if (groups.count < 2) return std::nullopt;
  std::size_t end = groups.end;
  bool continues = end + 1 < text.size() && IsDigit(text[end + 1]) &&
                   (IsDateSeparator(text[end]) || text[end] == U':');
  if (continues) return std::nullopt;
  Text spoken = ReadGroupsAsDate(groups);
  if (spoken.empty()) return std::nullopt;
  // "2024-06-07日" already says 日.
  if (end < text.size() && (text[end] == U'日' || text[end] == U'号') && spoken.back() == U'日') {
    spoken.pop_back();
  }
  return Match{end, spoken};
}

namespace {

// "am", "a.m.", "PM" after a time (spaces allowed before it): 1 for am, 2 for pm.
int Meridiem(TextView text, std::size_t& end) {
  std::size_t at = SkipSpaces(text, end);
  for (TextView form : {U"a.m.", U"p.m.", U"am", U"pm", U"AM", U"PM", U"A.M.", U"P.M."}) {
    std::size_t after = at + form.size();
    if (StartsWith(text, at, form) && (after >= text.size() || !IsAsciiLetter(text[after]))) {
      end = after;
      return (form[0] | 0x20) == U'a' ? 1 : 2;
    }
  }
  return 0;
}

bool IsColon(char32_t c) { return c == U':' || c == U'：'; }

}  // namespace

MaybeMatch TryClockTime(TextView text, std::size_t pos) {
  if (pos > 0 && IsDigit(text[pos - 1])) return std::nullopt;
  std::size_t h = DigitRun(text, pos);
  if (h == 0 || h > 2) return std::nullopt;
  std::array<TextView, 3> parts{text.substr(pos, h)};
  int count = 1;
  std::size_t end = pos + h;
  while (count < 3 && end < text.size() && IsColon(text[end]) && DigitRun(text, end + 1) == 2) {
    parts[count++] = text.substr(end + 1, 2);
    end += 3;
  }
  if (count < 2 || (end < text.size() && (IsDigit(text[end]) || IsColon(text[end])))) {
    return std::nullopt;
  }
  int hour = Value(parts[0]), minute = Value(parts[1]), second = count == 3 ? Value(parts[2]) : 0;
  bool valid = minute < 60 && second < 60 && (hour < 24 || (hour == 24 && minute + second == 0));
  bool day_part = ContextBefore(text, pos, kDayPartWords, 3);  // 比赛于晚上7:45开始
  if (!valid || (!day_part && ContextBefore(text, pos, kScoreWords, 6))) return std::nullopt;
  Text spoken = ReadSmall(parts[0], Two::kLiang) + U"点";
  if (count == 3 || minute != 0) spoken += ReadMinutes(parts[1]) + U"分";
  if (count == 3) spoken += ReadMinutes(parts[2]) + U"秒";
  int meridiem = Meridiem(text, end);
  if (meridiem == 1 && !day_part) spoken = U"上午" + spoken;
  if (meridiem == 2 && !day_part && hour <= 12) spoken = U"下午" + spoken;
  return Match{end, spoken};
}

MaybeMatch TryDateUnit(TextView text, const NumberToken& number) {
  if (number.negative || number.has_point) return std::nullopt;
  std::size_t at = SkipSpaces(text, number.end);
  TextView digits = number.integer;
  if (StartsWith(text, at, U"年") && !StartsWith(text, at, U"年级")) {
    bool era = PrecededBy(text, number.begin, U"公元") || PrecededBy(text, number.begin, U"公元前");
    bool month_follows =
        DigitRun(text, at + 1) > 0 && StartsWith(text, at + 1 + DigitRun(text, at + 1), U"月");
    bool is_year = (digits.size() == 4 && !ContextBefore(text, number.begin, kDurationWords, 2)) ||
                   (digits.size() == 2 && (digits[0] == U'0' || month_follows)) || era;
    if (is_year) return Match{at + 1, ReadDigits(digits) + U"年"};
    return std::nullopt;
  }
  // The first year of a range: 2020-2024年, 2020至2024年.
  if (digits.size() == 4 && at < text.size()) {
    bool connector = text[at] == U'-' || text[at] == U'~' || text[at] == U'～' ||
                     text[at] == U'—' || text[at] == U'至' || text[at] == U'到';
    std::size_t second = SkipSpaces(text, at + 1);
    if (connector && DigitRun(text, second) == 4 && StartsWith(text, second + 4, U"年")) {
      return Match{number.end, ReadDigits(digits)};
    }
  }
  int value = Value(digits.substr(0, 3));
  if (StartsWith(text, at, U"月") && digits.size() <= 2 && ValidMonth(value)) {
    return Match{at + 1, ReadSmall(digits) + U"月"};
  }
  bool day_word = StartsWith(text, at, U"日") || StartsWith(text, at, U"号");
  if (day_word && digits.size() <= 2 && ValidDay(value)) {
    return Match{at + 1, ReadSmall(digits) + text[at]};
  }
  for (TextView era : {U"a.d.", U"ad", U"AD", U"b.c.", U"bc", U"BC"}) {
    std::size_t after = number.end + era.size();
    bool whole = after >= text.size() || !IsAsciiLetter(text[after]);
    if (StartsWith(text, number.end, era) && whole) {
      Text prefix = (era[0] | 0x20) == U'a' ? U"公元" : U"公元前";
      return Match{after, prefix + ReadDigits(digits) + U"年"};
    }
  }
  return std::nullopt;
}

MaybeMatch TryDecade(TextView text, const NumberToken& number) {
  TextView digits = number.integer;
  bool four_digits = number.end - number.begin == 4;  // 1,990s is no decade
  if (!four_digits || number.has_point || !IsPlausibleYear(digits) || digits[3] != U'0') {
    return std::nullopt;
  }
  std::size_t after = number.end + 1;
  bool whole = after >= text.size() || !(IsAsciiLetter(text[after]) || IsDigit(text[after]));
  if (!StartsWith(text, number.end, U"s") || !whole) return std::nullopt;
  return Match{after, ReadDigits(digits) + U"年代"};
}

}  // namespace briefcast::tn
