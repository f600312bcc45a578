#include "synth/pinyin/pinyin_replacements.h"

#include <re2/re2.h>

#include "audio/error.h"

namespace briefcast::pinyin {

struct Replacements::Rule {
  std::unique_ptr<RE2> pattern;
  std::string rewrite;  // RE2's form: \1 a group, \\ a backslash
};

namespace {

// Memory RE2 may use for one compiled pattern; a larger one is refused, naming its line.
constexpr int64_t kMaxPatternMemory = 8 << 20;

// "$1 $& $$ \" (ECMAScript replacement) -> "\1 \0 $ \\" (RE2 rewrite).
std::string ToRewrite(std::string_view replacement) {
  std::string rewrite;
  for (std::size_t i = 0; i < replacement.size(); ++i) {
    const char c = replacement[i];
    const char next = i + 1 < replacement.size() ? replacement[i + 1] : '\0';
    if (c == '\\') {
      rewrite += "\\\\";
    } else if (c == '$' && next >= '0' && next <= '9') {
      rewrite += '\\';
      rewrite += next;
      ++i;
    } else if (c == '$' && (next == '&' || next == '$')) {
      rewrite += next == '&' ? "\\0" : "$";
      ++i;
    } else {
      rewrite += c;
    }
  }
  return rewrite;
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
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(kMaxPatternMemory);
  auto rule = std::make_shared<Rule>();
  rule->pattern =
      std::make_unique<RE2>(std::string(pattern.substr(1, pattern.size() - 2)), options);
  if (!rule->pattern->ok()) {
    throw Error(where + ": invalid regular expression " + std::string(pattern) + " (" +
                rule->pattern->error() +
                "); fix the pattern (RE2 syntax: no back-references or look-around)");
  }
  rule->rewrite = ToRewrite(line.substr(tab + 1));
  std::string problem;
  if (!rule->pattern->CheckRewriteString(rule->rewrite, &problem)) {
    throw Error(where + ": the replacement \"" + std::string(line.substr(tab + 1)) + "\" " +
                problem + "; fix the replacement");
  }
  rules_.push_back(std::move(rule));
  return true;
}

std::string Replacements::Apply(std::string_view text) const {
  std::string result(text);
  for (const auto& rule : rules_) RE2::GlobalReplace(&result, *rule->pattern, rule->rewrite);
  return result;
}

}  // namespace briefcast::pinyin
