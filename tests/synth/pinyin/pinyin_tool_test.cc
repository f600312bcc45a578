// Hidden test cases that scripts/eval-pinyin and scripts/train-polyphone run as tools
// (they never run in the normal suite):
//   synth_tests "[.pinyin_stdin]"  stdin lines -> FormatPinyinLine lines on stdout
//   synth_tests "[.pinyin_runs]"   stdin lines -> the Han runs after the lexicon and rules,
//                                  before the polyphone model: "word/syl,syl/source ..."
//                                  per run, runs separated by tabs; '!' marks a reading
//                                  a rule fixed
#include <catch2/catch.hpp>
#include <iostream>
#include <string>

#include "synth/pinyin/pinyin_converter.h"
#include "synth/pinyin/pinyin_lexicon.h"
#include "synth/pinyin/pinyin_run.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

TEST_CASE("pinyin tool: stdin to pinyin lines", "[.pinyin_stdin]") {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    std::cout << FormatPinyinLine(PinyinConverter::Builtin().Convert(line)) << '\n';
  }
  std::cout.flush();
}

std::string FormatRun(const pinyin::HanRun& run) {
  std::string out;
  for (size_t i = 0; i < run.size(); i += run[i].word_size) {
    if (!out.empty()) out += ' ';
    std::string word, syllables;
    for (int k = 0; k < run[i].word_size; ++k) {
      utf8::Append(&word, run[i + k].ch);
      if (k > 0) syllables += ',';
      syllables += run[i + k].syllable;
      if (run[i + k].fixed_by_rule) syllables += '!';
    }
    out += word + '/' + syllables + '/' + std::to_string(static_cast<int>(run[i].source));
  }
  return out;
}

TEST_CASE("pinyin tool: Han runs before the polyphone model", "[.pinyin_runs]") {
  const auto& lexicon = pinyin::PinyinLexicon::Builtin();
  std::string line;
  while (std::getline(std::cin, line)) {
    std::string out;
    size_t begin = 0, end = 0;
    auto flush = [&] {
      if (end > begin) {
        pinyin::HanRun run = pinyin::SegmentAndRead(lexicon, line.substr(begin, end - begin));
        pinyin::ApplyPolyphoneRules(run);
        out += (out.empty() ? "" : "\t") + FormatRun(run);
      }
      begin = end = 0;
    };
    for (size_t pos = 0; pos < line.size();) {
      size_t start = pos;
      char32_t cp = utf8::Next(line, &pos);
      bool han = utf8::IsHan(cp) && !lexicon.CharReadings(cp).empty();
      if (!han || start != end) flush();
      if (!han) continue;
      if (end == 0) begin = start;
      end = pos;
    }
    flush();
    std::cout << out << '\n';
  }
  std::cout.flush();
}

}  // namespace
}  // namespace briefcast
