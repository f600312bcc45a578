#include <catch2/catch.hpp>
#include <fstream>

#include "audio/error.h"
#include "feeds/cli/config_file.h"
#include "feeds/formats/cover_art.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

using testing::TempDir;

std::filesystem::path WriteConfig(const TempDir& dir, const std::string& text) {
  std::filesystem::path path = dir.path() / "podcast.toml";
  std::ofstream(path) << text;
  return path;
}

std::string ErrorOf(const std::filesystem::path& path) {
  try {
    LoadConfig(path);
  } catch (const Error& error) {
    return error.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("The documented example config equals the built-in defaults", "[config]") {
  Config config = LoadConfig(testing::SourceDir() / "docs" / "config-example.toml");
  Config defaults;
  CHECK(config.channel.title == defaults.channel.title);
  CHECK(config.channel.description == defaults.channel.description);
  CHECK(config.channel.base_url == defaults.channel.base_url);
  CHECK(config.channel.explicit_content == defaults.channel.explicit_content);
  CHECK(config.channel.cover_image.empty());
  CHECK(config.channel.max_episodes == defaults.channel.max_episodes);
  CHECK(config.voice.rate_wpm == defaults.voice.rate_wpm);
  CHECK(config.pauses.paragraph == defaults.pauses.paragraph);
  CHECK(config.pauses.edge == defaults.pauses.edge);
  CHECK(config.loudness.integrated_lufs == defaults.loudness.integrated_lufs);
  CHECK(config.mp3.bitrate_kbps == defaults.mp3.bitrate_kbps);
  CHECK(config.mp3.quality == defaults.mp3.quality);
  CHECK(config.sample_rate_hz == defaults.sample_rate_hz);
  CHECK(config.lexicon.empty());
}

TEST_CASE("LoadConfig reads every section over the defaults", "[config]") {
  TempDir dir;
  auto path = WriteConfig(dir, R"(lexicon = "words.tsv"
[podcast]
title = "每日简报"
base_url = "https://news.example.com/pod"
cover_image = "art/cover.png"
explicit = true
type = "serial"
max_episodes = 30
[voice]
rate = 160
variant = "f2"
[pauses]
clause_ms = 200
[loudness]
integrated_lufs = -18
true_peak_dbtp = -1.5
[mp3]
sample_rate_hz = 22050
bitrate_kbps = 56
quality = 5
)");
  std::filesystem::create_directories(dir.path() / "art");
  std::ofstream(dir.path() / "art/cover.png", std::ios::binary) << GenerateCoverPng(Channel());
  std::ofstream(dir.path() / "words.tsv") << "沽源\tgu1 yuan2\n";
  Config config = LoadConfig(path);
  CHECK(config.channel.title == "每日简报");
  CHECK(config.channel.base_url == "https://news.example.com/pod/");
  CHECK(config.channel.cover_image == dir.path() / "art/cover.png");
  CHECK(config.channel.explicit_content);
  CHECK(config.channel.type == "serial");
  CHECK(config.channel.max_episodes == 30);
  CHECK(config.channel.author == Channel().author);
  CHECK(config.voice.rate_wpm == 160);
  CHECK(config.voice.variant == "f2");
  CHECK(config.pauses.clause == std::chrono::milliseconds(200));
  CHECK(config.pauses.sentence == PauseSettings().sentence);
  CHECK(config.loudness.integrated_lufs == -18.0);
  CHECK(config.loudness.true_peak_dbtp == -1.5);
  CHECK(config.sample_rate_hz == 22050);
  CHECK(config.mp3.bitrate_kbps == 56);
  CHECK(config.mp3.quality == 5);
  CHECK(config.lexicon == dir.path() / "words.tsv");
}

TEST_CASE("LoadConfig errors name the file, the line and the key", "[config]") {
  TempDir dir;
  std::string file = (dir.path() / "podcast.toml").string();
  CHECK(ErrorOf(WriteConfig(dir, "[podcast]\ntitle = \"a\"\ntitel = \"b\"\n")) ==
        file + ":3: unknown key 'podcast.titel' (see docs/configuration.md for the keys)");
  CHECK(ErrorOf(WriteConfig(dir, "\n[voice]\nrate = \"fast\"\n")) ==
        file + ":3: 'voice.rate' must be an integer, not string (see docs/configuration.md)");
  CHECK(ErrorOf(WriteConfig(dir, "[mp3]\nquality = 12\n")) ==
        file + ":2: 'mp3.quality' is 12, must be between 0 and 9 (see docs/configuration.md)");
  CHECK(ErrorOf(WriteConfig(dir, "[podcast]\nexplicit = \"no\"\n")) ==
        file +
            ":2: 'podcast.explicit' must be true or false, not string (see "
            "docs/configuration.md)");
  CHECK(ErrorOf(WriteConfig(dir, "colour = 1\n")) ==
        file + ":1: unknown key 'colour' (see docs/configuration.md for the keys)");
  CHECK(ErrorOf(WriteConfig(dir, "podcast = 1\n")) ==
        file + ":1: 'podcast' must be a table ([podcast])");
  CHECK(ErrorOf(WriteConfig(dir, "[podcast]\n\nbase_url = \"example.com\"\n")) ==
        file +
            ":3: 'podcast.base_url' must be an absolute http:// or https:// URL, not "
            "\"example.com\" (see docs/configuration.md)");
  CHECK_THAT(ErrorOf(WriteConfig(dir, "[mp3]\nsample_rate_hz = 30000\n")),
             Catch::StartsWith(file + ":2: 'mp3.sample_rate_hz' is not an MP3 sample rate"));
  CHECK_THAT(ErrorOf(WriteConfig(dir, "[podcast]\ntitle = \"unterminated\n")),
             Catch::StartsWith(file + ":2: not valid TOML"));
  CHECK_THAT(ErrorOf(dir.path() / "missing.toml"), Catch::Contains("config file not found"));
}

TEST_CASE("channel values are validated, not only escaped", "[config]") {
  TempDir dir;
  const std::string file = (dir.path() / "podcast.toml").string();
  const auto error = [&](const std::string& podcast) {
    return ErrorOf(WriteConfig(dir, "[podcast]\n" + podcast + "\n"));
  };
  CHECK_THAT(error("base_url = \"https://a.example/x\\ny/\""),
             Catch::StartsWith(file + ":2: 'podcast.base_url' holds a character a URL may not"));
  for (const char* url : {"https://a b.example/", "https://a.example/\\\"x\\\"/",
                          "https://a.example/<b>/", "https://a.example/?x", "https://-a/"}) {
    INFO(url);
    CHECK_THAT(error(std::string("base_url = \"") + url + "\""),
               Catch::StartsWith(file + ":2: 'podcast.base_url' "));
  }
  CHECK_THAT(error("language = \"english\""),
             Catch::StartsWith(file + ":2: 'podcast.language' is \"english\": must be a BCP 47"));
  CHECK_THAT(error("language = \"en-us\""), Catch::Contains("BCP 47 language tag for Chinese"));
  CHECK_THAT(error("category = \"Newz\""),
             Catch::StartsWith(file + ":2: 'podcast.category' is \"Newz\", not one of Apple"));
  CHECK_THAT(error("category = \"News\"\nsubcategory = \"Cooking\""),
             Catch::StartsWith(file + ":3: 'podcast.subcategory' is \"Cooking\", not a subcategory "
                                      "of \"News\""));
  CHECK_THAT(error("title = \"   \""),
             Catch::StartsWith(file + ":2: 'podcast.title' must not be empty or only spaces"));
  CHECK_THAT(error("title = \"\u3000\""), Catch::Contains("'podcast.title' must not be empty"));
  // Valid values of every kind pass; a category of its own drops the default subcategory.
  for (const char* ok : {"language = \"zh-Hans-CN\"", "language = \"ZH-TW\"", "language = \"cmn\"",
                         "category = \"Technology\"",
                         "category = \"Society & Culture\"\nsubcategory = \"Documentary\"",
                         "base_url = \"http://127.0.0.1:8080/p%C3%A9/~x/\""}) {
    INFO(ok);
    CHECK(error(ok) == "(no error)");
  }
  CHECK(
      LoadConfig(WriteConfig(dir, "[podcast]\ncategory = \"Technology\"\n")).channel.subcategory ==
      "");
}

// Issue 13, item 7: toml++ recursed once per part of a dotted header and crashed.
TEST_CASE("issue 13.7: a deeply dotted table header is not valid TOML", "[config][issue13]") {
  testing::TempDir dir;
  std::string header = "a";
  for (int i = 0; i < 50000; ++i) header += ".a";
  const std::string file = (dir.path() / "podcast.toml").string();
  CHECK_THAT(
      ErrorOf(WriteConfig(dir, "# deep\n[" + header + "]\n")),
      Catch::StartsWith(file + ":2: not valid TOML: a key or [table] header of more than 32"));
  CHECK_THAT(ErrorOf(WriteConfig(dir, header + " = 1\n")),
             Catch::StartsWith(file + ":1: not valid TOML"));
  // Dots in strings and values are not parts.
  CHECK_THAT(ErrorOf(WriteConfig(dir, "[podcast]\ndescription = \"" + header + "\"\ncolour = 1\n")),
             Catch::Contains("unknown key 'podcast.colour'"));
}

TEST_CASE("issue 13.6: a config that is not a regular file is refused", "[config][issue13]") {
  CHECK_THAT(ErrorOf("/dev/zero"), Catch::StartsWith("/dev/zero: is a device"));
}

}  // namespace briefcast

namespace briefcast {

TEST_CASE("sources: URLs as written, paths relative to the config file", "[config]") {
  testing::TempDir dir;
  const Config config = LoadConfig(WriteConfig(
      dir, "sources = [\"https://news.example.cn/rss.xml\", \"today/\", \"/srv/a.html\"]\n"));
  CHECK(config.sources == std::vector<std::string>{"https://news.example.cn/rss.xml",
                                                   (dir.path() / "today/").string(),
                                                   "/srv/a.html"});
  CHECK_THAT(ErrorOf(WriteConfig(dir, "sources = \"https://news.example.cn/rss.xml\"\n")),
             Catch::Contains("podcast.toml:1: 'sources' must be a list of URLs and paths"));
  CHECK_THAT(ErrorOf(WriteConfig(dir, "sources = [1]\n")),
             Catch::Contains("'sources' must hold URLs and paths as strings"));
}

}  // namespace briefcast
