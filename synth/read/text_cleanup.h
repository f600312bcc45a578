#pragma once

#include <string>
#include <string_view>

#include "synth/article.h"

namespace briefcast {

// Repairs what PDF extraction and hasty typing leave in Chinese text, without changing
// what it says:
//   - ASCII punctuation next to Chinese becomes full width as WidenPunctuation says
//     ("浓情端午,粽艾" -> "浓情端午，粽艾"; "14.54" and "9:30" stay);
//   - white space is dropped unless it separates two Latin words or numbers
//     ("高达 14.54 亿元" -> "高达14.54亿元", "hello world" stays);
//   - control characters are dropped.
// REQUIRES: `text` is valid UTF-8 (invalid bytes are dropped).
std::string CleanText(std::string_view text);

// CleanText for a title, which keeps one space where white space sets two phrases apart
// (between Han characters, letters or digits: "5G网络覆盖再扩大 偏远乡村用上千兆宽带"): the
// title shows it in the feed, the page, the tags and the chapters, and the normalizer reads
// it as a pause (synth/normalize/punctuation_rules.h, IsPhraseGap).
std::string CleanTitle(std::string_view text);

// Unicode bidirectional controls (U+061C, U+200E/F, U+202A-202E, U+2066-2069): dropped from
// the text by CleanText, and by DropBidiControls from every field of an article whatever
// its reader, so no title or publisher displays reversed in the feed or the page.
bool IsBidiControl(char32_t c);
void DropBidiControls(Article& article);

}  // namespace briefcast
