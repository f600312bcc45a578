#pragma once

#include <cstddef>
#include <string_view>

#include "synth/article.h"

namespace briefcast {

// How much one article may ask to be read aloud (docs/robustness.md). eSpeak reads about
// 3.8 characters a second, so kMaxArticleChars is about three hours of audio and an hour
// of synthesis: more is a mistake (a whole book, a dump), not a news article. A title
// longer than kMaxTitleChars is almost always a missing line break after the title.
inline constexpr std::size_t kMaxTitleChars = 500;
inline constexpr std::size_t kMaxArticleChars = 40'000;

// Throws Error "<source_name>: <what is too long>; <what to do>" when `article`'s title or
// whole text (title and paragraphs, in characters) is over its limit.
void CheckArticleLimits(const Article& article, std::string_view source_name);

}  // namespace briefcast
