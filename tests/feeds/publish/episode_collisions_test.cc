// Issue 13, item 2: different articles with the same title and date are different episodes;
// every id already published stays as it was.
#include "feeds/publish/episode_collisions.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <string>

#include "audio/error.h"
#include "feeds/publish/episode_id.h"
#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

Article Notice(const std::string& publisher, const std::string& text, const std::string& date) {
  return Article{"通知", date, "", publisher, "", {text}, {}};
}

const Article kOffice = Notice("办公室", "明天上午九点召开全体员工大会。", "2024-06-07");
const Article kUnion = Notice("工会", "下周三组织员工体检，请按时参加。", "2024-06-07");

EpisodePlan Plan(const Article& article) {
  return PlanArticle(article, TitleSlug(article.title, PinyinConverter::Builtin()), Config{},
                     std::chrono::system_clock::time_point{});
}

// The ids `articles` get in a site that holds `published`.
std::vector<std::string> Ids(const std::vector<Article>& articles,
                             const std::vector<EpisodeRecord>& published = {}) {
  std::vector<EpisodePlan> plans;
  for (const Article& article : articles) plans.push_back(Plan(article));
  DistinguishEpisodes(&plans, published);
  std::vector<std::string> ids;
  for (const EpisodePlan& plan : plans) ids.push_back(plan.record.id);
  return ids;
}

// The records a run of `articles` into a site holding `published` leaves.
std::vector<EpisodeRecord> Publish(const std::vector<Article>& articles,
                                   std::vector<EpisodeRecord> published = {}) {
  std::vector<EpisodePlan> plans;
  for (const Article& article : articles) plans.push_back(Plan(article));
  DistinguishEpisodes(&plans, published);
  for (const EpisodePlan& plan : plans) {
    std::erase_if(published, [&](const EpisodeRecord& r) { return r.id == plan.record.id; });
    published.push_back(plan.record);
  }
  return published;
}

}  // namespace

TEST_CASE("issue 13.2: same title and date, different articles: different episodes",
          "[issue13][episode]") {
  const std::string office = Plan(kOffice).record.id;  // the id it always had
  CHECK(office.starts_with("2024-06-07-tong-zhi-"));

  // One run: both, distinct ids and guids; the first keeps the plain id.
  const std::vector<std::string> one_run = Ids({kOffice, kUnion});
  REQUIRE(one_run.size() == 2);
  CHECK(one_run[0] == office);
  CHECK(one_run[1] != office);
  CHECK(one_run[1].starts_with("2024-06-07-tong-zhi-"));

  // Two runs: the second does not replace the first, and each keeps its id for good.
  const std::vector<EpisodeRecord> first = Publish({kOffice});
  const std::vector<EpisodeRecord> both = Publish({kUnion}, first);
  REQUIRE(both.size() == 2);
  CHECK(both[0].id == office);
  CHECK(both[1].id == one_run[1]);
  CHECK(both[0].guid != both[1].guid);
  CHECK(Ids({kOffice, kUnion}, both) == one_run);
  CHECK(Ids({kUnion, kOffice}, both) == std::vector<std::string>{one_run[1], office});

  // An edit keeps its episode.
  Article edited = kUnion;
  edited.paragraphs[0] = "下周三组织员工体检，请空腹参加。";
  CHECK(Ids({edited}, both) == std::vector<std::string>{one_run[1]});
  Article office_edited = kOffice;
  office_edited.paragraphs[0] = "明天上午十点召开全体员工大会。";
  CHECK(Ids({office_edited}, both) == std::vector<std::string>{office});
}

TEST_CASE("issue 13.2: the same publisher with two texts in one run is two episodes",
          "[issue13][episode]") {
  const Article second = Notice("办公室", "本周五下午进行消防演练。", "2024-06-07");
  const std::vector<std::string> ids = Ids({kOffice, second});
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] != ids[1]);
  // The same article twice is one episode, as before.
  CHECK(Ids({kOffice, kOffice}).size() == 1);
  // Republished unchanged, in any order, each keeps its episode.
  const std::vector<EpisodeRecord> published = Publish({kOffice, second});
  CHECK(Ids({second, kOffice}, published) == std::vector<std::string>{ids[1], ids[0]});
  CHECK(Ids({second}, published) == std::vector<std::string>{ids[1]});
  // An edit of one of them cannot be told from an edit of the other: reported, not guessed.
  Article edited = second;
  edited.paragraphs[0] = "本周五下午进行消防疏散演练。";
  CHECK_THROWS_WITH(Ids({edited}, published),
                    Catch::Contains("has the same title, date and publisher as the episodes"));
}

TEST_CASE("issue 13.2: undated articles with the same title are told apart", "[issue13][episode]") {
  const std::vector<std::string> ids =
      Ids({Notice("办公室", "甲。", ""), Notice("工会", "乙。", "")});
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] != ids[1]);
  CHECK(ids[1].starts_with("undated-tong-zhi-"));
}

TEST_CASE("issue 13.2: two notices of one title and date publish as two episodes",
          "[issue13][e2e][espeak][lame]") {
  testing::PublishedSite site;
  const auto write = [&](const std::string& name, const std::string& publisher,
                         const std::string& text) {
    const std::string path = (site.dir() / name).string();
    std::ofstream(path) << "# 通知\n发布时间：2024-06-07 发布人：" << publisher << "\n"
                        << text << "\n";
    return path;
  };
  const std::string office = write("office.txt", "办公室", "明天上午九点召开全体员工大会。");
  const std::string trade_union = write("union.txt", "工会", "下周三组织员工体检，请按时参加。");
  auto run = site.Publish(office);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  run = site.Publish(trade_union);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  site.RequireIntact(3);
  // Both again, and the baseline's article: nothing changes, no id moves.
  const std::string baseline =
      (testing::SourceDir() / "docs/examples/2024-07-01-volunteers.txt").string();
  run = site.Publish(office + " " + trade_union + " " + baseline);
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  CHECK(run.output.find("published ") == std::string::npos);
  CHECK(run.output.find("unchanged " + testing::BaselineSite::Get().id()) != std::string::npos);
  site.RequireIntact(3);
}

}  // namespace briefcast
