#include "feeds/formats/cover_art.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "audio/error.h"
#include "tests/test_support.h"

namespace briefcast {

TEST_CASE("The generated cover is a 1400 px square PNG", "[cover]") {
  std::string png = GenerateCoverPng(Channel());
  auto size = PngSize(png);
  REQUIRE(size.has_value());
  CHECK(size->width == 1400);
  CHECK(size->height == 1400);
  CHECK(png.size() > 1000);
  CHECK(png.size() < 4 * 1024 * 1024);
  CHECK(png.compare(png.size() - 8, 4, "IEND") == 0);
  CHECK(GenerateCoverPng(Channel()) == png);  // deterministic
}

TEST_CASE("Cover colours depend on the title", "[cover]") {
  Channel a, b;
  a.title = "早间新闻";
  b.title = "晚间新闻";
  CHECK(GenerateCoverPng(a, 64) != GenerateCoverPng(b, 64));
  CHECK_THROWS_AS(GenerateCoverPng(a, 4000), Error);
}

TEST_CASE("The cover carries the title and the author", "[cover]") {
  Channel a, b;
  a.author = "新闻宣传中心";
  b.author = "网络发展部";  // same title, so the same colours: only the text differs
  CHECK(GenerateCoverPng(a, 300) != GenerateCoverPng(b, 300));
  // A title far too long for three lines still gives a cover, at the largest size.
  a.title = std::string(60, 'x') + "公司新闻" + std::string(400, 'y');
  const auto size = PngSize(GenerateCoverPng(a, 3000));
  REQUIRE(size.has_value());
  CHECK(size->width == 3000);
}

TEST_CASE("The generated cover decodes with an independent PNG reader", "[cover]") {
  testing::TempDir dir;
  auto path = dir.path() / "cover.png";
  std::ofstream(path, std::ios::binary) << GenerateCoverPng(Channel(), 200);
  // pngfix (Debian libpng-tools) decodes every chunk and exits non-zero on damage.
  auto result = testing::RunCommand("pngfix " + path.string());
  if (result.exit_code == 127) {
    WARN("pngfix is not installed; skipping");
    return;
  }
  INFO(result.output);
  CHECK(result.exit_code == 0);
  CHECK(result.output.find("IDAT OK") != std::string::npos);
}

TEST_CASE("PngSize rejects what is not a PNG", "[cover]") {
  CHECK_FALSE(PngSize("").has_value());
  CHECK_FALSE(PngSize(std::string(100, 'x')).has_value());
  CHECK_FALSE(PngSize("GIF89a............................").has_value());
}

}  // namespace briefcast
