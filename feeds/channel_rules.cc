#include "feeds/channel_rules.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace briefcast {
namespace {

// Apple Podcasts' categories and their subcategories (Apple Podcasts for Creators, "Apple
// Podcasts categories").
const std::map<std::string, std::set<std::string>>& AppleCategories() {
  static const std::map<std::string, std::set<std::string>> kCategories = {
      {"Arts", {"Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"}},
      {"Business",
       {"Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"}},
      {"Comedy", {"Comedy Interviews", "Improv", "Stand-Up"}},
      {"Education", {"Courses", "How To", "Language Learning", "Self-Improvement"}},
      {"Fiction", {"Comedy Fiction", "Drama", "Science Fiction"}},
      {"Government", {}},
      {"History", {}},
      {"Health & Fitness",
       {"Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality"}},
      {"Kids & Family", {"Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"}},
      {"Leisure",
       {"Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies",
        "Home & Garden", "Video Games"}},
      {"Music", {"Music Commentary", "Music History", "Music Interviews"}},
      {"News",
       {"Business News", "Daily News", "Entertainment News", "News Commentary", "Politics",
        "Sports News", "Tech News"}},
      {"Religion & Spirituality",
       {"Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion", "Spirituality"}},
      {"Science",
       {"Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics",
        "Natural Sciences", "Nature", "Physics", "Social Sciences"}},
      {"Society & Culture",
       {"Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships"}},
      {"Sports",
       {"Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey",
        "Rugby", "Running", "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness",
        "Wrestling"}},
      {"Technology", {}},
      {"True Crime", {}},
      {"TV & Film",
       {"After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"}},
  };
  return kCategories;
}

bool IsBlank(const std::string& text) {
  // ASCII white space and the ideographic space U+3000 (E3 80 80).
  std::string rest = text;
  for (std::size_t at; (at = rest.find("\xE3\x80\x80")) != std::string::npos;) rest.erase(at, 3);
  return std::all_of(rest.begin(), rest.end(),
                     [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

}  // namespace

std::string BaseUrlProblem(const std::string& url) {
  if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
    return "must be an absolute http:// or https:// URL, not \"" + url + "\"";
  }
  for (unsigned char c : url) {
    if (c <= ' ' || c >= 0x7F || std::string_view("\"<>\\^`{|}").find(c) != std::string::npos) {
      return "holds a character a URL may not (white space, a control character, quotes, <>, "
             "\\^`{|} or non-ASCII); percent-encode it, e.g. %20 for a space";
    }
  }
  if (url.find_first_of("?#") != std::string::npos) {
    return "must not have a query or fragment (?…, #…): file names are appended to it";
  }
  // scheme://host[:port][/path] with RFC 3986 path characters and %HH escapes.
  static const std::regex kUrl(
      R"(https?://([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?(/([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})*)*)");
  if (!std::regex_match(url, kUrl)) {
    return "is not a valid URL (\"https://host[:port]/path/\"; a host name of letters, digits, "
           "'-' and '.', %-escapes of two hex digits)";
  }
  return "";
}

std::string LanguageProblem(const std::string& language) {
  // BCP 47 (RFC 5646): language[-extlang][-script][-region][-variant]…, any case.
  static const std::regex kTag(
      R"((zh(-[a-z]{3})?|cmn)(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)",
      std::regex::icase);
  if (!std::regex_match(language, kTag)) {
    return "is \"" + language +
           "\": must be a BCP 47 language tag for Chinese such as zh-cn, zh-tw or zh-Hans (the "
           "episodes are spoken Mandarin)";
  }
  return "";
}

std::string CategoryProblem(const std::string& category) {
  if (AppleCategories().count(category)) return "";
  std::string names;
  for (const auto& [name, subcategories] : AppleCategories()) {
    names += (names.empty() ? "" : ", ") + name;
  }
  return "is \"" + category + "\", not one of Apple Podcasts' categories: " + names;
}

std::string SubcategoryProblem(const std::string& category, const std::string& subcategory) {
  auto it = AppleCategories().find(category);
  if (subcategory.empty() || it == AppleCategories().end() || it->second.count(subcategory)) {
    return "";
  }
  if (it->second.empty()) return "must be empty: \"" + category + "\" has no subcategories";
  std::string names;
  for (const std::string& name : it->second) names += (names.empty() ? "" : ", ") + name;
  return "is \"" + subcategory + "\", not a subcategory of \"" + category + "\": " + names;
}

std::string TitleProblem(const std::string& title) {
  return IsBlank(title) ? "must not be empty or only spaces" : "";
}

std::vector<ChannelProblem> ChannelProblems(const Channel& channel) {
  std::vector<ChannelProblem> problems;
  const auto add = [&](const std::string& key, const std::string& what) {
    if (!what.empty()) problems.push_back({key, what});
  };
  add("base_url", channel.base_url.empty() ? "" : BaseUrlProblem(channel.base_url));
  add("category", CategoryProblem(channel.category));
  add("language", LanguageProblem(channel.language));
  add("owner_email",
      channel.owner_email.find('@') == std::string::npos ? "must be an e-mail address" : "");
  add("subcategory", SubcategoryProblem(channel.category, channel.subcategory));
  add("title", TitleProblem(channel.title));
  add("type", channel.type != "episodic" && channel.type != "serial"
                  ? "must be \"episodic\" or \"serial\""
                  : "");
  return problems;
}

std::string WithFinalSlash(std::string url) {
  if (!url.ends_with('/')) url += '/';
  return url;
}

}  // namespace briefcast
