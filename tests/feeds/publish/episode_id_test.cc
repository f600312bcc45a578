#include "feeds/publish/episode_id.h"

#include <catch2/catch.hpp>

namespace briefcast {

// Published episodes are known by these values: a change of hashing code must keep them.
// The expected values come from Python's hashlib.sha1 and uuid.uuid5.
TEST_CASE("episode ids and guids keep their published values", "[sha1][uuid]") {
  Article dated;
  dated.title = "公司举办2024年技术开放日";
  dated.date = "2024-06-07";
  CHECK(MakeEpisodeId(dated.date, "gong-si", ArticleIdentity(dated)) ==
        "2024-06-07-gong-si-4521d1");
  CHECK(EpisodeGuid(dated) == "8523455b-0800-5e2a-8709-f5c8b133f6de");
  Article linked = dated;
  linked.source_url = "https://news.example.cn/2024/06/open-day";
  CHECK(EpisodeGuid(linked) == "3f3d33e1-d1f0-5283-ad26-e2ff2c6bd604");
  CHECK(MakeEpisodeId("", "x", "") == "undated-x-da39a3");
}

}  // namespace briefcast
