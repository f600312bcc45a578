#include "synth/speech/segmenter.h"

#include <catch2/catch.hpp>

namespace briefcast {
namespace {

std::vector<std::string> Texts(const std::vector<Segment>& segments) {
  std::vector<std::string> texts;
  for (const Segment& s : segments) texts.push_back(s.text);
  return texts;
}

TEST_CASE("splits at sentence ends, keeping closing quotes", "[segmenter]") {
  auto segments = SplitParagraph("他说：“好！”我们走吧。真的吗?是的", 3);
  CHECK(Texts(segments) ==
        std::vector<std::string>{"他说：“好！”", "我们走吧。", "真的吗?", "是的"});
  for (const Segment& s : segments) CHECK(s.paragraph == 3);
  CHECK(segments[0].boundary == Boundary::kSentence);
  CHECK(segments.back().boundary == Boundary::kParagraph);
}

TEST_CASE("splits long sentences at clauses, packing up to the limit", "[segmenter]") {
  SegmenterOptions options{.max_segment_chars = 10};
  auto segments = SplitParagraph("一二三四，五六七八，九十一二三四五六七八九十，短。", 0, options);
  CHECK(Texts(segments) ==
        std::vector<std::string>{"一二三四，五六七八，", "九十一二三四五六七八九十，", "短。"});
  CHECK(segments[0].boundary == Boundary::kClause);
  CHECK(segments[1].boundary == Boundary::kClause);
  CHECK(segments[2].boundary == Boundary::kParagraph);
}

TEST_CASE("an ellipsis is a clause, not a sentence", "[segmenter]") {
  auto segments = SplitParagraph("直播带货、特色美食节……各地公司各尽其能。", 0);
  CHECK(segments.size() == 1);
}

TEST_CASE("the article: title first, paragraphs, article boundary last", "[segmenter]") {
  Article article;
  article.title = "标题";
  article.paragraphs = {"第一句。第二句。", "第三句。"};
  auto segments = SplitIntoSegments(article);
  REQUIRE(segments.size() == 4);
  CHECK(segments[0].paragraph == -1);
  CHECK(segments[0].boundary == Boundary::kTitle);
  CHECK(segments[1].boundary == Boundary::kSentence);
  CHECK(segments[2].boundary == Boundary::kParagraph);
  CHECK(segments[3].paragraph == 1);
  CHECK(segments[3].boundary == Boundary::kArticle);
}

TEST_CASE("segments give back the paragraph", "[segmenter]") {
  const std::string paragraph =
      "此次活动旨在通过多种形式的消费帮扶措施，助力脱贫地区的农特产品走向更广阔的市场，"
      "推动乡村振兴和脱贫攻坚成果的巩固拓展。直播带货、现场展销！";
  std::string joined;
  for (const Segment& s : SplitParagraph(paragraph, 0, {.max_segment_chars = 20})) {
    joined += s.text;
  }
  CHECK(joined == paragraph);
}

}  // namespace
}  // namespace briefcast
