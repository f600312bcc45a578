#include "synth/normalize/punctuation_rules.h"

namespace briefcast::tn {
namespace {

// Acronyms that are sometimes written in lower case; upper-casing them lets
// the pinyin converter spell them out letter by letter.
constexpr TextView kAcronyms[] = {
    U"ATM", U"UFO", U"NBA", U"CBA",  U"GPU", U"CPU", U"CEO", U"CFO",  U"CTO", U"WTO",
    U"MVP", U"VIP", U"IQ",  U"EQ",   U"MBA", U"GDP", U"CPI", U"PPI",  U"APP", U"USB",
    U"DNA", U"PC",  U"TV",  U"NASA", U"FBI", U"CIA", U"IMF", U"APEC", U"SUV", U"KTV",
    U"PM",  U"VR",  U"AR",  U"IPO",  U"ETF", U"LED", U"GPS", U"DIY",  U"MV",  U"PPT",
};

char32_t Upper(char32_t c) { return (c >= U'a' && c <= U'z') ? c - 32 : c; }

Text UpperKnownAcronym(TextView word) {
  Text upper;
  for (char32_t c : word) upper.push_back(Upper(c));
  for (TextView acronym : kAcronyms) {
    if (upper == acronym) return upper;
  }
  return Text(word);
}

}  // namespace

void FoldWidth(Text& text) {
  for (char32_t& c : text) {
    bool alnum =
        (c >= U'０' && c <= U'９') || (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ');
    if (alnum || c == U'％' || c == U'＋') c = c - 0xFEE0;
  }
}

Match ReadLatinWord(TextView text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && IsAsciiLetter(text[end])) ++end;
  if (end - pos == 1) {
    // Spaced single letters: "c e o".
    Text letters(1, text[pos]);
    std::size_t at = end;
    while (at + 1 < text.size() && text[at] == U' ' && IsAsciiLetter(text[at + 1]) &&
           (at + 2 >= text.size() || !IsAsciiLetter(text[at + 2]))) {
      letters.push_back(text[at + 1]);
      at += 2;
    }
    Text joined = UpperKnownAcronym(letters);
    if (letters.size() > 1 && joined != letters) return Match{at, joined};
  }
  return Match{end, UpperKnownAcronym(text.substr(pos, end - pos))};
}

bool KeepSpace(TextView text, std::size_t pos) {
  std::size_t end = SkipSpaces(text, pos);
  if (pos == 0 || end >= text.size()) return false;
  return IsAsciiLetter(text[pos - 1]) || IsAsciiLetter(text[end]);
}

bool IsPhraseGap(TextView text, std::size_t pos) {
  const std::size_t end = SkipSpaces(text, pos);
  return pos > 0 && end < text.size() && utf8::IsHan(text[pos - 1]) && utf8::IsHan(text[end]);
}

}  // namespace briefcast::tn
