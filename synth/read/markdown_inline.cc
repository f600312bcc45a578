#include "synth/read/markdown_inline.h"

#include <cctype>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "synth/utf8.h"

namespace briefcast {
namespace {

constexpr std::size_t kNone = std::string::npos;
constexpr std::size_t kMaxTagLength = 2000;

// Markdown text with backslash escapes resolved: `literal[i]` marks characters that were
// escaped and so are never syntax.
struct MarkedText {
  std::string text;
  std::vector<bool> literal;

  std::size_t size() const { return text.size(); }
  bool Is(std::size_t i, char c) const { return i < text.size() && text[i] == c && !literal[i]; }
  void Push(char c, bool is_literal) {
    text += c;
    literal.push_back(is_literal);
  }
};

MarkedText ResolveEscapes(std::string_view markdown) {
  MarkedText out;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    if (markdown[i] == '\\' && i + 1 < markdown.size() &&
        std::ispunct(static_cast<unsigned char>(markdown[i + 1]))) {
      out.Push(markdown[++i], true);
    } else {
      out.Push(markdown[i], false);
    }
  }
  return out;
}

// Removes code spans (a run of backticks up to the next run of the same length) and
// inline HTML tags and autolinks ("<" + letter, '/' or '!' ... ">").
MarkedText RemoveCodeAndTags(const MarkedText& in) {
  std::vector<std::size_t> next_gt(in.size() + 1, kNone);
  for (std::size_t i = in.size(); i-- > 0;) next_gt[i] = in.Is(i, '>') ? i : next_gt[i + 1];
  // Start positions of backtick runs, by run length, in text order.
  std::unordered_map<std::size_t, std::vector<std::size_t>> runs;
  for (std::size_t i = 0; i < in.size();) {
    std::size_t end = i;
    while (in.Is(end, '`')) ++end;
    if (end > i) runs[end - i].push_back(i);
    i = std::max(end, i + 1);
  }
  std::unordered_map<std::size_t, std::size_t> next_run;  // length -> index into runs
  MarkedText out;
  for (std::size_t i = 0; i < in.size();) {
    if (in.Is(i, '`')) {
      std::size_t length = 0;
      while (in.Is(i + length, '`')) ++length;
      const std::vector<std::size_t>& same = runs[length];
      std::size_t& k = next_run[length];
      while (k < same.size() && same[k] <= i) ++k;
      i = k < same.size() ? same[k] + length : i + length;  // unmatched: drop the backticks
      continue;
    }
    const bool tag_start = i + 1 < in.size() && in.Is(i, '<') &&
                           (std::isalpha(static_cast<unsigned char>(in.text[i + 1])) ||
                            in.text[i + 1] == '/' || in.text[i + 1] == '!');
    if (tag_start && next_gt[i] != kNone && next_gt[i] - i <= kMaxTagLength) {
      i = next_gt[i] + 1;
      continue;
    }
    out.Push(in.text[i], in.literal[i]);
    ++i;
  }
  return out;
}

// For each opening `open`, the index of its matching `close`, else kNone.
std::vector<std::size_t> MatchPairs(const MarkedText& in, char open, char close) {
  std::vector<std::size_t> match(in.size() + 1, kNone), stack;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in.Is(i, open)) {
      stack.push_back(i);
    } else if (in.Is(i, close) && !stack.empty()) {
      match[stack.back()] = i;
      stack.pop_back();
    }
  }
  return match;
}

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsBlank(char c) { return c == 0 || c == ' ' || c == '\t'; }

// Whether a run of emphasis characters between `before` and `after` is text, not markup.
bool EmphasisRunIsText(char mark, std::size_t length, char before, char after) {
  if (mark == '~') return length == 1;
  if (mark == '_') return IsAsciiAlnum(before) && IsAsciiAlnum(after);
  const bool digits = std::isdigit(static_cast<unsigned char>(before)) &&
                      std::isdigit(static_cast<unsigned char>(after));
  return (IsBlank(before) && IsBlank(after)) || (length == 1 && digits);
}

