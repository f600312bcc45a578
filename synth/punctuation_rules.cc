#include "synth/punctuation_rules.h"

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

bool IsChineseSide(char32_t c) {
  return IsHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == U'“' ||
         c == U'”' || c == U'‘' || c == U'’';
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

char32_t ChinesePunctuation(TextView text, std::size_t pos, bool& quote_open) {
  char32_t c = text[pos];
  std::size_t before = pos;
  while (before > 0 && IsSpace(text[before - 1])) --before;
  std::size_t after = SkipSpaces(text, pos + 1);
  bool chinese_before = before > 0 && IsChineseSide(text[before - 1]);
  bool chinese_after = after < text.size() && IsChineseSide(text[after]);
  bool chinese = chinese_before || chinese_after;
  switch (c) {
    case U',':
      return chinese ? U'，' : c;
    case U'!':
      return chinese ? U'！' : c;
    case U'?':
      return chinese ? U'？' : c;
    case U';':
      return chinese ? U'；' : c;
    case U':':
      return chinese ? U'：' : c;
    case U'(':
      return chinese ? U'（' : c;
    case U')':
      return chinese ? U'）' : c;
    // A period is a full stop only after Chinese (not in "U.S." or "a.m.").
    case U'.':
      return chinese_before ? U'。' : c;
    case U'"':
      if (!chinese) return c;
      quote_open = !quote_open;
      return quote_open ? U'“' : U'”';
    default:
      return c;
  }
}

bool KeepSpace(TextView text, std::size_t pos) {
  std::size_t end = SkipSpaces(text, pos);
  if (pos == 0 || end >= text.size()) return false;
  return IsAsciiLetter(text[pos - 1]) || IsAsciiLetter(text[end]);
}

}  // namespace briefcast::tn
