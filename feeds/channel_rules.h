#pragma once

#include <string>
#include <vector>

#include "feeds/channel.h"

namespace briefcast {

// What the channel's values must be before any of them reaches a feed (docs/configuration.md).
// Each check returns "" when the value is fine, else what is wrong and what would do, phrased
// to follow the setting's name: "'podcast.base_url' " + problem.

// An absolute http:// or https:// URL of a host: ASCII only, no white space, quotes, angle
// brackets or other characters a URL may not hold, no query or fragment (file names are
// appended to it), %-escapes of two hex digits.
std::string BaseUrlProblem(const std::string& url);

// A well-formed BCP 47 language tag for Chinese ("zh-cn", "zh-Hans-CN", "zh-tw", "cmn"):
// the episodes are spoken Mandarin.
std::string LanguageProblem(const std::string& language);

// A category of Apple Podcasts' list, spelled as there ("News", "Society & Culture"), and
// `subcategory` one of its subcategories or empty.
std::string CategoryProblem(const std::string& category);
std::string SubcategoryProblem(const std::string& category, const std::string& subcategory);

// Not empty and not only white space.
std::string TitleProblem(const std::string& title);

// One broken rule of a whole channel.
struct ChannelProblem {
  std::string key;   // the [podcast] key: "base_url"
  std::string what;  // as above
};

// Every rule above, plus owner_email with an '@' and type episodic or serial, in key order.
std::vector<ChannelProblem> ChannelProblems(const Channel& channel);

// `url` with a final '/' (file names are appended to a base URL).
std::string WithFinalSlash(std::string url);

}  // namespace briefcast
