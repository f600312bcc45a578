#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "synth/normalize/text_normalizer.h"

namespace briefcast {
namespace {

// Each numeral span as (its text, its kind).
std::vector<std::pair<std::string, NumeralKind>> Spans(std::string_view text) {
  NormalizedText normalized = NormalizeForReading(text);
  CHECK(normalized.text == NormalizeText(text));
  std::vector<std::pair<std::string, NumeralKind>> spans;
  std::size_t last_end = 0;
  for (const NumeralSpan& span : normalized.numerals) {
    CHECK(span.begin >= last_end);
    CHECK(span.begin < span.end);
    REQUIRE(span.end <= normalized.text.size());
    last_end = span.end;
    spans.emplace_back(normalized.text.substr(span.begin, span.end - span.begin), span.kind);
  }
  return spans;
}

using Kinds = std::vector<std::pair<std::string, NumeralKind>>;

TEST_CASE("normalize: every numeral span says what it was written as", "[normalize]") {
  CHECK(Spans("用时0.1秒") == Kinds{{"零点一", NumeralKind::kDecimal}});
  CHECK(Spans("以2:1取胜") == Kinds{{"二比一", NumeralKind::kRatio}});
  CHECK(Spans("增长4.1%至") == Kinds{{"百分之四点一", NumeralKind::kDecimal}});
  CHECK(Spans("2024年Q1营收") ==
        Kinds{{"二零二四年", NumeralKind::kDate}, {"一", NumeralKind::kCode}});
  CHECK(Spans("1个人") == Kinds{{"一", NumeralKind::kCount}});
  CHECK(Spans("1.1kg") == Kinds{{"一点一千克", NumeralKind::kDecimal}});
  CHECK(Spans("¥1") == Kinds{{"一元", NumeralKind::kCount}});
  CHECK(Spans("第1名") == Kinds{{"一", NumeralKind::kOrdinal}});
  CHECK(Spans("增长11") == Kinds{{"十一", NumeralKind::kCardinal}});
  CHECK(Spans("编号007") == Kinds{{"零零七", NumeralKind::kCode}});
  CHECK(Spans("007") == Kinds{{"零零七", NumeralKind::kDigits}});
  CHECK(Spans("拨打12315") == Kinds{{"幺二三幺五", NumeralKind::kCode}});
  CHECK(Spans("1/3") == Kinds{{"三分之一", NumeralKind::kFraction}});
  CHECK(Spans("2024-06-07") == Kinds{{"二零二四年六月七日", NumeralKind::kDate}});
  CHECK(Spans("9:30开会") == Kinds{{"九点三十分", NumeralKind::kTime}});
  CHECK(Spans("下午1点") == Kinds{{"一", NumeralKind::kTime}});
  CHECK(Spans("1点建议") == Kinds{{"一", NumeralKind::kCount}});
  CHECK(Spans("没有数字，只有文字。").empty());
}

TEST_CASE("normalize: the spans survive text around them", "[normalize]") {
  Kinds kinds = Spans("“iPhone 15”售价5999元，同比增长2.1%。");
  REQUIRE(kinds.size() == 3);
  CHECK(kinds[0].first == "十五");
  CHECK(kinds[1] == std::pair<std::string, NumeralKind>{"五千九百九十九", NumeralKind::kCount});
  CHECK(kinds[2].second == NumeralKind::kDecimal);
}

// Fixes found by the news reading set, not changing what was already right.
TEST_CASE("normalize: news forms", "[normalize]") {
  CHECK(NormalizeText("新款手机售价为3999元起") == "新款手机售价为三千九百九十九元起");
  CHECK(NormalizeText("比赛于晚上7:45开始，以2:1取胜") ==
        "比赛于晚上七点四十五分开始，以二比一取胜");
  CHECK(NormalizeText("比分17:16") == "比分十七比十六");
  CHECK(NormalizeText("推出了2款新产品") == "推出了两款新产品");
  CHECK(NormalizeText("降噪深度为41dB，吸力21000Pa") == "降噪深度为四十一分贝，吸力两万一千帕");
  CHECK(NormalizeText("拨打手机13800138000") == "拨打手机幺三八零零幺三八零零零");
}

}  // namespace
}  // namespace briefcast
