// Hostile files and arguments against the real binary (issue 13): devices, FIFOs, endless
// lines, lexicons that are directories, feeds with DTDs, lists of lists, an empty --site.
// Each is refused at once with exit 1 (2 for usage) and a message naming what is wrong, and
// the site published before is intact.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::PublishedSite;
using testing::RunCommand;

std::string Briefcast() { return BRIEFCAST_BINARY; }

std::string Quote(const fs::path& path) { return "'" + path.string() + "'"; }

}  // namespace

TEST_CASE("issue 13.6: devices and FIFOs are refused by every command that reads a file",
          "[issue13][hostile]") {
  PublishedSite site;
  const fs::path fifo = site.dir() / "article.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const fs::path config = site.dir() / "zero-cover.toml";
  std::ofstream(config) << "[podcast]\ncover_image = \"/dev/zero\"\n";
  const fs::path article = site.NewArticle();
  const std::string timeout = "timeout -s KILL 20 ";
  const std::vector<std::pair<std::string, std::string>> kRuns = {
      {"publish /dev/zero", site.Publish("/dev/zero").output},
      {"publish FIFO", site.Publish(Quote(fifo)).output},
      {"cover_image", site.Publish(Quote(article), "--config " + Quote(config)).output},
      {"--lexicon", site.Publish(Quote(article), "--lexicon /dev/zero").output},
      {"speak",
       RunCommand(timeout + Briefcast() + " speak -o " + Quote(site.dir() / "x.mp3") + " /dev/zero")
           .output},
      {"pinyin",
       RunCommand(timeout + Briefcast() + " pinyin --lexicon /dev/zero </dev/null").output}};
  for (const auto& [name, output] : kRuns) {
    INFO(name << ": " << output);
    CHECK((output.find("is a device, not a regular file") != std::string::npos ||
           output.find("is a FIFO (named pipe), not a regular file") != std::string::npos));
  }
  site.RequireIntact(1);
}

TEST_CASE("issue 13.13: a lexicon that is a directory, or has a syllable that is not Mandarin",
          "[issue13][hostile]") {
  testing::TempDir dir;
  auto run = RunCommand("echo 银行 | " + Briefcast() + " pinyin --lexicon " + Quote(dir.path()));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find(dir.path().string() + ": is a directory, not a regular file; give the "
                                              "lexicon as a file") != std::string::npos);
  const fs::path lexicon = dir.path() / "words.tsv";
  std::ofstream(lexicon) << "# mine\n干线\tgxq1 xian4\n";
  run = RunCommand("echo 干线 | " + Briefcast() + " pinyin --lexicon " + Quote(lexicon));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find(lexicon.string() + ":2: \"gxq1\" is not a Mandarin syllable") !=
        std::string::npos);
}

TEST_CASE("issue 13.14: an empty --site is a usage error", "[issue13][hostile]") {
  testing::TempDir dir;
  const std::string article =
      (testing::SourceDir() / "docs/examples/2024-07-01-volunteers.txt").string();
  for (const std::string& command :
       {"cd " + Quote(dir.path()) + " && " + Briefcast() + " publish --site '' " + article,
        "cd " + Quote(dir.path()) + " && " + Briefcast() + " check --site ''"}) {
    const auto run = RunCommand(command);
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK(run.output.find("--site takes a path, not ''") != std::string::npos);
  }
  CHECK(fs::directory_iterator(dir.path()) == fs::directory_iterator());  // nothing written
}

TEST_CASE("issue 13.17: an endless line is refused at its cap, not held in memory",
          "[issue13][hostile]") {
  for (const char* command : {"normalize", "pinyin"}) {
    const auto start = std::chrono::steady_clock::now();
    // 300 MB without a newline; the cap is 1 MiB, so a few MB are read at most.
    const auto run =
        RunCommand("head -c 300000000 /dev/zero | tr '\\0' '1' | " + Briefcast() + " " + command);
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("stdin:1: the line is longer than 1 MiB") != std::string::npos);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
  }
  const auto run = RunCommand("printf '12\\n\\n3' | " + Briefcast() + " normalize");
  CHECK(run.output == "十二\n\n三\n");
}

TEST_CASE("issue 13.18: synthesis writes nothing but its result to stderr without a HOME",
          "[issue13][hostile][espeak][lame]") {
  testing::TempDir dir;
  const auto run = RunCommand("cd " + Quote(dir.path()) + " && HOME=/nonexistent " + Briefcast() +
                              " speak -o out.mp3 '你好，世界。'");
  INFO(run.output);
  CHECK(run.exit_code == 0);
  CHECK(run.output == "wrote out.mp3\n");
}

TEST_CASE("issue 13.10/11: a feed with a DTD and a list of lists are refused, the site intact",
          "[issue13][hostile]") {
  PublishedSite site;
  const fs::path feed = site.dir() / "laughs.xml";
  std::ofstream(feed)
      << "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a \"lol\">\n"
         "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<rss version=\"2.0\">"
         "<channel><title>t</title><item><title>&b;</title></item></channel></rss>\n";
  auto run = site.Publish(Quote(feed));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find(feed.string() + ":2: DTDs and entities are not supported") !=
        std::string::npos);
  const fs::path inner = site.dir() / "inner.list";
  std::ofstream(inner) << site.NewArticle() << "\n";
  const fs::path outer = site.dir() / "outer.list";
  std::ofstream(outer) << inner.string() << "\n";
  run = site.Publish(Quote(outer));
  INFO(run.output);
  CHECK(run.exit_code == 1);
  CHECK(run.output.find(outer.string() + ":1: '" + inner.string() +
                        "' is itself a list of articles") != std::string::npos);
  site.RequireIntact(1);
}

}  // namespace briefcast
