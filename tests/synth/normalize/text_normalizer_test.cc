#include "synth/normalize/text_normalizer.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/test_support.h"

namespace briefcast {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Tab-separated rows; lines starting with '#' are comments.
Rows ReadTsv(const std::filesystem::path& path) {
  Rows rows;
  std::istringstream in(testing::ReadFile(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
      fields.push_back(line.substr(start, tab - start));
    }
    fields.push_back(line.substr(start));
    rows.push_back(std::move(fields));
  }
  return rows;
}

TEST_CASE("NormalizeText reads every golden case as a newsreader would") {
  Rows rows = ReadTsv(testing::SourceDir() / "tests/data/normalization_golden.tsv");
  REQUIRE(rows.size() > 100);
  for (const auto& row : rows) {
    REQUIRE(row.size() == 2);
    INFO("written: " << row[0]);
    CHECK(NormalizeText(row[0]) == row[1]);
  }
}

TEST_CASE("NormalizeText reads the seed article's numbers") {
  CHECK(NormalizeText("总投资14.54 亿元") == "总投资十四点五四亿元");
  CHECK(NormalizeText("开展巡查100 余次") == "开展巡查一百余次");
  CHECK(NormalizeText("（2024-06-07）") == "（二零二四年六月七日）");
}

TEST_CASE("NormalizeText leaves text without numbers alone") {
  CHECK(NormalizeText("") == "");
  CHECK(NormalizeText("银行行长了解情况。") == "银行行长了解情况。");
  CHECK(NormalizeText("一点一滴，不管三七二十一") == "一点一滴，不管三七二十一");
  CHECK(NormalizeText("for english service press star key") ==
        "for english service press star key");
}

TEST_CASE("NormalizeText drops invalid UTF-8 and keeps the rest") {
  CHECK(NormalizeText("价格\xff\xfe 5元") == "价格五元");
  CHECK(NormalizeText("\xe4\xb8") == "");  // cut-off sequence
  CHECK(NormalizeText("\xc0\xaf"
                      "1") == "一");  // overlong '/'
  CHECK(NormalizeText("\xed\xa0\x80"
                      "2个") == "两个");  // surrogate
}

TEST_CASE("NormalizeText never crashes on random bytes and symbols") {
  std::mt19937 random(20240607);
  const std::string pieces[] = {"1",    "2",  "0",  ":",  "-",  "/",    ".", "%", "~",  "+",
                                "年",   "月", "日", "号", "第", "个",   "$", "¥", "km", " ",
                                "\xff", "亿", "：", "am", "°C", "\xe4", ",", "'", "\""};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int length = static_cast<int>(random() % 40);
    for (int i = 0; i < length; ++i) text += pieces[random() % std::size(pieces)];
    std::string spoken = NormalizeText(text);
    CHECK(spoken.size() <= text.size() * 12 + 16);
  }
}

TEST_CASE("NormalizeText is linear and fast on long inputs", "[slow]") {
  std::string paragraph =
      "2024年6月7日，公司营收14.54 亿元，同比增长30%~40%，共开展活动100 余次，"
      "热线12345，电话010-66258899，气温38℃，第2批2个项目于9:30启动。nba比赛1:2结束。";
  std::string text;
  while (text.size() < (2u << 20)) text += paragraph;
  auto start = std::chrono::steady_clock::now();
  std::string spoken = NormalizeText(text);
  std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  double mb_per_second = text.size() / 1e6 / seconds.count();
  INFO("MB/s: " << mb_per_second);
  CHECK(mb_per_second >= 1.0);
  CHECK(spoken.find("二零二四年六月七日") != std::string::npos);
  std::string digits(100000, '7');
  CHECK(NormalizeText(digits).size() == digits.size() * 3);
}

// The TN suites from ../shared, scored as scripts/eval-tn scores them.
TEST_CASE("NormalizeText matches the shared TN suites after documented differences") {
  auto shared = testing::SharedDir();
  if (!shared) {
    WARN("../shared is absent: skipping the TN suites");
    return;
  }
  std::map<std::pair<std::string, std::string>, std::string> documented;
  for (const auto& row :
       ReadTsv(testing::SourceDir() / "tests/data/normalization_convention_differences.tsv")) {
    REQUIRE(row.size() == 4);
    documented[{row[0], row[1]}] = row[2];
  }
  int cases = 0, accepted = 0;
  for (const auto& entry : std::filesystem::directory_iterator(*shared / "testdata/zh_tn")) {
    if (entry.path().extension() != ".tsv") continue;
    std::string name = entry.path().filename().string();
    for (const auto& row : ReadTsv(entry.path())) {
      std::string expected = row.size() > 1 ? row[1] : "";
      std::string ours = NormalizeText(row[0]);
      auto known = documented.find({name, row[0]});
      bool ok = ours == expected || (known != documented.end() && known->second == ours);
      ++cases;
      accepted += ok ? 1 : 0;
    }
  }
  REQUIRE(cases > 500);
  INFO(accepted << " of " << cases << " accepted");
  CHECK(accepted >= cases * 0.9);
}

// Ordinals say 二 in every place; cardinals keep 两千/两万.
TEST_CASE("NormalizeText reads a 2 after 第 as 二 in every place", "[tn]") {
  CHECK(NormalizeText("第2") == "第二");
  CHECK(NormalizeText("第200") == "第二百");
  CHECK(NormalizeText("第2000") == "第二千");
  CHECK(NormalizeText("排在第2000名") == "排在第二千名");
  CHECK(NormalizeText("第22000位访客") == "第二万二千位访客");
  CHECK(NormalizeText("第2000天") == "第二千天");
  CHECK(NormalizeText("近2000人") == "近两千人");
  CHECK(NormalizeText("22000人") == "两万两千人");
}

// A decade is a year ending in 0 with an s (1990s); other numbers with s stay seconds.
TEST_CASE("NormalizeText reads 1990s as a decade, not as seconds", "[tn]") {
  CHECK(NormalizeText("1990s") == "一九九零年代");
  CHECK(NormalizeText("上世纪1990s的香港") == "上世纪一九九零年代的香港");
  CHECK(NormalizeText("2000s初") == "二零零零年代初");
  CHECK(NormalizeText("用时1995s") == "用时一千九百九十五秒");
  CHECK(NormalizeText("1,990s") == "一千九百九十秒");
  CHECK(NormalizeText("90s") == "九十秒");
  CHECK(NormalizeText("10s") == "十秒");
}

// Fuzz finding (scripts/fuzz, text_normalizer_fuzzer): a digit run of ten or more after a
// date separator overflowed int in the date reader (UBSan, build-asan).
TEST_CASE("a long digit run after a date separator is read, not overflowed", "[tn][fuzz]") {
  CHECK(NormalizeText("1010-662588912315打个电话") ==
        "一千零一十到六千六百二十五亿八千八百九十一万两千三百一十五打个电话");
  CHECK(NormalizeText("2024-99999999999999999999-01").find("月") == std::string::npos);
}

}  // namespace
}  // namespace briefcast
