#include "synth/punctuation_width.h"

#include <catch2/catch.hpp>
#include <chrono>

#include "synth/normalize/text_normalizer.h"
#include "synth/read/text_cleanup.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

std::string Widen(std::string_view text) {
  std::u32string s = utf8::Decode(text);
  WidenPunctuation(s);
  return utf8::Encode(s);
}

TEST_CASE("ASCII punctuation beside Chinese becomes full width", "[punctuation]") {
  CHECK(Widen("浓情端午,粽艾飘香;好!(注)什么? 时间:九点") ==
        "浓情端午，粽艾飘香；好！（注）什么？ 时间：九点");
  CHECK(Widen("他说,\"好的\".") == "他说，“好的”。");
  CHECK(Widen("A.I, U.S. and 3.5, 9:30 (ok)") == "A.I, U.S. and 3.5, 9:30 (ok)");
  CHECK(Widen("数据.") == "数据。");
  CHECK(Widen("3.") == "3.");
}

// Cases where CleanText's copy of the rule and the normalizer's copy used to disagree; both
// now give the answer on the right.
TEST_CASE("the readers and the normalizer widen punctuation alike", "[punctuation]") {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"什么?!", "什么？！"},          // a mark after a widened one (the normalizer: ？!)
      {"\"OK\"他说", "\"OK”他说"},     // quotes pair up across Latin text (normalizer: “)
      {"他说“好”.", "他说“好”。"},     // a full stop after a closing quote (CleanText: .)
      {"好……,", "好……，"},             // … counts as Chinese (the normalizer: ,)
      {"一支.22口径", "一支.22口径"},  // a decimal point (CleanText: 。22)
  };
  for (const auto& [written, widened] : cases) {
    INFO(written);
    CHECK(Widen(written) == widened);
    CHECK(CleanText(written) == widened);
  }
  CHECK(NormalizeText("什么?!") == "什么？！");
  CHECK(NormalizeText("\"OK\"他说") == "\"OK”他说");
  CHECK(NormalizeText("他说“好”.") == "他说“好”。");
  CHECK(NormalizeText("好……,") == "好……，");
  CHECK(NormalizeText("一支.22口径") == "一支零点二二口径");
}

// The old CleanText looked for the neighbours of every character afresh: quadratic in a
// run of spaces.
TEST_CASE("CleanText is linear in long runs of spaces", "[punctuation]") {
  const std::string text = "好" + std::string(1'000'000, ' ') + ",";
  const auto start = std::chrono::steady_clock::now();
  CHECK(CleanText(text) == "好，");
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  CHECK(took.count() < 2.0);
}

}  // namespace
}  // namespace briefcast
