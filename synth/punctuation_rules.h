#pragma once

// Everything around the numbers: full-width forms folded to ASCII before the
// rules run, ASCII punctuation next to Chinese turned full-width after them,
// spaces dropped between Chinese and numbers, and Latin words passed through
// (known acronyms written in lower case are upper-cased: nba -> NBA).

#include "synth/tn_text.h"

namespace briefcast::tn {

// Full-width digits, Latin letters, ％ and ＋ become ASCII (２０１５ -> 2015);
// other full-width punctuation is kept.
void FoldWidth(Text& text);

// The Latin word (or spaced letters "c e o") starting at `pos`.
// REQUIRES: text[pos] is an ASCII letter.
Match ReadLatinWord(TextView text, std::size_t pos);

// Full-width form of the ASCII punctuation mark at `pos` when Chinese text is
// next to it ("好," -> "好，"), otherwise the mark itself. `quote_open` tracks
// whether the next '"' closes a quotation.
char32_t ChinesePunctuation(TextView text, std::size_t pos, bool& quote_open);

// True when the run of spaces starting at `pos` is kept (as one space): only
// next to a Latin letter ("iPad Pro 12.9"); "100 余次" and "14.54 亿元" lose it.
bool KeepSpace(TextView text, std::size_t pos);

}  // namespace briefcast::tn
