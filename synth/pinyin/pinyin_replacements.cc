#include "synth/pinyin/pinyin_replacements.h"

#include "audio/error.h"
#include "synth/utf8.h"

namespace briefcast::pinyin {
namespace {

// UTF-8 to UTF-32 (wchar_t is 32 bits here); invalid bytes are dropped.
std::wstring Widen(std::string_view text) {
  std::wstring wide;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = utf8::Next(text, &pos);
    if (cp != utf8::kInvalid) wide.push_back(static_cast<wchar_t>(cp));
  }
  return wide;
}

std::string Narrow(const std::wstring& wide) {
  std::string text;
  for (wchar_t c : wide) utf8::Append(&text, static_cast<char32_t>(c));
  return text;
}

}  // namespace

bool Replacements::TryAdd(std::string_view line, const std::string& where) {
  if (line.empty() || line[0] != '/') return false;
  size_t tab = line.find('\t');
  std::string_view pattern = line.substr(0, tab);
  if (tab == std::string_view::npos || pattern.size() < 3 || pattern.back() != '/') {
    throw Error(where + ": expected \"/PATTERN/<TAB>REPLACEMENT\", got \"" + std::string(line) +
                "\"; fix the line or start it with '#'");
  }
  auto rule = std::make_shared<Rule>();
  try {
    rule->pattern = std::wregex(Widen(pattern.substr(1, pattern.size() - 2)));
  } catch (const std::regex_error& error) {
    throw Error(where + ": invalid regular expression " + std::string(pattern) + " (" +
                error.what() + "); fix the pattern");
  }
  rule->replacement = Widen(line.substr(tab + 1));
  rules_.push_back(std::move(rule));
  return true;
}

std::string Replacements::Apply(std::string_view text) const {
  std::wstring wide = Widen(text);
  for (const auto& rule : rules_) wide = std::regex_replace(wide, rule->pattern, rule->replacement);
  return Narrow(wide);
}

}  // namespace briefcast::pinyin