// The character a reference "&amp;" "&#20013;" "&#x4E2D;" stands for; empty when unknown.
std::string DecodeEntity(std::string_view entity) {
  static const std::unordered_map<std::string_view, std::string_view> kNamed = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
  if (auto it = kNamed.find(entity); it != kNamed.end()) return std::string(it->second);
  if (entity.size() < 2 || entity[0] != '#') return "";
  const bool hex = entity[1] == 'x' || entity[1] == 'X';
  const std::string digits(entity.substr(hex ? 2 : 1));
  char* end = nullptr;
  const unsigned long code = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
  if (digits.empty() || *end != '\0' || code == 0 || code > 0x10FFFF ||
      (code >= 0xD800 && code <= 0xDFFF)) {
    return "";
  }
  return utf8::Encode(static_cast<char32_t>(code));
}

// Writes the text of `in`, dropping link syntax, images, footnote markers and emphasis.
class InlineWriter {
 public:
  explicit InlineWriter(const MarkedText& in)
      : in_(in),
        brackets_(MatchPairs(in, '[', ']')),
        parens_(MatchPairs(in, '(', ')')),
        jump_(in.size() + 1, kNone) {}

  std::string Write() {
    for (std::size_t i = 0; i < in_.size();) i = Step(i);
    return std::move(out_);
  }

 private:
  // The index just past the destination "(url)" or "[ref]" after the ']' at `close`, or kNone.
  std::size_t AfterDestination(std::size_t close) const {
    if (in_.Is(close + 1, '(') && parens_[close + 1] != kNone) return parens_[close + 1] + 1;
    if (in_.Is(close + 1, '[') && brackets_[close + 1] != kNone) return brackets_[close + 1] + 1;
    return kNone;
  }

  std::size_t Step(std::size_t i) {
    if (jump_[i] != kNone) return jump_[i];
    const char c = in_.text[i];
    if (in_.Is(i, '!') && in_.Is(i + 1, '[') && brackets_[i + 1] != kNone) {
      const std::size_t close = brackets_[i + 1];
      const std::size_t after = AfterDestination(close);
      return after != kNone ? after : close + 1;  // an image: nothing to read
    }
    if (in_.Is(i, '[') && brackets_[i] != kNone) {
      const std::size_t close = brackets_[i];
      if (in_.Is(i + 1, '^')) return close + 1;  // a footnote marker
      const std::size_t after = AfterDestination(close);
      if (after != kNone) {
        jump_[close] = after;  // a link: read its text, then skip the destination
        return i + 1;
      }
    }
    if ((c == '*' || c == '_' || c == '~') && !in_.literal[i]) {
      std::size_t end = i;
      while (in_.Is(end, c)) ++end;
      const char before = out_.empty() ? 0 : out_.back();
      const char after = end < in_.size() ? in_.text[end] : 0;
      if (EmphasisRunIsText(c, end - i, before, after)) out_.append(end - i, c);
      return end;
    }
    if (in_.Is(i, '&')) {
      const std::size_t length = std::string_view(in_.text).substr(i, 12).find(';');
      if (length != std::string::npos) {
        const std::string decoded =
            DecodeEntity(std::string_view(in_.text).substr(i + 1, length - 1));
        if (!decoded.empty()) {
          out_ += decoded;
          return i + length + 1;
        }
      }
    }
    out_ += c;
    return i + 1;
  }

  const MarkedText& in_;
  const std::vector<std::size_t> brackets_;
  const std::vector<std::size_t> parens_;
  std::vector<std::size_t> jump_;
  std::string out_;
};

}  // namespace

std::string MarkdownInlineText(std::string_view markdown) {
  const MarkedText text = RemoveCodeAndTags(ResolveEscapes(markdown));
  return InlineWriter(text).Write();
}

}  // namespace briefcast
