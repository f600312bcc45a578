#include "feeds/formats/transcript.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

#include "feeds/formats/chapters_json.h"
#include "feeds/formats/transcript_json.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

std::size_t Chars(const std::string& text) { return utf8::Decode(text).size(); }

}  // namespace

TEST_CASE("Caption timestamps in WebVTT and SRT form", "[transcript]") {
  CHECK(CaptionTimestamp(5, '.') == "00:00:05.000");
  CHECK(CaptionTimestamp(5, ',') == "00:00:05,000");
  CHECK(CaptionTimestamp(3725.0456, '.') == "01:02:05.046");
  CHECK(CaptionTimestamp(59.9996, ',') == "00:01:00,000");
  CHECK(CaptionTimestamp(-1, '.') == "00:00:00.000");
}

TEST_CASE("A short segment is one cue in WebVTT and SRT", "[transcript]") {
  std::vector<Cue> cues = {{0.25, 2.5, "银行行长说，<script>&", {}}, {2.5, 5, "第二句。", {}}};
  CHECK(BuildWebVtt(cues) ==
        "WEBVTT\n\n"
        "00:00:00.250 --> 00:00:02.500\n银行行长说，&lt;script&gt;&amp;\n\n"
        "00:00:02.500 --> 00:00:05.000\n第二句。\n");
  CHECK(BuildSrt(cues) ==
        "1\n00:00:00,250 --> 00:00:02,500\n银行行长说，＜script＞&\n\n"
        "2\n00:00:02,500 --> 00:00:05,000\n第二句。\n");
}

TEST_CASE("Long segments wrap at punctuation into captions of two short lines", "[transcript]") {
  // 10 + 6 + 14 + 10 characters: lines break after the commas, never inside a clause.
  std::string a = "一二三四五六七八九，";
  std::string b = "甲乙丙丁戊，";
  std::string c = "子丑寅卯辰巳午未申酉戌亥子。";
  std::string d = "春夏秋冬东南西北中。";
  std::vector<CaptionCue> captions = LayOutCaptions({{10, 18, a + b + c + d, {}}});
  REQUIRE(captions.size() == 2);
  CHECK(captions[0].lines == std::vector<std::string>{a + b, c});
  CHECK(captions[1].lines == std::vector<std::string>{d});
  CHECK(captions[0].start_seconds == 10);
  CHECK(captions[0].end_seconds == Approx(16.0));  // 30 of 40 characters
  CHECK(captions[1].start_seconds == Approx(16.0));
  CHECK(captions[1].end_seconds == 18);
}

TEST_CASE("A caption starts when its first word is heard", "[transcript]") {
  Cue cue{1, 9, "他说：共14.54亿元，其中一半来自海外市场的销售额增长部分。", {}};
  for (const char* word :
       {"他", "说", "共", "14.54亿元", "其", "中", "一", "半", "来", "自", "海",
        "外", "市", "场", "的",        "销", "售", "额", "增", "长", "部", "分"}) {
    const double start = cue.words.empty() ? 1.0 : cue.words.back().start_seconds + 0.3;
    cue.words.push_back({start, start + 0.3, word});
  }
  cue.end_seconds = cue.words.back().end_seconds;
  std::vector<CaptionCue> captions = LayOutCaptions({cue});
  REQUIRE(captions.size() == 2);
  CHECK(captions[0].lines ==
        std::vector<std::string>{"他说：共14.54亿元，", "其中一半来自海外市场的销售额增长"});
  CHECK(captions[1].lines == std::vector<std::string>{"部分。"});
  CHECK(captions[1].start_seconds == Approx(cue.words[20].start_seconds));  // 部
  CHECK(captions[0].end_seconds == captions[1].start_seconds);
}

