#include "synth/pinyin/pinyin_latin.h"

#include <cctype>
#include <string>

namespace briefcast::pinyin {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void AppendLetters(std::string_view letters, SpokenTokens& tokens) {
  bool all_upper = true;
  for (char c : letters) {
    if (!std::isupper(static_cast<unsigned char>(c)) && c != '\'' && c != '-') all_upper = false;
  }
  if (all_upper || letters.size() == 1) {
    std::string text(letters);
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    tokens.push_back({SpokenToken::Kind::kLetters, text});
  } else {
    tokens.push_back({SpokenToken::Kind::kLatinWord, std::string(letters)});
  }
}

}  // namespace

void AppendLatinTokens(std::string_view ascii, SpokenTokens& tokens) {
  static constexpr const char* kDigitSyllables[] = {"ling2", "yi1",  "er4", "san1", "si4",
                                                    "wu3",   "liu4", "qi1", "ba1",  "jiu3"};
  size_t pos = 0;
  while (pos < ascii.size()) {
    if (IsDigit(ascii[pos])) {
      tokens.push_back({SpokenToken::Kind::kSyllable, kDigitSyllables[ascii[pos] - '0']});
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < ascii.size() && !IsDigit(ascii[end])) ++end;
    AppendLetters(ascii.substr(pos, end - pos), tokens);
    pos = end;
  }
}

}  // namespace briefcast::pinyin
