#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "synth/article.h"

namespace briefcast {

// Text helpers shared by the article readers (Markdown, HTML, news feeds), so that every
// format yields text cleaned the same way as the plain-text reader's.

// Collapses each run of white space (line breaks included) into one space, then applies
// CleanText. Linear in the size of `text`. What a reader does to every title and paragraph.
std::string CleanReadText(std::string_view text);
// The same with CleanTitle: what a reader does to every title.
std::string CleanReadTitle(std::string_view text);

// `line` without the spaces, tabs, carriage returns and ideographic spaces (U+3000, common
// indentation in Chinese text) at either end.
std::string_view TrimLine(std::string_view line);

// True when `url` is an absolute http:// or https:// URL: a source link worth keeping.
bool IsWebUrl(std::string_view url);

// True when `text` holds a Han character, a Latin letter or a digit: something to say.
bool HasWords(std::string_view text);

// Removes the paragraphs of `article` for which `drop` is true, keeping its subheadings
// indices pointing at the same paragraphs (a dropped subheading is dropped from them too).
void EraseParagraphsIf(Article& article, const std::function<bool(const std::string&)>& drop);

// The byte offset of the first byte that does not belong to valid UTF-8, or npos.
std::size_t FirstInvalidUtf8(std::string_view text);

}  // namespace briefcast
