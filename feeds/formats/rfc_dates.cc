#include "feeds/formats/rfc_dates.h"

#include <cstdio>

#include "audio/error.h"

namespace briefcast {
namespace {

using namespace std::chrono;

// An RFC 3339 date-time as written: local date and time plus the offset from UTC.
struct LocalTime {
  year_month_day date;
  seconds time_of_day{0};
  nanoseconds fraction{0};
  minutes utc_offset{0};
};

[[noreturn]] void Fail(std::string_view text) {
  throw Error("\"" + std::string(text) +
              "\" is not an RFC 3339 date-time such as 2024-06-07T08:00:00+08:00");
}

// Reads `digits` decimal digits at text[*pos]; -1 when they are not there.
int ReadNumber(std::string_view text, std::size_t* pos, int digits) {
  int value = 0;
  for (int i = 0; i < digits; ++i, ++*pos) {
    if (*pos >= text.size() || text[*pos] < '0' || text[*pos] > '9') return -1;
    value = value * 10 + (text[*pos] - '0');
  }
  return value;
}

bool Expect(std::string_view text, std::size_t* pos, std::string_view any_of) {
  if (*pos >= text.size() || any_of.find(text[*pos]) == std::string_view::npos) return false;
  ++*pos;
  return true;
}

nanoseconds ReadFraction(std::string_view text, std::size_t* pos) {
  nanoseconds fraction{0};
  if (!Expect(text, pos, ".")) return fraction;
  std::int64_t scale = 100000000;
  if (*pos >= text.size() || text[*pos] < '0' || text[*pos] > '9') Fail(text);
  for (; *pos < text.size() && text[*pos] >= '0' && text[*pos] <= '9'; ++*pos, scale /= 10) {
    fraction += nanoseconds((text[*pos] - '0') * scale);
  }
  return fraction;
}

LocalTime Parse(std::string_view text) {
  std::size_t pos = 0;
  int y = ReadNumber(text, &pos, 4);
  bool ok = Expect(text, &pos, "-");
  int mo = ReadNumber(text, &pos, 2);
  ok = ok && Expect(text, &pos, "-");
  int d = ReadNumber(text, &pos, 2);
  ok = ok && Expect(text, &pos, "Tt ");
  int h = ReadNumber(text, &pos, 2);
  ok = ok && Expect(text, &pos, ":");
  int mi = ReadNumber(text, &pos, 2);
  ok = ok && Expect(text, &pos, ":");
  int s = ReadNumber(text, &pos, 2);
  if (!ok || y < 0 || mo < 0 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
    Fail(text);
  }
  LocalTime local;
  local.date = year(y) / month(mo) / day(d);
  if (!local.date.ok()) Fail(text);
  local.time_of_day = hours(h) + minutes(mi) + seconds(s);
  local.fraction = ReadFraction(text, &pos);
  if (Expect(text, &pos, "Zz")) {
    if (pos != text.size()) Fail(text);
    return local;
  }
  bool negative = pos < text.size() && text[pos] == '-';
  ok = Expect(text, &pos, "+-");
  int oh = ReadNumber(text, &pos, 2);
  ok = ok && Expect(text, &pos, ":");
  int om = ReadNumber(text, &pos, 2);
  if (!ok || oh < 0 || oh > 23 || om < 0 || om > 59 || pos != text.size()) Fail(text);
  local.utc_offset = (negative ? -1 : 1) * (hours(oh) + minutes(om));
  return local;
}

std::string Format(year_month_day date, seconds time_of_day, minutes utc_offset) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  hh_mm_ss<seconds> clock(time_of_day);
  int offset = static_cast<int>(utc_offset.count());
  char text[64];
  std::snprintf(text, sizeof text, "%s, %02u %s %04d %02d:%02d:%02d %c%02d%02d",
                kDays[weekday(sys_days(date)).c_encoding()], unsigned(date.day()),
                kMonths[unsigned(date.month()) - 1], int(date.year()),
                static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()), offset < 0 ? '-' : '+',
                std::abs(offset) / 60, std::abs(offset) % 60);
  return text;
}

}  // namespace

system_clock::time_point ParseRfc3339(std::string_view text) {
  LocalTime local = Parse(text);
  auto utc = sys_days(local.date) + local.time_of_day - local.utc_offset + local.fraction;
  return time_point_cast<system_clock::duration>(utc);
}

std::string Rfc2822FromRfc3339(std::string_view text) {
  LocalTime local = Parse(text);
  return Format(local.date, local.time_of_day, local.utc_offset);
}

std::string Rfc2822(system_clock::time_point time) {
  auto day_start = floor<days>(time);
  return Format(year_month_day(day_start), floor<seconds>(time - day_start), minutes(0));
}

bool IsIsoDate(std::string_view text) {
  const auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(0, 4) || !digits(5, 2) ||
      !digits(8, 2)) {
    return false;
  }
  const auto number = [&](std::size_t from, std::size_t count) {
    return std::stoi(std::string(text.substr(from, count)));
  };
  const std::chrono::year_month_day date{std::chrono::year{number(0, 4)},
                                         std::chrono::month(static_cast<unsigned>(number(5, 2))),
                                         std::chrono::day(static_cast<unsigned>(number(8, 2)))};
  return date.ok();
}

}  // namespace briefcast
