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
  // Every byte value, NULs included (Python's hashlib.sha1(bytes(range(256)) * 1000)).
  std::string bytes;
  for (int i = 0; i < 256000; ++i) bytes.push_back(static_cast<char>(i % 256));
  CHECK(Sha1Hex(bytes) == "4db96121b29822369e89d5e17ff2582fc47e10a2");
}

TEST_CASE("UuidV5 matches known name-based UUIDs", "[uuid]") {
  // Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
  CHECK(UuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  CHECK(UuidV5("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "python.org") ==
        "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  // The namespace of episode guids and a guid in it (Python's uuid.uuid5 again).
  CHECK(UuidV5("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "briefcast episodes") ==
        "5ae68a82-b844-54fd-8ce7-a62e7a12fe4a");
  CHECK(UuidV5("5ae68a82-b844-54fd-8ce7-a62e7a12fe4a", "公司举办2024年技术开放日\n2024-06-07") ==
        "8523455b-0800-5e2a-8709-f5c8b133f6de");
  CHECK_THROWS_AS(UuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c", "x"), Error);
  CHECK_THROWS_WITH(UuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430cg", "x"),
                    "\"6ba7b810-9dad-11d1-80b4-00c04fd430cg\" is not a UUID (expected "
                    "8-4-4-4-12 hex digits)");
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
