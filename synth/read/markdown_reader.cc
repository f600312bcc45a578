#include "synth/read/markdown_reader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audio/error.h"
#include "synth/read/markdown_inline.h"
#include "synth/read/metadata_line.h"
#include "synth/read/published_time.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

[[noreturn]] void Fail(std::string_view source, int line, const std::string& what) {
  std::string message(source);
  if (line > 0) message += ":" + std::to_string(line);
  throw Error(message + ": " + what);
}

std::string_view Trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

void CheckText(std::string_view text, std::string_view source) {
  const std::size_t nul = text.find('\0');
  const std::size_t bad = std::min(nul, FirstInvalidUtf8(text));
  if (bad == std::string_view::npos) return;
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + bad, '\n'));
  Fail(source, line,
       (bad == nul ? "NUL byte" : "invalid UTF-8") + std::string(" at byte offset ") +
           std::to_string(bad) + "; save the article as UTF-8 text");
}

void SetDate(std::string_view value, int line, std::string_view source, Article& article) {
  const std::optional<PublishedTime> when = ParsePublishedTime(value);
  if (!when) {
    Fail(source, line,
         "date '" + std::string(value) + "' is not a valid date; write it as YYYY-MM-DD");
  }
  article.date = when->date;
  article.time = when->time;
}

// One YAML-ish "key: value" line of front matter.
void ReadFrontMatterLine(std::string_view line, int line_number, std::string_view source,
                         Article& article) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  std::string key(Trim(line.substr(0, colon)));
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string_view value = Trim(line.substr(colon + 1));
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  if (value.starts_with('[') && value.ends_with(']')) value = value.substr(1, value.size() - 2);
  if (value.empty()) return;
  if (key == "title") {
    article.title = CleanReadText(MarkdownInlineText(value));
  } else if (key == "date" || key == "published" || key == "pubdate") {
    SetDate(value, line_number, source, article);
  } else if (key == "author" || key == "publisher" || key == "authors") {
    article.publisher = CleanReadText(value);
  } else if ((key == "url" || key == "link" || key == "source" || key == "canonical") &&
             IsWebUrl(value)) {
    article.source_url = std::string(value);
  }
}

struct Block {
  std::string text;
  int heading_level = 0;  // 0 for a paragraph
};

int CountRun(std::string_view s, char c) {
  int n = 0;
  while (static_cast<std::size_t>(n) < s.size() && s[n] == c) ++n;
  return n;
}

// "***", "- - -", "___": a thematic break.
bool IsThematicBreak(std::string_view s) {
  if (s.empty() || (s[0] != '*' && s[0] != '-' && s[0] != '_')) return false;
  int marks = 0;
  for (char c : s) {
    if (c == s[0]) {
      ++marks;
    } else if (c != ' ' && c != '\t') {
      return false;
    }
  }
  return marks >= 3;
}

// The text after a list marker ("- ", "* ", "+ ", "1. ", "2) "), or nullopt.
std::optional<std::string_view> ListItemText(std::string_view s) {
  std::size_t marker = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '*' || s[0] == '+')) {
    marker = 1;
  } else {
    while (marker < s.size() && marker < 9 && std::isdigit(static_cast<unsigned char>(s[marker])))
      ++marker;
    if (marker == 0 || marker >= s.size() || (s[marker] != '.' && s[marker] != ')')) {
      return std::nullopt;
    }
    ++marker;
  }
  if (marker < s.size() && s[marker] != ' ' && s[marker] != '\t') return std::nullopt;
  std::string_view rest = Trim(s.substr(marker));
  for (std::string_view box : {"[ ] ", "[x] ", "[X] "}) {
    if (rest.starts_with(box)) rest.remove_prefix(box.size());
  }
  return rest;
}

// A table row's cells, joined so they read as a list: "| 指标 | 数值 |" -> "指标，数值".
std::string TableRowText(std::string_view row) {
  std::string text;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= row.size(); ++i) {
    if (i < row.size() && (row[i] != '|' || (i > 0 && row[i - 1] == '\\'))) continue;
    std::string_view cell = Trim(row.substr(start, i - start));
    if (!cell.empty()) text += (text.empty() ? "" : "，") + std::string(cell);
    start = i + 1;
  }
  return text;
}

// Splits Markdown lines into headings and paragraphs, dropping what is not read.
class BlockParser {
 public:
  BlockParser(std::string_view source, Article& article) : source_(source), article_(article) {}

  void AddLine(std::string_view raw, int line_number) {
    line_number_ = line_number;
    if (fence_length_ > 0) {
      std::string_view s = Trim(raw);
      if (CountRun(s, fence_char_) >= fence_length_ &&
          Trim(s.substr(CountRun(s, fence_char_))).empty()) {
        fence_length_ = 0;
      }
      return;
    }
    const std::string line = StripComments(raw);
    std::size_t indent = 0;
    int columns = 0;
    for (; indent < line.size() && (line[indent] == ' ' || line[indent] == '\t'); ++indent) {
      columns += line[indent] == '\t' ? 4 : 1;
    }
    std::string_view content = Trim(std::string_view(line).substr(indent));
    if (content.empty()) {
      Flush();
      blank_before_ = true;
      return;
    }
    const bool after_blank = std::exchange(blank_before_, false);
    if (in_definition_ && (columns >= 2 || !after_blank)) return;
    in_definition_ = false;
    if (columns >= 4 && current_.empty() && !in_list_) return;  // indented code
    if (in_list_ && after_blank && columns < 2) in_list_ = false;
    AddContent(content);
  }

