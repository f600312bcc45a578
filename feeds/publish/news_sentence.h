#pragma once

#include <string>

#include "synth/article.h"

namespace briefcast {

// The story's first whole sentence (to its 。！？, however long) that carries news, for the
// headlines edition and the briefing's description: a sentence whose clauses are all set
// phrases of at most five characters ("浓情端午，粽艾飘香。", "春回大地，万象更新。") or that
// has fewer than eight characters of text is an opener, and skipped. The first sentence when
// every one is an opener; "" when the story has no text.
std::string FirstNewsSentence(const Article& article);

}  // namespace briefcast
