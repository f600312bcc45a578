#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace briefcast {

// Parses an RFC 3339 date-time ("2024-06-07T08:00:00+08:00", "2024-06-07T00:00:00.5Z").
// Throws Error quoting the text when it is not one.
std::chrono::system_clock::time_point ParseRfc3339(std::string_view text);

// The same instant as RFC 2822 (RSS pubDate) in the text's own UTC offset:
// "2024-06-07T08:00:00+08:00" -> "Fri, 07 Jun 2024 08:00:00 +0800". Throws like ParseRfc3339.
std::string Rfc2822FromRfc3339(std::string_view text);

// True for a calendar date written "YYYY-MM-DD" ("2024-02-29"; not "2023-02-29", "2024-6-7").
bool IsIsoDate(std::string_view text);

// `time` as RFC 2822 in UTC: "Fri, 07 Jun 2024 00:00:00 +0000".
std::string Rfc2822(std::chrono::system_clock::time_point time);

}  // namespace briefcast
