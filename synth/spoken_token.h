#pragma once

#include <cstddef>
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
  // What it was read from: bytes [source_begin, source_end) of the text given to the front
  // end (ToSpokenTokens), the characters the reader sees. Every token read from one written
  // form shares its span: the seven syllables of 十四点五四亿元 all span "14.54亿元".
  std::size_t source_begin = 0;
  std::size_t source_end = 0;

  // What is said: the kind and the text (where it was read from is not compared).
  bool operator==(const SpokenToken& other) const {
    return kind == other.kind && text == other.text;
  }
};

using SpokenTokens = std::vector<SpokenToken>;

}  // namespace briefcast
