#include "synth/read/markdown_reader.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audio/error.h"
#include "synth/read/html_reader.h"
#include "synth/read/markdown_blocks.h"
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
    article.title = CleanReadTitle(MarkdownInlineText(value));
  } else if (key == "date" || key == "published" || key == "pubdate") {
    SetDate(value, line_number, source, article);
  } else if (key == "author" || key == "publisher" || key == "authors") {
    article.publisher = CleanReadText(value);
  } else if ((key == "url" || key == "link" || key == "source" || key == "canonical") &&
             IsWebUrl(value)) {
    article.source_url = std::string(value);
  }
}

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

// The body's blocks, cleaned, without those that say nothing. A paragraph among the first
// two blocks may start with the plain format's metadata line, which is read into `article`.
// `line_offset`: the lines before the body (front matter).
std::vector<MarkdownBlock> ReadBody(std::string_view body, int line_offset, std::string_view source,
                                    Article& article) {
  std::vector<MarkdownBlock> blocks;
  for (MarkdownBlock& block : ReadMarkdownBlocks(body)) {
    block.line += line_offset;
    if (block.html) {  // what a browser shows of it, as an RSS item's HTML is read
      for (std::string& text : ReadHtmlParagraphs(block.text, source)) {
        if (HasWords(text)) blocks.push_back({std::move(text), 0, block.line});
      }
      continue;
    }
    if (block.paragraph && blocks.size() <= 1 && article.date.empty()) {
      const std::size_t first_line_end = std::min(block.text.find('\n'), block.text.size());
      const std::string_view first_line = std::string_view(block.text).substr(0, first_line_end);
      if (ReadMetadataLine(TrimLine(first_line), block.line, source, article)) {
        block.text.erase(0, first_line_end);
      }
    }
    block.text = block.heading_level > 0 ? CleanReadTitle(block.text) : CleanReadText(block.text);
    if (HasWords(block.text)) blocks.push_back(std::move(block));
  }
  return blocks;
}

// The title is the front matter's (a first heading repeating it is dropped), else the first
// level-1 heading, else the first block.
void TakeTitle(std::vector<MarkdownBlock>& blocks, Article& article) {
  if (!article.title.empty()) {
    if (!blocks.empty() && blocks.front().heading_level > 0 &&
        blocks.front().text == article.title) {
      blocks.erase(blocks.begin());
    }
    return;
  }
  auto title = std::find_if(blocks.begin(), blocks.end(),
                            [](const MarkdownBlock& block) { return block.heading_level == 1; });
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
  const int front_matter_end = FrontMatterEnd(text);
  int line_number = 0;
  std::size_t start = 0;
  for (; start <= text.size() && line_number < front_matter_end;) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    start = end + 1;
    ++line_number;
    if (line_number > 1 && line_number < front_matter_end) {
      ReadFrontMatterLine(line, line_number, source_name, article);
    }
  }
  std::vector<MarkdownBlock> blocks =
      ReadBody(text.substr(std::min(start, text.size())), line_number, source_name, article);
  TakeTitle(blocks, article);
  for (MarkdownBlock& block : blocks) {
    if (block.heading_level > 0) article.subheadings.push_back(article.paragraphs.size());
    article.paragraphs.push_back(std::move(block.text));
  }
  if (!HasWords(article.title)) {
    Fail(source_name, 0,
         "nothing to read aloud (no heading or paragraph with text outside code and markup)");
  }
  return article;
}

}  // namespace briefcast
