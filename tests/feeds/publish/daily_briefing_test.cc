// One briefing per day (issue 14, item 2): dated by its stories, its own episode each day,
// unchanged when rerun with the same stories, updated with its headlines when they change.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "feeds/episode.h"
#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

// Every record of the site, by id.
std::map<std::string, EpisodeRecord> Records(const fs::path& site) {
  std::map<std::string, EpisodeRecord> records;
  for (const auto& entry : fs::directory_iterator(site / "episodes")) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".json") || name.ends_with(".chapters.json") ||
        name.ends_with(".transcript.json"))
      continue;
    EpisodeRecord record =
        EpisodeRecordFromJson(testing::ReadFile(entry.path()), entry.path().string());
    records[record.id] = record;
  }
  return records;
}

std::string Write(const testing::TempDir& dir, const std::string& name, const std::string& text) {
  std::ofstream(dir.path() / name) << text;
  return (dir.path() / name).string();
}

}  // namespace

TEST_CASE("one briefing per day, dated by its stories", "[e2e][briefing][espeak][lame]") {
  testing::TempDir dir;
  const fs::path site = dir.path() / "site";
  const std::string a = Write(dir, "a.txt",
                              "# 端午节活动通知\n发布时间：2024-06-07 08:00\n"
                              "公司将于端午节组织包粽子活动。欢迎大家参加。\n");
  const std::string b = Write(dir, "b.txt",
                              "# 食堂菜单调整\n发布时间：2024-06-07 09:30\n"
                              "下周起食堂增加夜宵窗口。\n");
  const std::string c = Write(dir, "c.txt", "# 停车场施工\n东门停车场本周封闭施工。\n");
  const std::string d =
      Write(dir, "d.txt", "# 图书角开放\n发布时间：2024-06-06\n三楼图书角今天开放。\n");
  const auto publish = [&](const std::string& options) {
    return testing::PublishInto(site, options, "--title 晨间新闻简报");
  };

  const auto first = publish("--briefing --headlines " + a + " " + b);
  INFO(first.output);
  REQUIRE(first.exit_code == 0);
  auto records = Records(site);
  REQUIRE(records.size() == 2);
  const EpisodeRecord briefing = records.begin()->second;  // "...-briefing-" < "...-headlines-"
  const EpisodeRecord headlines = records.rbegin()->second;
  CHECK(briefing.id.starts_with("2024-06-07-briefing-"));
  CHECK(headlines.id.starts_with("2024-06-07-headlines-"));
  CHECK(briefing.title == "晨间新闻简报 · 6月7日");
  CHECK(headlines.title == "晨间新闻简报（头条速览） · 6月7日");
  // The newest story's time; the headlines a minute later, so apps list them first.
  CHECK(briefing.pub_date == "2024-06-07T09:30:00+08:00");
  CHECK(headlines.pub_date == "2024-06-07T09:31:00+08:00");
  CHECK(briefing.guid != headlines.guid);
  // The description summarizes each story: its title and first sentence.
  REQUIRE(briefing.paragraphs.size() == 3);
  CHECK(briefing.paragraphs[1] == "第1条：端午节活动通知。公司将于端午节组织包粽子活动。");
  CHECK(briefing.paragraphs[2] == "第2条：食堂菜单调整。下周起食堂增加夜宵窗口。");

  const auto again = publish("--briefing --headlines " + a + " " + b);
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.output, Catch::Contains("unchanged " + briefing.id) &&
                               Catch::Contains("unchanged " + headlines.id) &&
                               !Catch::Contains("published "));

  // Another day (given with --date for an undated story) is another episode.
  const auto next_day = publish("--briefing --date 2024-06-08 " + c);
  INFO(next_day.output);
  REQUIRE(next_day.exit_code == 0);
  records = Records(site);
  REQUIRE(records.size() == 3);
  CHECK(records.count(briefing.id) == 1);
  bool dated = false;
  for (const auto& [id, record] : records) {
    dated |= id.starts_with("2024-06-08-briefing-") && record.title == "晨间新闻简报 · 6月8日";
  }
  CHECK(dated);

  // Different stories for the 7th: that day's briefing and its headlines change together.
  const auto changed = publish("--briefing " + a + " " + b + " " + d);
  INFO(changed.output);
  REQUIRE(changed.exit_code == 0);
  CHECK_THAT(changed.output, Catch::Contains("published " + briefing.id) &&
                                 Catch::Contains("published " + headlines.id));
  records = Records(site);
  CHECK(records.size() == 3);
  CHECK(records[briefing.id].guid == briefing.guid);
  CHECK(records[headlines.id].paragraphs.size() == 4);
  CHECK(testing::FeedItemCount(site) == 3);
  CHECK(RunCommand(std::string(BRIEFCAST_BINARY) + " check --site " + site.string()).exit_code ==
        0);
}

TEST_CASE("the --date option takes a calendar date and goes with a briefing", "[briefing][cli]") {
  testing::TempDir dir;
  for (const std::string options : {"--briefing --date 2024-02-30", "--briefing --date 2024-6-7",
                                    "--briefing --date today", "--date 2024-06-07"}) {
    INFO(options);
    const auto run = testing::PublishInto(dir.path() / "site", "x.txt", options);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Catch::Contains("--date "));
  }
  CHECK(!fs::exists(dir.path() / "site"));
}

}  // namespace briefcast
