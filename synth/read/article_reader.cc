#include "synth/read/article_reader.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <vector>

#include "audio/error.h"
#include "synth/input_file.h"
#include "synth/read/metadata_line.h"
#include "synth/read/reader_text.h"
#include "synth/read/text_cleanup.h"
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
      broken_by_page_ = !EndsSentence(TrimLine(current_));
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
    text = TrimLine(text);
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
    if (!TrimLine(cleaned).empty()) paragraphs_.push_back(std::move(cleaned));
    current_.clear();
  }

  const bool blank_lines_separate_;
  std::string current_;
  bool broken_by_page_ = false;
  std::vector<std::string> paragraphs_;
};

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
    std::string_view line = TrimLine(text.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (in_header && article.title.empty() && line.starts_with("# ")) {
      article.title = CleanTitle(TrimLine(line.substr(2)));
    } else if (in_header && ReadMetadataLine(line, line_number, source_name, article)) {
      // fields of the article, not read aloud
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
  return ReadArticleText(ReadInputFile(path, kMaxArticleFileBytes, "article"), path.string());
}

}  // namespace briefcast
