// The headlines edition (issue 14, item 7): each title read once, each story's first sentence
// that carries news -- a whole sentence, not a clause, and not an opener such as a greeting.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "feeds/publish/briefing.h"
#include "feeds/publish/news_sentence.h"

namespace briefcast {
namespace {

Article Story(const std::string& title, std::vector<std::string> paragraphs) {
  Article article;
  article.title = title;
  article.date = "2024-06-07";
  article.paragraphs = std::move(paragraphs);
  return article;
}

}  // namespace

TEST_CASE("issue 14.7: the first sentence that carries news, whole", "[briefing][headlines]") {
  CHECK(FirstNewsSentence(Story("端午", {"浓情端午，粽艾飘香。公司将于6月7日组织包粽子活动。"})) ==
        "公司将于6月7日组织包粽子活动。");
  CHECK(FirstNewsSentence(Story("问候", {"大家好！", "食堂下周起增加夜宵窗口。"})) ==
        "食堂下周起增加夜宵窗口。");
  const std::string long_sentence =
      "截至2024年5月31日，公司在全国累计开通5G基站超过110万个，覆盖所有地级以上城市和98%的"
      "县城，偏远乡村的千兆宽带用户数比去年同期增长了三倍以上。";
  CHECK(FirstNewsSentence(Story("5G", {long_sentence + "其他。"})) == long_sentence);
  CHECK(FirstNewsSentence(Story("短", {"春回大地，万象更新。"})) == "春回大地，万象更新。");
  CHECK(FirstNewsSentence(Story("空", {})).empty());
}

TEST_CASE("issue 14.7: the headlines edition reads each title once", "[briefing][headlines]") {
  const std::vector<Article> stories = {
      Story("端午节活动通知", {"浓情端午，粽艾飘香。公司将于端午节组织包粽子活动。"}),
      Story("食堂菜单调整", {"下周起食堂增加夜宵窗口。"})};
  const EpisodePlan plan = PlanBriefing(stories, {"", "", true}, Config{}, {});
  std::string said;
  for (const Segment& segment : plan.script.segments) said += segment.text + "|";
  INFO(said);
  for (const Article& story : stories) {
    const std::size_t first = said.find(story.title);
    REQUIRE(first != std::string::npos);
    CHECK(said.find(story.title, first + 1) == std::string::npos);
  }
  CHECK_THAT(said,
             Catch::Contains("公司将于端午节组织包粽子活动。") && !Catch::Contains("粽艾飘香"));
  CHECK(plan.record.paragraphs[1] == "第1条：端午节活动通知。公司将于端午节组织包粽子活动。");
}

}  // namespace briefcast
