#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast::pinyin {

// Regular-expression replacements from a user lexicon, applied to the text before it is
// read (lines "/PATTERN/<TAB>REPLACEMENT"; RE2 syntax over UTF-8 characters, so 中. matches
// two Han characters; $1 in the replacement inserts a group, $& the whole match, $$ a '$').
// RE2 matches in time linear in the text, without recursion: no pattern can make briefcast
// crash or hang (docs/robustness.md).
class Replacements {
 public:
  // Parses `line` when it is a replacement line (starts with '/'). Returns false for other
  // lines; throws Error naming `where` ("file:line") when the line is malformed, the
  // pattern is not RE2 syntax (back-references, look-around) or too large, or the
  // replacement names a group the pattern lacks.
  bool TryAdd(std::string_view line, const std::string& where);

  bool empty() const { return rules_.empty(); }
  // The text with every rule applied in file order.
  std::string Apply(std::string_view text) const;

  struct Rule;  // a compiled pattern and its RE2 rewrite string

 private:
  std::vector<std::shared_ptr<const Rule>> rules_;
};

}  // namespace briefcast::pinyin
