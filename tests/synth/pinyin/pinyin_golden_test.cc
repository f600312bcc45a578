#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "synth/pinyin/pinyin_converter.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

// tests/data/pinyin_golden.tsv: news sentences (already normalized) and the line
// `briefcast pinyin` must print for each, checked by hand.
TEST_CASE("pinyin: golden news sentences", "[pinyin]") {
  std::string golden = testing::ReadFile(testing::SourceDir() / "tests/data/pinyin_golden.tsv");
  REQUIRE_FALSE(golden.empty());
  std::istringstream lines(golden);
  std::string line;
  int checked = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    std::string text = line.substr(0, tab);
    INFO(text);
    CHECK(FormatPinyinLine(PinyinConverter::Builtin().Convert(text)) == line.substr(tab + 1));
    ++checked;
  }
  CHECK(checked >= 60);
}

}  // namespace
}  // namespace briefcast
