// The publish log (issue 14, item 3): a line per episode as it finishes, live progress only on
// a terminal, nothing with --quiet, stage timings with --verbose, and no library noise.
#include "feeds/cli/progress_log.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

PublishedEpisode Episode() {
  return {2,
          3,
          "2024-06-12-wu-g-abc123",
          "5G网络覆盖再扩大 偏远乡村用上千兆宽带",
          "http://localhost:8000/episodes/2024-06-12-wu-g-abc123.mp3",
          83.4,
          712345,
          {{"synthesis", 0.42}, {"encoding", 2.1}, {"files", 0.01}},
          3,
          1};
}

std::string Quote(const fs::path& path) { return "'" + path.string() + "'"; }

// The stderr lines of `command`, each with the time it arrived (ms since the epoch).
std::vector<std::pair<long long, std::string>> TimedLines(const std::string& command) {
  const auto run = RunCommand(command +
                              " 2>&1 >/dev/null | while IFS= read -r line; do "
                              "printf '%s %s\\n' \"$(date +%s%3N)\" \"$line\"; done");
  std::vector<std::pair<long long, std::string>> lines;
  std::istringstream in(run.output);
  for (std::string line; std::getline(in, line);) {
    const std::size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    lines.emplace_back(std::stoll(line.substr(0, space)), line.substr(space + 1));
  }
  return lines;
}

}  // namespace

TEST_CASE("the log names each finished episode's title, duration, size and URL", "[log]") {
  std::ostringstream err;
  ProgressLog log(err, false, Verbosity::kNormal);
  log.Stage({1, 3, "x", "标题", "encoding", 0.5});
  log.Published(Episode());
  CHECK(err.str() ==
        "published 2024-06-12-wu-g-abc123: 5G网络覆盖再扩大 偏远乡村用上千兆宽带 (1:23, 0.7 MB) "
        "http://localhost:8000/episodes/2024-06-12-wu-g-abc123.mp3\n");
  CHECK(ClockDuration(3723) == "1:02:03");
}

TEST_CASE("on a terminal the live line is updated in place and cleared before a line", "[log]") {
  std::ostringstream err;
  {
    ProgressLog log(err, true, Verbosity::kVerbose);
    log.Stage(
        {2, 3, "x", "一二三四五六七八九十一二三四五六七八九十一二三四五六", "encoding", 0.45});
    log.Published(Episode());
  }
  CHECK(err.str() ==
        "\r\x1b[K[2/3] 一二三四五六七八九十一二三四五六七八九十一二三…  encoding 45%"
        "\r\x1b[Kpublished 2024-06-12-wu-g-abc123: 5G网络覆盖再扩大 偏远乡村用上千兆宽带 "
        "(1:23, 0.7 MB) http://localhost:8000/episodes/2024-06-12-wu-g-abc123.mp3; "
        "synthesis 0.4 s, encoding 2.1 s, files 0.0 s; MP3 in 3 parts, 1 rendered again\n");
}

TEST_CASE("publish --quiet: the log says nothing", "[log]") {
  std::ostringstream err;
  ProgressLog log(err, true, Verbosity::kQuiet);
  log.Stage({1, 1, "x", "标题", "synthesis", 0});
  log.Published(Episode());
  log.Line("done");
  CHECK(err.str().empty());
}

TEST_CASE("publish off a terminal logs each episode as it finishes, then a summary",
          "[e2e][log][espeak][lame]") {
  testing::TempDir dir;
  const fs::path examples = testing::SourceDir() / "docs" / "examples";
  const std::string articles = Quote(examples / "2024-06-12-5g-network.txt") + " " +
                               Quote(examples / "2024-06-20-customer-service.txt") + " " +
                               Quote(examples / "2024-07-01-volunteers.txt");
  const auto lines =
      TimedLines("timeout -s KILL 600 " + std::string(BRIEFCAST_BINARY) +
                 " publish --jobs 2 --site " + Quote(dir.path() / "site") + " " + articles);
  std::vector<std::pair<long long, std::string>> published;
  for (const auto& line : lines) {
    INFO(line.second);
    CHECK(line.second.find('\r') == std::string::npos);
    if (line.second.starts_with("published ")) published.push_back(line);
  }
  REQUIRE(published.size() == 3);
  const std::string all = published[0].second + published[1].second + published[2].second;
  CHECK_THAT(all, Catch::Contains(": 5G网络覆盖再扩大 偏远乡村用上千兆宽带 (") &&
                      Catch::Contains(": 青年志愿者走进社区 为老人讲解防诈骗知识 ("));
  for (const auto& [time, line] : published) {
    CHECK_THAT(line, Catch::Matches(R"(published \S+: .+ \(\d+:\d\d, \d+\.\d MB\) )"
                                    R"(http://localhost:8000/episodes/\S+\.mp3)"));
  }
  // Each as it finishes: three episodes on two workers, so the last one is made after the
  // first is reported (all at the end would be milliseconds apart).
  REQUIRE(!lines.empty());
  CHECK(lines.back().second == "done: 3 published, 0 unchanged, 0 removed, 0 failed");
  CHECK(published.back().first - published.front().first >= 300);
}

