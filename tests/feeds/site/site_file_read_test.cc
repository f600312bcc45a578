// A site's own files are read whole only up to a cap: a file far larger than briefcast
// writes stops the command with a message naming it, what it is and what to do.
#include "feeds/site/site_file_read.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "audio/error.h"
#include "feeds/site/site_check.h"
#include "feeds/site/site_settings.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// A sparse file of `bytes` bytes: no disk space, no time.
void Sparse(const fs::path& path, std::uintmax_t bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << '<';
  fs::resize_file(path, bytes);
}

TEST_CASE("ReadSiteFile reads a file whole, none for what is not a regular file", "[site]") {
  const TempDir dir;
  std::ofstream(dir.path() / "feed.xml", std::ios::binary) << "<rss/>\n";
  CHECK(ReadSiteFile(dir.path() / "feed.xml", kMaxSiteTextBytes, "feed") == "<rss/>\n");
  CHECK_FALSE(ReadSiteFile(dir.path() / "missing.xml", kMaxSiteTextBytes, "feed").has_value());
  CHECK_FALSE(ReadSiteFile(dir.path(), kMaxSiteTextBytes, "feed").has_value());
  const fs::path fifo = dir.path() / "fifo.xml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_FALSE(ReadSiteFile(fifo, kMaxSiteTextBytes, "feed").has_value());  // does not block
}

TEST_CASE("ReadSiteFile refuses a file over its cap, naming it and what to do", "[site]") {
  const TempDir dir;
  const fs::path feed = dir.path() / "feed.xml";
  Sparse(feed, kMaxSiteTextBytes);
  CHECK(ReadSiteFile(feed, kMaxSiteTextBytes, "feed")->size() == kMaxSiteTextBytes);
  Sparse(feed, kMaxSiteTextBytes + 1);
  CHECK_THROWS_WITH(
      ReadSiteFile(feed, kMaxSiteTextBytes, "feed"),
      feed.string() +
          ": is 67108865 bytes, larger than the 64 MiB a feed can be; it is not a file "
          "briefcast wrote: move it out of the site (briefcast check --repair "
          "sets a damaged record or site.json aside)");
  const fs::path record = dir.path() / "episodes" / "2024-06-12-a.json";
  Sparse(record, std::uintmax_t{300} << 20);
  CHECK_THROWS_WITH(ReadSiteFile(record, kMaxRecordFileBytes, "episode record"),
                    Catch::Contains(": is 300 MiB, larger than the 256 MiB an episode record"));
}

TEST_CASE("check and site settings stop at an absurdly large site file", "[site]") {
  const TempDir dir;
  const SiteLayout site(dir.path());
  Sparse(site.settings(), kMaxSiteTextBytes + (1 << 20));
  CHECK_THROWS_WITH(ReadSiteSettings(site),
                    Catch::Contains("site.json: is 65 MiB, larger than the 64 MiB a site "
                                    "settings file can be"));
  fs::remove(site.settings());
  Sparse(site.feed(), kMaxSiteTextBytes + 1);
  CHECK_THROWS_WITH(CheckSite(site), Catch::Contains("feed.xml: is 67108865 bytes, larger than"));
}

}  // namespace
}  // namespace briefcast
