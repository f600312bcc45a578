#include "synth/read/published_time.h"

#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace briefcast {
namespace {

constexpr int kChinaOffsetMinutes = 8 * 60;

// A position in the text being parsed; every method leaves `pos` unchanged on failure.
struct Cursor {
  std::string_view text;
  std::size_t pos = 0;

  bool Done() const { return pos >= text.size(); }
  void SkipSpaces() {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  }
  bool Eat(std::string_view token) {
    if (!text.substr(pos).starts_with(token)) return false;
    pos += token.size();
    return true;
  }
  bool EatAny(std::initializer_list<std::string_view> tokens) {
    for (std::string_view token : tokens) {
      if (Eat(token)) return true;
    }
    return false;
  }
  // A number of min_digits..max_digits ASCII digits.
  std::optional<int> Number(std::size_t min_digits, std::size_t max_digits) {
    std::size_t end = pos;
    int value = 0;
    while (end < text.size() && end - pos < max_digits && text[end] >= '0' && text[end] <= '9') {
      value = value * 10 + (text[end++] - '0');
    }
    if (end - pos < min_digits) return std::nullopt;
    pos = end;
    return value;
  }
};

struct Fields {
  int year = 0, month = 0, day = 0;
  std::optional<int> hour, minute;
  std::optional<int> offset_minutes;  // east of UTC
};

std::optional<PublishedTime> Format(const Fields& f) {
  using namespace std::chrono;
  year_month_day date{year{f.year}, month{static_cast<unsigned>(f.month)},
                      day{static_cast<unsigned>(f.day)}};
  if (!date.ok() || f.year < 1900) return std::nullopt;
  PublishedTime result;
  char buffer[32];
  if (f.hour) {
    if (*f.hour > 23 || *f.minute > 59) return std::nullopt;
    sys_time<minutes> when = sys_days{date} + hours{*f.hour} + minutes{*f.minute};
    if (f.offset_minutes) when += minutes{kChinaOffsetMinutes - *f.offset_minutes};
    const sys_days day_start = floor<days>(when);
    date = year_month_day{day_start};
    const hh_mm_ss<minutes> clock{when - day_start};
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()));
    result.time = buffer;
  }
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  result.date = buffer;
  return result;
}

// "08:30", "08:30:15", "08:30:15.123"; the seconds are dropped.
bool ReadClock(Cursor& c, Fields& f) {
  f.hour = c.Number(1, 2);
  if (!f.hour || !c.EatAny({":", "："})) return false;
  f.minute = c.Number(2, 2);
  if (!f.minute) return false;
  if (c.EatAny({":", "："})) {
    if (!c.Number(2, 2)) return false;
    if (c.EatAny({".", ","}) && !c.Number(1, 9)) return false;
  }
  return true;
}

// "Z", "UTC", "GMT", "+08:00", "+0800", "-05"; nothing at all is no offset.
bool ReadOffset(Cursor& c, Fields& f) {
  c.SkipSpaces();
  if (c.Done()) return true;
  if (c.EatAny({"Z", "z", "UTC", "UT", "GMT"})) {
    f.offset_minutes = 0;
    return true;
  }
  const char sign = c.text[c.pos];
  if (sign != '+' && sign != '-') return false;
  ++c.pos;
  const std::optional<int> hours = c.Number(2, 2);
  if (!hours) return false;
  c.Eat(":");
  const int minutes = c.Number(2, 2).value_or(0);
  if (*hours > 23 || minutes > 59) return false;
  f.offset_minutes = (sign == '-' ? -1 : 1) * (*hours * 60 + minutes);
  return true;
}

std::optional<PublishedTime> ParseNumericDate(std::string_view text) {
  Cursor c{text};
  Fields f;
  std::optional<int> year = c.Number(4, 4);
  if (!year || !c.EatAny({"-", "/", ".", "年"})) return std::nullopt;
  std::optional<int> month = c.Number(1, 2);
  if (!month || !c.EatAny({"-", "/", ".", "月"})) return std::nullopt;
  std::optional<int> day = c.Number(1, 2);
  if (!day) return std::nullopt;
  c.Eat("日");
  f.year = *year, f.month = *month, f.day = *day;
  c.SkipSpaces();
  c.EatAny({"T", "t"});
  c.SkipSpaces();
  if (!c.Done() && (!ReadClock(c, f) || !ReadOffset(c, f))) return std::nullopt;
  c.SkipSpaces();
  if (!c.Done()) return std::nullopt;
  return Format(f);
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    bool same = true;
    for (std::size_t k = 0; k < 3; ++k) same = same && (name[k] | 0x20) == kMonths[i][k];
    if (same) return static_cast<int>(i) + 1;
  }
  return 0;
}

// RFC 2822's zone names, except CST: RFC 2822 (and RFC 822 before it) makes it US Central
// (-0600), but a Chinese news feed that writes CST means China Standard Time (+0800): Java
// names Asia/Shanghai so, and this program reads Chinese news. CDT stays US Central daylight time:
// China has no daylight saving time.
bool ReadZoneName(Cursor& c, Fields& f) {
  static constexpr std::array<std::pair<std::string_view, int>, 8> kZones = {{{"EST", -5},
                                                                              {"EDT", -4},
                                                                              {"CST", +8},
                                                                              {"CDT", -5},
                                                                              {"MST", -7},
                                                                              {"MDT", -6},
                                                                              {"PST", -8},
                                                                              {"PDT", -7}}};
  for (const auto& [name, hours] : kZones) {
    if (c.Eat(name)) {
      f.offset_minutes = hours * 60;
      return true;
    }
  }
  return ReadOffset(c, f);
}

// "Fri, 07 Jun 2024 00:30:00 +0000" (the day name is optional).
std::optional<PublishedTime> ParseRfc2822(std::string_view text) {
  Cursor c{text};
  if (std::size_t comma = text.find(','); comma != std::string_view::npos && comma <= 9) {
    c.pos = comma + 1;
  }
  c.SkipSpaces();
  Fields f;
  const std::optional<int> day = c.Number(1, 2);
  c.SkipSpaces();
  f.month = MonthFromName(text.substr(c.pos, 3));
  if (!day || f.month == 0) return std::nullopt;
  c.pos += 3;
  while (!c.Done() && std::isalpha(static_cast<unsigned char>(c.text[c.pos]))) ++c.pos;
  c.SkipSpaces();
  const std::size_t year_start = c.pos;
  std::optional<int> year = c.Number(2, 4);
  if (!year || c.pos - year_start == 3) return std::nullopt;
  if (c.pos - year_start == 2) *year += *year < 50 ? 2000 : 1900;
  f.year = *year, f.day = *day;
  c.SkipSpaces();
  if (!c.Done() && (!ReadClock(c, f) || (c.SkipSpaces(), !ReadZoneName(c, f)))) {
    return std::nullopt;
  }
  c.SkipSpaces();
  if (!c.Done()) return std::nullopt;
  return Format(f);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<PublishedTime> ParsePublishedTime(std::string_view text) {
  text = Trim(text);
  if (text.size() > 200) return std::nullopt;
  if (std::optional<PublishedTime> numeric = ParseNumericDate(text)) return numeric;
  return ParseRfc2822(text);
}

}  // namespace briefcast
