#pragma once

#include <string>
#include <vector>

namespace briefcast {

// One unit of what eSpeak will say, in reading order.
struct SpokenToken {
  enum class Kind {
    kSyllable,   // pinyin with a tone digit 1-5 and `v` for ü: "zhong1", "lv4"
    kLetters,    // an acronym spelled letter by letter: "APP", "CEO"
    kLatinWord,  // a word read by the English voice: "iPhone", "hello"
    kBreak,      // punctuation inside the text: a short pause (text holds the mark)
  };
  Kind kind = Kind::kSyllable;
  std::string text;

  bool operator==(const SpokenToken&) const = default;
};

using SpokenTokens = std::vector<SpokenToken>;

}  // namespace briefcast
