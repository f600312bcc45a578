// Faults found in use (issue 14, item 7): speak reads files as publish does, refuses a missing
// file and an output it cannot write; check --repair of no site; option values that are usage
// errors; config files that name a missing cover or lexicon.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "audio/id3_tags.h"
#include "feeds/cli/speak.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

std::string Quote(const fs::path& path) { return "'" + path.string() + "'"; }

// `briefcast ARGS` run in `dir`.
testing::CommandResult Run(const testing::TempDir& dir, const std::string& args) {
  return RunCommand("cd " + Quote(dir.path()) + " && timeout -s KILL 300 " + BRIEFCAST_BINARY +
                    " " + args);
}

void Write(const testing::TempDir& dir, const std::string& name, const std::string& text) {
  std::ofstream(dir.path() / name) << text;
}

}  // namespace

TEST_CASE("issue 14.7: speak reads HTML, feeds and Markdown with publish's readers",
          "[issue14][speak][espeak][lame]") {
  testing::TempDir dir;
  Write(dir, "page.html",
        "<!DOCTYPE html><html><head><title>网页标题</title></head><body>"
        "<article><h1>食堂菜单调整</h1><p>下周起食堂增加夜宵窗口。</p></article></body></html>");
  Write(dir, "feed.xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>频道</title>"
        "<item><title>停车场施工</title><description>东门停车场本周封闭施工。</description>"
        "</item></channel></rss>");
  Write(dir, "note.md", "---\ntitle: 图书角开放\n---\n\n三楼**图书角**今天开放。\n");
  for (const auto& [input, title] :
       {std::pair{"page.html", "食堂菜单调整"}, std::pair{"feed.xml", "停车场施工"},
        std::pair{"note.md", "图书角开放"}}) {
    const auto run = Run(dir, std::string("speak -o out.mp3 ") + input);
    INFO(input << ": " << run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(ReadId3Tags(dir.path() / "out.mp3").title == title);
  }
}

TEST_CASE("issue 14.7: speak of a missing file is an error; text is given with --text",
          "[issue14][speak][espeak][lame]") {
  testing::TempDir dir;
  for (const char* missing : {"nosuchfile.txt", "news/today", "报告.pdf"}) {
    const auto run = Run(dir, std::string("speak ") + missing);
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.output, Catch::Contains(std::string(missing) + ": no such file"));
  }
  CHECK(!fs::exists(dir.path() / "speech.mp3"));
  CHECK(LooksLikePath("a.txt"));
  CHECK(!LooksLikePath("增长3.5%。"));
  CHECK(!LooksLikePath("你好，世界。"));
  const auto text = Run(dir, "speak -o out.mp3 --text nosuchfile.txt");
  INFO(text.output);
  CHECK(text.exit_code == 0);
  CHECK(text.output == "wrote out.mp3\n");
}

TEST_CASE("issue 14.7: speak -o with an extension it does not encode is a usage error",
          "[issue14][speak]") {
  testing::TempDir dir;
  const auto run = Run(dir, "speak -o x.ogg '你好。'");
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.output, Catch::StartsWith("briefcast: -o takes a file ending in .mp3 or .wav, "
                                           "not 'x.ogg'"));
  CHECK(!fs::exists(dir.path() / "x.ogg"));
}

TEST_CASE("issue 14.7: check --repair of a site that does not exist creates nothing",
          "[issue14][check]") {
  testing::TempDir dir;
  const auto run = Run(dir, "check --repair --site nosuchdir");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.output, Catch::Contains("nosuchdir: no site to repair"));
  CHECK(!fs::exists(dir.path() / "nosuchdir"));
}

TEST_CASE("issue 14.7: every bad option value is a usage error of one shape", "[issue14]") {
  testing::TempDir dir;
  for (const char* value : {"65", "7", "abc", "1000"}) {
    const auto run = Run(dir, std::string("speak --bitrate ") + value + " '你好。'");
    INFO(run.output);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Catch::StartsWith("briefcast: --bitrate takes an MP3 bitrate at 44100 "
                                             "Hz (") &&
                               Catch::Contains(" kbps), not '" + std::string(value) + "'"));
  }
  for (const char* args : {"publish --jobs 0 a.txt", "publish --rate 10 a.txt",
                           "publish --sort title a.txt", "publish --briefing --date 6/7 a.txt",
                           "publish --variant nosuch a.txt", "publish --base-url notaurl a.txt",
                           "publish --briefing --title ' ' a.txt", "publish --site '' a.txt"}) {
    const auto run = Run(dir, args);
    INFO(args << ": " << run.output);
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Catch::Matches("briefcast: --[\\w-]+ takes .+, not '.*'\\n"
                                          "Try 'briefcast --help'.\\n"));
  }
}

TEST_CASE("issue 14.7: a config's bad bitrate, missing cover or lexicon names file and line",
          "[issue14][config]") {
  testing::TempDir dir;
  Write(dir, "bitrate.toml", "[mp3]\nbitrate_kbps = 65\n");
  Write(dir, "cover.toml", "[podcast]\ntitle = \"播客\"\ncover_image = \"nosuch.png\"\n");
  Write(dir, "lexicon.toml", "# words\n\nlexicon = \"nosuch.tsv\"\n");
  Write(dir, "variant.toml", "[voice]\nrate = 300\nvariant = \"nosuch\"\n");
  for (const auto& [config, where] :
       {std::pair{"bitrate.toml", "bitrate.toml:2: 'mp3.bitrate_kbps' is 65, not a bitrate"},
        std::pair{"cover.toml", "cover.toml:3: 'podcast.cover_image' cannot be used: "},
        std::pair{"lexicon.toml", "lexicon.toml:3: 'lexicon' cannot be used: "},
        std::pair{"variant.toml", "variant.toml:3: 'voice.variant' \"nosuch\" is not an eSpeak"}}) {
    const auto run = Run(dir, std::string("publish --config ") + config + " a.txt");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.output, Catch::Contains(where));
  }
}

}  // namespace briefcast
