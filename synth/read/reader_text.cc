#include "synth/read/reader_text.h"

#include "synth/read/text_cleanup.h"
#include "synth/utf8.h"

namespace briefcast {

namespace {

// `text` with each run of white space (line breaks included) as one space.
std::string Collapsed(std::string_view text) {
  std::string collapsed;
  collapsed.reserve(text.size());
  bool in_space = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = utf8::Next(text, &pos);
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
                       c == 0xA0 || c == 0x3000;
    if (space) {
      in_space = true;
      continue;
    }
    if (c == utf8::kInvalid) continue;
    if (in_space && !collapsed.empty()) collapsed += ' ';
    in_space = false;
    collapsed.append(text.substr(start, pos - start));
  }
  return collapsed;
}

}  // namespace

std::string CleanReadText(std::string_view text) { return CleanText(Collapsed(text)); }

std::string CleanReadTitle(std::string_view text) { return CleanTitle(Collapsed(text)); }

std::string_view TrimLine(std::string_view line) {
  constexpr std::string_view kSpaces[] = {" ", "\t", "\r", "\xE3\x80\x80"};
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view space : kSpaces) {
      if (line.starts_with(space)) {
        line.remove_prefix(space.size());
        trimmed = true;
      }
      if (line.ends_with(space)) {
        line.remove_suffix(space.size());
        trimmed = true;
      }
    }
  }
  return line;
}

bool IsWebUrl(std::string_view url) {
  return url.starts_with("http://") || url.starts_with("https://");
}

bool HasWords(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = utf8::Next(text, &pos);
    if (utf8::IsHan(c) || utf8::IsAsciiLetter(c) || utf8::IsAsciiDigit(c)) return true;
  }
  return false;
}

std::size_t FirstInvalidUtf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    if (utf8::Next(text, &pos) == utf8::kInvalid) return start;
  }
  return std::string_view::npos;
}

void EraseParagraphsIf(Article& article, const std::function<bool(const std::string&)>& drop) {
  std::vector<std::string> kept;
  std::vector<std::size_t> subheadings;
  auto next_heading = article.subheadings.begin();
  for (std::size_t i = 0; i < article.paragraphs.size(); ++i) {
    const bool heading = next_heading != article.subheadings.end() && *next_heading == i;
    next_heading += heading ? 1 : 0;
    if (drop(article.paragraphs[i])) continue;
    if (heading) subheadings.push_back(kept.size());
    kept.push_back(std::move(article.paragraphs[i]));
  }
  article.paragraphs = std::move(kept);
  article.subheadings = std::move(subheadings);
}

}  // namespace briefcast
