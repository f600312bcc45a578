#include "synth/article_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "audio/error.h"
#include "synth/text_cleanup.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

constexpr std::string_view kPageBreak = "<PAGE_DIV>";
constexpr std::string_view kBom = "\xEF\xBB\xBF";

[[noreturn]] void Fail(std::string_view source, int line, const std::string& what) {
  std::ostringstream message;
  message << source;
  if (line > 0) message << ":" << line;
  message << ": " << what;
  throw Error(message.str());
}

// Rejects what is not UTF-8 text, naming the line and byte offset of the first problem.
void ValidateText(std::string_view text, std::string_view source) {
  int line = 1;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    if (text[pos] == '\0') {
      Fail(source, line,
           "NUL byte at byte offset " + std::to_string(start) +
               ": this is not a text file; give a UTF-8 text article");
    }
    if (text[pos] == '\n') ++line;
    if (utf8::Next(text, &pos) == utf8::kInvalid) {
      Fail(source, line,
           "invalid UTF-8 at byte offset " + std::to_string(start) + "; save the article as UTF-8");
    }
  }
}

std::string_view Trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // Full-width spaces (U+3000) are common indentation in Chinese text.
  while (s.starts_with("\xE3\x80\x80")) s.remove_prefix(3);
  while (s.ends_with("\xE3\x80\x80")) s.remove_suffix(3);
  return s;
}

// The value after `key` and a colon (full or half width), up to the next space.
std::string FieldAfter(std::string_view line, std::string_view key) {
  std::size_t at = line.find(key);
  if (at == std::string_view::npos) return "";
  std::string_view rest = line.substr(at + key.size());
  if (rest.starts_with("：")) {
    rest.remove_prefix(3);
  } else if (rest.starts_with(":")) {
    rest.remove_prefix(1);
  } else {
    return "";
  }
  rest = Trim(rest);
  return std::string(rest.substr(0, rest.find(' ')));
}

bool IsMetadataLine(std::string_view line) {
  for (std::string_view key : {"发布时间", "发布人", "来源", "链接", "原文链接"}) {
    if (!FieldAfter(line, key).empty()) return true;
  }
  return false;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// The runs of ASCII digits in `text`, as numbers ("2024年6月7日" -> 2024 6 7).
std::vector<int> NumbersIn(std::string_view text) {
  std::vector<int> numbers;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    int value = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
      value = std::min(value * 10 + (text[i] - '0'), 100000);
    }
    numbers.push_back(value);
  }
  return numbers;
}

// "2024-06-07", "2024/6/7" or "2024年6月7日" -> "2024-06-07"; empty when not a real date.
std::string ParseDate(std::string_view text) {
  const std::vector<int> n = NumbersIn(text);
  if (n.size() != 3) return "";
  const int year = n[0], month = n[1], day = n[2];
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
      (month == 2 && day == 29 && !IsLeapYear(year))) {
    return "";
  }
  char out[32];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

// "08:30" -> "08:30"; empty when not a real time of day.
std::string ParseTime(std::string_view text) {
  const std::vector<int> n = NumbersIn(text.substr(0, text.find(' ')));
  if (n.size() < 2 || text.find(':') == std::string_view::npos) return "";
  const int hour = n[0], minute = n[1];
  if (hour > 23 || minute > 59) return "";
  char out[32];
  std::snprintf(out, sizeof out, "%02d:%02d", hour, minute);
  return out;
}

void ReadMetadata(std::string_view line, int line_number, std::string_view source,
                  Article& article) {
  if (std::string date = FieldAfter(line, "发布时间"); !date.empty()) {
    article.date = ParseDate(date);
    if (article.date.empty()) {
      Fail(source, line_number,
           "发布时间 '" + date + "' is not a valid date; write it as YYYY-MM-DD");
    }
    std::size_t at = line.find(date) + date.size();
    article.time = ParseTime(Trim(line.substr(at)));
  }
  if (std::string publisher = FieldAfter(line, "发布人"); !publisher.empty()) {
    article.publisher = publisher;
  }
  for (std::string_view key : {"原文链接", "链接", "来源"}) {
    std::string value = FieldAfter(line, key);
    if (value.starts_with("http://") || value.starts_with("https://")) article.source_url = value;
  }
}