TEST_CASE("A caption holds at most two lines of 16 characters, words whole", "[transcript]") {
  std::string unpunctuated;
  for (int i = 0; i < 100; ++i) unpunctuated += "字";
  std::string mixed = "iPhone 15 Pro Max 的售价为 7999 元，比上一代（iPhone 14）高出约 10%。" +
                      unpunctuated + "“引号”！";
  std::vector<CaptionCue> captions = LayOutCaptions({{0, 30, mixed, {}}, {30, 31, " \n ", {}}});
  std::string joined;
  double previous_end = 0;
  for (const CaptionCue& caption : captions) {
    CHECK(caption.lines.size() <= 2);
    CHECK(caption.start_seconds == Approx(previous_end));
    CHECK(caption.end_seconds > caption.start_seconds);
    previous_end = caption.end_seconds;
    for (const std::string& line : caption.lines) {
      INFO(line);
      CHECK(Chars(line) <= 16);
      CHECK_FALSE(line.empty());
      CHECK_FALSE(line.starts_with("hone"));  // iPhone is never cut
      CHECK_FALSE(line.starts_with("99"));    // nor 7999
      joined += line;
    }
  }
  CHECK(previous_end == 30);  // the blank segment made no cue
  std::string expected = mixed;
  std::erase(expected, ' ');
  std::erase(joined, ' ');
  CHECK(joined == expected);
}

TEST_CASE("Lines never break inside numbers", "[transcript]") {
  // A 12-character clause, then "9:30，": breaking after ':' would leave "9:" behind.
  std::string clause = "一二三四五六七八九十一，";
  std::vector<CaptionCue> captions = LayOutCaptions({{0, 5, clause + "9:30，到达。", {}}});
  REQUIRE(captions.size() == 1);
  CHECK(captions[0].lines == std::vector<std::string>{clause, "9:30，到达。"});
}

TEST_CASE("WebVTT output is structurally valid", "[transcript]") {
  std::string vtt = BuildWebVtt({{0, 1, "a-->b\n\nc\x01", {}}});
  CHECK(vtt == "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\na--&gt;b  c\n");
  std::regex timing(R"(\d\d:\d\d:\d\d\.\d\d\d --> \d\d:\d\d:\d\d\.\d\d\d)");
  CHECK(std::regex_search(vtt, timing));
}

TEST_CASE("JSON chapters follow version 1.2.0", "[chapters]") {
  std::string text =
      BuildChaptersJson({{0, "标题 \"引号\"", "https://example.com/a"}, {12.3456, "正文\x01", ""}});
  nlohmann::json json = nlohmann::json::parse(text);
  CHECK(json["version"] == "1.2.0");
  REQUIRE(json["chapters"].size() == 2);
  CHECK(json["chapters"][0]["startTime"] == 0.0);
  CHECK(json["chapters"][0]["title"] == "标题 \"引号\"");
  CHECK(json["chapters"][0]["url"] == "https://example.com/a");
  CHECK(json["chapters"][1]["startTime"].get<double>() == Approx(12.346));
  CHECK(json["chapters"][1]["title"] == "正文");
  CHECK_FALSE(json["chapters"][1].contains("url"));
  CHECK(nlohmann::json::parse(BuildChaptersJson({}))["chapters"].empty());
}

}  // namespace briefcast

namespace briefcast {

TEST_CASE("The JSON transcript has a segment per word, bodies putting the text together",
          "[transcript]") {
  Cue timed{0.25, 2.0, "“共14.54亿元，”他说。", {}};
  timed.words = {{0.25, 1.2, "14.54亿元"}, {1.2, 1.6, "他"}, {1.6, 2.0, "说"}};
  const Cue untimed{2.5, 3.0, "旧记录。", {}};
  const nlohmann::json json = nlohmann::json::parse(BuildJsonTranscript({timed, untimed}));
  CHECK(json["version"] == "1.0.0");
  const auto& segments = json["segments"];
  REQUIRE(segments.size() == 4);
  CHECK(segments[0]["body"] == "“共14.54亿元，”");
  CHECK(segments[0]["startTime"] == 0.25);
  CHECK(segments[0]["endTime"] == 1.2);
  CHECK(segments[1]["body"] == "他");
  CHECK(segments[2]["body"] == "说。");
  CHECK(segments[3]["body"] == "旧记录。");
  CHECK(segments[3]["startTime"] == 2.5);
  CHECK(segments[3]["endTime"] == 3.0);
}

}  // namespace briefcast
