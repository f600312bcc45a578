// Issue 13, item 6: every read of a user's file has a byte cap whatever the file is.
#include "synth/input_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <sstream>

#include "audio/error.h"
#include "tests/test_support.h"

namespace briefcast {

TEST_CASE("issue 13.6: devices, FIFOs and directories are refused at once", "[issue13][input]") {
  testing::TempDir dir;
  const std::filesystem::path fifo = dir.path() / "article.fifo";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_WITH(
      ReadInputFile(fifo, kMaxArticleFileBytes, "article"),
      fifo.string() + ": is a FIFO (named pipe), not a regular file; give the article as a file");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));  // never blocks
  CHECK_THROWS_WITH(ReadInputFile("/dev/zero", kMaxLexiconFileBytes, "lexicon"),
                    "/dev/zero: is a device, not a regular file; give the lexicon as a file");
  CHECK_THROWS_WITH(
      ReadInputFile(dir.path(), kMaxLexiconFileBytes, "lexicon"),
      dir.path().string() + ": is a directory, not a regular file; give the lexicon as a file");
  CHECK_THROWS_WITH(
      ReadInputFile(dir.path() / "none.tsv", 10, "lexicon"),
      (dir.path() / "none.tsv").string() + ": does not exist; check the path of the lexicon");
}

TEST_CASE("issue 13.6: the cap's message says which limit was hit", "[issue13][input]") {
  testing::TempDir dir;
  const std::filesystem::path file = dir.path() / "big.png";
  std::ofstream(file) << std::string(3 << 20, 'x');
  CHECK_THROWS_WITH(ReadInputFile(file, 2 << 20, "cover image"),
                    file.string() +
                        ": is larger than 2 MiB, the limit for a cover image file; give a "
                        "smaller file");
  CHECK(ReadInputFile(file, 3 << 20, "cover image").size() == 3u << 20);
  CHECK_THROWS_WITH(ReadInputFile(file, 2 << 20, "episode record"),
                    Catch::Contains("the limit for an episode record file"));
  std::istringstream stdin_text(std::string(3000, 'y'));
  CHECK_THROWS_WITH(ReadInputStream(stdin_text, 2048, "stdin", "article"),
                    "stdin: is larger than 2048 bytes, the limit for an article file; split it "
                    "into several articles");
  std::istringstream small("你好");
  CHECK(ReadInputStream(small, 2048, "stdin", "article") == "你好");
}

}  // namespace briefcast