// True when `text` ends a sentence, so a page break after it also ends the paragraph.
bool EndsSentence(std::string_view text) {
  for (std::string_view end :
       {"。", "！", "？", "…", "”", "」", "』", "）", ".", "!", "?", ":", "："}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// Joins lines into paragraphs. When the text separates paragraphs by blank lines, other
// line breaks are wrapping and are joined; otherwise every line is a paragraph. Either way
// a paragraph does not end at a page break that splits a sentence.
class ParagraphBuilder {
 public:
  explicit ParagraphBuilder(bool blank_lines_separate)
      : blank_lines_separate_(blank_lines_separate) {}

  void AddLine(std::string_view line) {
    std::size_t at;
    while ((at = line.find(kPageBreak)) != std::string_view::npos) {
      Append(line.substr(0, at));
      broken_by_page_ = !EndsSentence(Trim(current_));
      line = line.substr(at + kPageBreak.size());
    }
    Append(line);
    if (!blank_lines_separate_ && !broken_by_page_) Finish();
  }
  void AddBlankLine() {
    if (!broken_by_page_) Finish();
  }
  std::vector<std::string> Take() {
    broken_by_page_ = false;
    Finish();
    return std::move(paragraphs_);
  }

 private:
  void Append(std::string_view text) {
    text = Trim(text);
    if (text.empty()) return;
    broken_by_page_ = false;
    if (!current_.empty() && IsAsciiAlnum(current_.back()) && IsAsciiAlnum(text.front())) {
      current_ += ' ';
    }
    current_ += text;
  }
  static bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)); }
  void Finish() {
    std::string cleaned = CleanText(current_);
    if (!Trim(cleaned).empty()) paragraphs_.push_back(std::move(cleaned));
    current_.clear();
  }

  const bool blank_lines_separate_;
  std::string current_;
  bool broken_by_page_ = false;
  std::vector<std::string> paragraphs_;
};

bool HasWords(std::string_view text) {
  for (char32_t c : utf8::Decode(text)) {
    if (utf8::IsHan(c) || utf8::IsAsciiLetter(c) || utf8::IsAsciiDigit(c)) return true;
  }
  return false;
}

bool HasSomethingToSay(const Article& article) {
  if (HasWords(article.title)) return true;
  for (const std::string& paragraph : article.paragraphs) {
    if (HasWords(paragraph)) return true;
  }
  return false;
}

// True when the body (the text after `from`) has a blank line between two text lines.
bool BlankLinesSeparateParagraphs(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  std::size_t last = text.find_last_not_of(" \t\r\n");
  if (first == std::string_view::npos) return false;
  std::string_view body = text.substr(first, last - first + 1);
  for (std::size_t at = 0; (at = body.find('\n', at)) != std::string_view::npos;) {
    std::size_t next = body.find_first_not_of(" \t\r", at + 1);
    if (next != std::string_view::npos && body[next] == '\n') return true;
    at = next == std::string_view::npos ? body.size() : next;
  }
  return false;
}

}  // namespace

Article ReadArticleText(std::string_view text, std::string_view source_name) {
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  ValidateText(text, source_name);
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    Fail(source_name, 0, "the article is empty; write a '# title' line and paragraphs");
  }
  Article article;
  ParagraphBuilder body(BlankLinesSeparateParagraphs(text));
  bool in_header = true;
  int line_number = 0;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = Trim(text.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (in_header && article.title.empty() && line.starts_with("# ")) {
      article.title = CleanText(Trim(line.substr(2)));
    } else if (in_header && IsMetadataLine(line)) {
      ReadMetadata(line, line_number, source_name, article);
    } else if (line.empty()) {
      body.AddBlankLine();
    } else {
      in_header = false;
      body.AddLine(line);
    }
  }
  article.paragraphs = body.Take();
  if (article.title.empty() && !article.paragraphs.empty()) {
    article.title = article.paragraphs.front();
    article.paragraphs.erase(article.paragraphs.begin());
  }
  if (!HasSomethingToSay(article)) {
    Fail(source_name, 0, "nothing to read aloud (only white space or punctuation)");
  }
  return article;
}

Article ReadArticleFile(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw Error(path.string() + ": is a directory; give an article file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot be read; check that the file exists");
  std::ostringstream content;
  content << in.rdbuf();
  return ReadArticleText(content.str(), path.string());
}

}  // namespace briefcast
