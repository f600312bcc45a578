#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace briefcast {

// When an article was published, as Article holds it: date "YYYY-MM-DD" and time "HH:MM"
// (empty when the source gives only a date).
struct PublishedTime {
  std::string date;
  std::string time;
};

// Reads a publication time as article sources write it:
//   "2024-06-07", "2024/6/7", "2024.6.7", "2024年6月7日", optionally followed by a time of
//   day "08:30" or "08:30:15.5" after a space or 'T', optionally followed by an offset
//   ("Z", "+08:00", "-0500", "UTC") -- RFC 3339 is a case of this;
//   RFC 2822 as in RSS pubDate: "Fri, 07 Jun 2024 00:30:00 +0000", zones GMT, UT, UTC, Z and
//   the North American names RFC 2822 defines (EST -0500 ... PDT -0700; CST is -0600).
// A time with an offset is converted to China Standard Time (+08:00), which can change the
// date: "2024-06-06T20:00:00Z" -> 2024-06-07 04:00. A time without one is kept as written.
// Returns nullopt for anything else, including impossible dates ("2024-02-30").
std::optional<PublishedTime> ParsePublishedTime(std::string_view text);

}  // namespace briefcast
