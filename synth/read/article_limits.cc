#include "synth/read/article_limits.h"

#include <string>

#include "audio/error.h"

namespace briefcast {
namespace {

// Code points in UTF-8 text (readers hand over valid UTF-8): bytes that start a character.
std::size_t CountChars(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// The start of `text`, at most `bytes` long, not cut inside a character.
std::string Prefix(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return text.substr(0, bytes) + "…";
}

}  // namespace

void CheckArticleLimits(const Article& article, std::string_view source_name) {
  const std::string source(source_name);
  const std::size_t title_chars = CountChars(article.title);
  if (title_chars > kMaxTitleChars) {
    throw Error(source + ": the title is " + std::to_string(title_chars) +
                " characters long (at most " + std::to_string(kMaxTitleChars) +
                "); put a line break after the title");
  }
  std::size_t total = title_chars;
  for (const std::string& paragraph : article.paragraphs) total += CountChars(paragraph);
  if (total > kMaxArticleChars) {
    throw Error(source + ": the article '" + Prefix(article.title, 60) + "' is " +
                std::to_string(total) + " characters long (at most " +
                std::to_string(kMaxArticleChars) +
                ", about three hours of speech); split it into several articles");
  }
}

}  // namespace briefcast
