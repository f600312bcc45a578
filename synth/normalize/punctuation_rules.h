#pragma once

// Everything around the numbers: full-width forms folded to ASCII before the
// rules run, spaces dropped between Chinese and numbers, and Latin words passed
// through (known acronyms written in lower case are upper-cased: nba -> NBA).
// ASCII punctuation next to Chinese is widened before the rules run, by
// WidenPunctuation (synth/punctuation_width.h), as the article readers do.

#include "synth/normalize/tn_text.h"

namespace briefcast::tn {

// Full-width digits, Latin letters, ％ and ＋ become ASCII (２０１５ -> 2015);
// other full-width punctuation is kept.
void FoldWidth(Text& text);

// The Latin word (or spaced letters "c e o") starting at `pos`.
// REQUIRES: text[pos] is an ASCII letter.
Match ReadLatinWord(TextView text, std::size_t pos);

// True when the run of spaces starting at `pos` is kept (as one space): only
// next to a Latin letter ("iPad Pro 12.9"); "100 余次" and "14.54 亿元" lose it.
bool KeepSpace(TextView text, std::size_t pos);

// True when the run of spaces starting at `pos` lies between two Han characters: two phrases
// set apart, as in a title ("5G网络覆盖再扩大 偏远乡村用上千兆宽带"), read with a clause's
// pause (the normalizer writes "，" for it).
bool IsPhraseGap(TextView text, std::size_t pos);

}  // namespace briefcast::tn
