// Issue 13, item 8: a cover that is not a sound, square PNG of 1400-3000 px is refused
// before the site is touched, and `briefcast check` decodes the published one.
#include "feeds/formats/cover_image_check.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "feeds/channel.h"
#include "feeds/formats/cover_art.h"
#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

std::uint32_t Crc32(const std::string& bytes) {
  std::uint32_t crc = 0xFFFFFFFF;
  for (unsigned char byte : bytes) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
  }
  return ~crc;
}

std::string BigEndian(std::uint32_t value) {
  return {static_cast<char>(value >> 24), static_cast<char>(value >> 16),
          static_cast<char>(value >> 8), static_cast<char>(value)};
}

// A PNG signature and a valid IHDR chunk of the given size, and nothing else.
std::string PngHeader(std::uint32_t width, std::uint32_t height) {
  const std::string body = "IHDR" + BigEndian(width) + BigEndian(height) + "\x08\x02\x00\x00\x00";
  return std::string("\x89PNG\r\n\x1a\n", 8) + BigEndian(13) + body + BigEndian(Crc32(body));
}

}  // namespace

TEST_CASE("issue 13.8: a cover must be a square, whole PNG of 1400-3000 px", "[issue13][cover]") {
  const std::string good = GenerateCoverPng(Channel(), 1400);
  CHECK(CoverImageProblem(good) == "");
  CHECK(CoverImageProblem("just some text\n") == "is not a PNG file (no PNG signature)");
  CHECK(CoverImageProblem("") == "is not a PNG file (no PNG signature)");
  CHECK(CoverImageProblem(GenerateCoverPng(Channel(), 100)) ==
        "is 100x100 px; podcast artwork must be square, 1400-3000 px");
  CHECK(CoverImageProblem(PngHeader(3000, 1400)) ==
        "is 3000x1400 px; podcast artwork must be square, 1400-3000 px");
  CHECK(CoverImageProblem(PngHeader(20000, 20000)) ==
        "is 20000x20000 px; podcast artwork must be square, 1400-3000 px");
  // A header that promises an image and no pixel data; a cut-off IDAT; a corrupt one.
  CHECK_THAT(CoverImageProblem(PngHeader(1400, 1400)), Catch::StartsWith("is a damaged PNG file"));
  CHECK_THAT(CoverImageProblem(good.substr(0, good.size() / 2)),
             Catch::StartsWith("is a damaged PNG file"));
  std::string corrupt = good;
  corrupt[corrupt.size() / 2] ^= 0x55;
  CHECK_THAT(CoverImageProblem(corrupt), Catch::StartsWith("is a damaged PNG file"));
}

TEST_CASE("issue 13.8: a bad cover_image stops publish naming the config line, the site intact",
          "[issue13][cover][espeak][lame]") {
  testing::PublishedSite site;
  const std::string cover = testing::ReadFile(site.path() / "cover.png");
  const std::filesystem::path small = site.dir() / "small.png";
  std::ofstream(small, std::ios::binary) << GenerateCoverPng(Channel(), 100);
  std::filesystem::create_directories(site.dir() / "a-directory");
  for (const std::string& image : {small.string(), (site.dir() / "a-directory").string()}) {
    const std::filesystem::path config = site.dir() / "cover.toml";
    std::ofstream(config) << "# the art\n[podcast]\ncover_image = \"" << image << "\"\n";
    const auto run = site.Publish(site.NewArticle(), "--config '" + config.string() + "'");
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find(config.string() + ":3: 'podcast.cover_image' ") != std::string::npos);
    CHECK(testing::ReadFile(site.path() / "cover.png") == cover);
  }
  site.RequireIntact(1);
  // check decodes the published cover: a cut-off one is found.
  std::ofstream(site.path() / "cover.png", std::ios::binary | std::ios::trunc)
      << cover.substr(0, cover.size() - 1000);
  const auto check = site.Check();
  INFO(check.output);
  CHECK(check.exit_code == 1);
  CHECK(check.output.find("cover.png: is a damaged PNG file") != std::string::npos);
}

}  // namespace briefcast