TEST_CASE("publish on a terminal shows each stage's percent in place", "[e2e][log][espeak][lame]") {
  if (RunCommand("command -v script").exit_code != 0) {
    WARN("no script(1) to give publish a terminal");
    return;
  }
  testing::TempDir dir;
  const std::string article =
      Quote(testing::SourceDir() / "docs" / "examples" / "2024-07-01-volunteers.txt");
  const auto run =
      RunCommand("script -qec \"" + std::string(BRIEFCAST_BINARY) + " publish --jobs 1 --site " +
                 Quote(dir.path() / "site") + " " + article + "\" /dev/null");
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.output,
             Catch::Contains("\r\x1b[K[1/1] 青年志愿者走进社区 为老人讲解防诈骗知识  synthesis ") &&
                 Catch::Contains("  encoding ") &&
                 Catch::Contains("\r\x1b[Kpublished 2024-07-01-"));
}

TEST_CASE("publish --quiet prints nothing on success; --verbose adds stage timings",
          "[e2e][log][espeak][lame]") {
  testing::TempDir dir;
  const std::string article =
      Quote(testing::SourceDir() / "docs" / "examples" / "2024-07-01-volunteers.txt");
  const auto quiet = testing::PublishInto(dir.path() / "site", article, "--quiet");
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.output.empty());
  const auto verbose = testing::PublishInto(dir.path() / "other", article, "--verbose");
  CHECK(verbose.exit_code == 0);
  CHECK_THAT(verbose.output, Catch::Contains("; synthesis ") && Catch::Contains(" s, encoding ") &&
                                 Catch::Contains("; MP3 in 2 parts, 0 rendered again") &&
                                 Catch::Contains("done: 1 published"));
  const auto both = testing::PublishInto(dir.path() / "site", article, "--quiet --verbose");
  CHECK(both.exit_code == 2);
}

TEST_CASE("no library noise without a writable HOME", "[e2e][log][espeak][lame]") {
  // As root every HOME is writable: PulseAudio's complaint needs another user.
  testing::TempDir dir;
  fs::permissions(dir.path(), fs::perms::all);
  const std::string article =
      Quote(testing::SourceDir() / "docs" / "examples" / "2024-07-01-volunteers.txt");
  std::string as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  if (::geteuid() != 0 ||
      RunCommand(as_user + "sh -c \"test -x " + BRIEFCAST_BINARY + " && test -r " + article + "\"")
              .exit_code != 0) {
    as_user.clear();  // not root, or no other user may run this build: as ourselves
  }
  const auto run =
      RunCommand("cd " + Quote(dir.path()) + " && " + as_user + "env HOME=/nonexistent " +
                 BRIEFCAST_BINARY + " publish --quiet --jobs 2 --site site " + article);
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output.empty());
}

TEST_CASE("a run with a failed episode still ends with its summary, then the error",
          "[e2e][log][espeak][lame]") {
  testing::TempDir dir;
  const fs::path examples = testing::SourceDir() / "docs" / "examples";
  // The volunteers article's MP3 cannot be written: a directory holds its name.
  fs::create_directories(dir.path() / "site" / "episodes" /
                         "2024-07-01-qing-nian-zhi-yuan-zhe-zou-95c5e3.mp3");
  const auto run = testing::PublishInto(dir.path() / "site",
                                        Quote(examples / "2024-07-01-volunteers.txt") + " " +
                                            Quote(examples / "2024-06-12-5g-network.txt"));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.output, Catch::Contains("published 2024-06-12-wu-g-wang-luo-fu-gai-e1fbd6: ") &&
                             Catch::Contains("\ndone: 1 published, 1 failed\nbriefcast: "));
}

}  // namespace briefcast
