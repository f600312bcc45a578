#include <catch2/catch.hpp>

#include "audio/error.h"
#include "feeds/formats/sha1.h"
#include "feeds/formats/uuid.h"

namespace briefcast {

TEST_CASE("Sha1Hex matches the FIPS 180 test vectors", "[sha1]") {
  CHECK(Sha1Hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(Sha1Hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  // 56 bytes: the padding needs a second block.
  CHECK(Sha1Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(Sha1Hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  CHECK(Sha1Hex("银行") == "cb8a39d9d1d90e91c1b386795a16126513c01d36");
}

TEST_CASE("UuidV5 matches known name-based UUIDs", "[uuid]") {
  // Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
  CHECK(UuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  CHECK(UuidV5("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  CHECK_THROWS_AS(UuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c", "x"), Error);
  CHECK_THROWS_AS(UuidV5("6ba7b8109dad-11d1-80b4-00c04fd430c8-", "x"), Error);
}

TEST_CASE("PodcastGuid follows the Podcasting 2.0 example", "[uuid]") {
  // The podcast namespace's documented example for podcast:guid.
  CHECK(PodcastGuid("https://podnews.net/rss") == "9b024349-ccf0-5f69-a609-6b82873eab3c");
  CHECK(PodcastGuid("http://podnews.net/rss/") == "9b024349-ccf0-5f69-a609-6b82873eab3c");
  CHECK(PodcastGuid("podnews.net/rss//") == "9b024349-ccf0-5f69-a609-6b82873eab3c");
  CHECK(PodcastGuid("https://news.example.com/podcast/feed.xml") ==
        "ddadbf4e-32ba-5728-956a-3fc28c217da5");
}

}  // namespace briefcast