  std::vector<Block> Take() {
    Flush();
    return std::move(blocks_);
  }

 private:
  void AddContent(std::string_view s) {
    int quote_depth = 0;
    while (s.starts_with('>')) {
      s = Trim(s.substr(1));
      ++quote_depth;
    }
    if ((quote_depth > 0) != in_quote_) Flush();
    in_quote_ = quote_depth > 0;
    if (s.empty()) return Flush();
    const int fence = std::max(CountRun(s, '`'), CountRun(s, '~'));
    if (fence >= 3) {
      Flush();
      fence_char_ = s[0];
      fence_length_ = fence;
      return;
    }
    if (const int level = CountRun(s, '#');
        level >= 1 && level <= 6 &&
        (s.size() == static_cast<std::size_t>(level) || s[level] == ' ')) {
      Flush();
      std::string_view text = Trim(s.substr(level));
      while (text.ends_with('#')) text.remove_suffix(1);
      return AddBlock(text, level);
    }
    if (!current_.empty() && !current_is_item_ &&
        (CountRun(s, '=') == static_cast<int>(s.size()) ||
         CountRun(s, '-') == static_cast<int>(s.size()))) {
      const std::string text = std::move(current_);
      current_.clear();
      return AddBlock(text, s[0] == '=' ? 1 : 2);
    }
    if (IsThematicBreak(s)) return Flush();
    if (s.starts_with('[') && current_.empty()) {
      const std::size_t close = s.find("]:");
      if (close != std::string_view::npos &&
          s.substr(0, close).find(']') == std::string_view::npos) {
        in_definition_ = s.starts_with("[^");  // footnote text may continue on indented lines
        return;
      }
    }
    if (s.starts_with('|')) {
      Flush();
      if (s.find_first_not_of("|-: \t") != std::string_view::npos) AddBlock(TableRowText(s), 0);
      return;
    }
    if (const std::optional<std::string_view> item = ListItemText(s)) {
      Flush();
      in_list_ = true;
      current_is_item_ = true;
      current_ = *item;
      return;
    }
    if (current_.empty() && blocks_.size() <= 1 && article_.date.empty() &&
        ReadMetadataLine(s, line_number_, source_, article_)) {
      return;
    }
    current_ += current_.empty() ? "" : " ";
    current_ += s;
  }

  // The line without HTML comments, which may span lines.
  std::string StripComments(std::string_view raw) {
    std::string out;
    while (!raw.empty()) {
      const std::size_t at = raw.find(in_comment_ ? "-->" : "<!--");
      if (at == std::string_view::npos) {
        if (!in_comment_) out += raw;
        break;
      }
      if (!in_comment_) out += raw.substr(0, at);
      raw.remove_prefix(at + (in_comment_ ? 3 : 4));
      in_comment_ = !in_comment_;
    }
    return out;
  }

  void AddBlock(std::string_view markdown, int heading_level) {
    std::string text = CleanReadText(MarkdownInlineText(markdown));
    if (HasWords(text)) blocks_.push_back({std::move(text), heading_level});
  }

  void Flush() {
    if (!current_.empty()) AddBlock(current_, 0);
    current_.clear();
    current_is_item_ = false;
  }

  std::string_view source_;
  Article& article_;
  int line_number_ = 0;
  char fence_char_ = 0;
  int fence_length_ = 0;
  bool blank_before_ = true;
  bool in_definition_ = false;
  bool in_comment_ = false;
  bool in_list_ = false;
  bool in_quote_ = false;
  bool current_is_item_ = false;
  std::string current_;
  std::vector<Block> blocks_;
};

// The line number of the front matter's closing "---" (or "..."), or 0 when `text` has none.
int FrontMatterEnd(std::string_view text) {
  int line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = Trim(text.substr(start, end - start));
    ++line_number;
    if (line_number == 1 && line != "---") return 0;
    if (line_number > 1 && (line == "---" || line == "...")) return line_number;
    start = end + 1;
  }
  return 0;
}

// The title is the front matter's (a first heading repeating it is dropped), else the first
// level-1 heading, else the first block.
void TakeTitle(std::vector<Block>& blocks, Article& article) {
  if (!article.title.empty()) {
    if (!blocks.empty() && blocks.front().heading_level > 0 &&
        blocks.front().text == article.title) {
      blocks.erase(blocks.begin());
    }
    return;
  }
  auto title = std::find_if(blocks.begin(), blocks.end(),
                            [](const Block& block) { return block.heading_level == 1; });
  if (title == blocks.end()) title = blocks.begin();
  if (title == blocks.end()) return;
  article.title = std::move(title->text);
  blocks.erase(title);
}

}  // namespace

Article ReadMarkdownArticle(std::string_view text, std::string_view source_name) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  CheckText(text, source_name);
  Article article;
  BlockParser parser(source_name, article);
  const int front_matter_end = FrontMatterEnd(text);
  int line_number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    start = end + 1;
    ++line_number;
    if (line_number < front_matter_end) {
      if (line_number > 1) ReadFrontMatterLine(line, line_number, source_name, article);
    } else if (line_number > front_matter_end) {
      parser.AddLine(line, line_number);
    }
  }
  std::vector<Block> blocks = parser.Take();
  TakeTitle(blocks, article);
  for (Block& block : blocks) article.paragraphs.push_back(std::move(block.text));
  if (!HasWords(article.title)) {
    Fail(source_name, 0,
         "nothing to read aloud (no heading or paragraph with text outside code and markup)");
  }
  return article;
}

}  // namespace briefcast
