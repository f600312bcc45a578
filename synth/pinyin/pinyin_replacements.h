#pragma once

#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast::pinyin {

// Regular-expression replacements from a user lexicon, applied to the text before it is
// read (lines "/PATTERN/<TAB>REPLACEMENT"; ECMAScript syntax over characters, so 中.
// matches two Han characters; $1 in the replacement inserts a group).
class Replacements {
 public:
  // Parses `line` when it is a replacement line (starts with '/'). Returns false for other
  // lines; throws Error naming `where` ("file:line") when the line is malformed.
  bool TryAdd(std::string_view line, const std::string& where);

  bool empty() const { return rules_.empty(); }
  // The text with every rule applied in file order.
  std::string Apply(std::string_view text) const;

 private:
  struct Rule {
    std::wregex pattern;
    std::wstring replacement;
  };
  std::vector<std::shared_ptr<const Rule>> rules_;
};

}  // namespace briefcast::pinyin
