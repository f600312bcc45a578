#include "synth/fetch/charset.h"

#include <catch2/catch.hpp>

#include "audio/error.h"

namespace briefcast {
namespace {

// "中文新闻" in GBK and in Big5 (traditional 中文新聞).
const std::string kGbk = "\xD6\xD0\xCE\xC4\xD0\xC2\xCE\xC5";
const std::string kBig5 = "\xA4\xA4\xA4\xE5\xB7\x73\xBB\x44";

TEST_CASE("the HTTP charset wins, then the page's own declaration", "[charset]") {
  CHECK(DecodeToUtf8(kGbk, "text/html; charset=GBK", "a") == "中文新闻");
  CHECK(DecodeToUtf8(kGbk, "text/html; charset=\"gb2312\"", "a") == "中文新闻");
  CHECK(DecodeToUtf8("<meta charset=\"gb2312\">" + kGbk, "text/html", "a") ==
        "<meta charset=\"gb2312\">中文新闻");
  CHECK(
      DecodeToUtf8("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">" + kBig5,
                   "", "a")
          .ends_with("中文新聞"));
  CHECK(DecodeToUtf8("<?xml version=\"1.0\" encoding=\"GB2312\"?><rss>" + kGbk, "", "a")
            .ends_with("<rss>中文新闻"));
  CHECK(DeclaredCharset("<?xml version=\"1.0\" encoding=\"GB2312\"?>") == "gb2312");
}

TEST_CASE("without a declaration the charset is detected", "[charset]") {
  CHECK(DecodeToUtf8("<p>中文新闻</p>", "", "a") == "<p>中文新闻</p>");
  CHECK(DecodeToUtf8("<p>" + kGbk + "</p>", "", "a") == "<p>中文新闻</p>");
  CHECK(DecodeToUtf8("<p>" + kBig5 + "</p>", "", "a") == "<p>中文新聞</p>");
  CHECK(DecodeToUtf8("\xEF\xBB\xBF中文", "text/html; charset=gbk", "a") == "中文");
}

TEST_CASE("a wrong declaration falls back to detection; garbage is an error", "[charset]") {
  CHECK(DecodeToUtf8(kGbk, "text/html; charset=utf-8", "a") == "中文新闻");
  CHECK_THROWS_WITH(DecodeToUtf8("\x81\x20\xFF\xFF", "", "http://x/a"),
                    Catch::Contains("http://x/a: the text is not valid UTF-8, GB18030 or Big5"));
}

}  // namespace
}  // namespace briefcast
