#include <catch2/catch.hpp>

#include "audio/error.h"
#include "feeds/formats/html_text.h"
#include "feeds/formats/rfc_dates.h"
#include "feeds/formats/xml_text.h"

namespace briefcast {

TEST_CASE("XmlSafeText removes what XML forbids and keeps the rest", "[text]") {
  CHECK(XmlSafeText("a\x01"
                    "b\x0b"
                    "c\x1f"
                    "d") == "abcd");
  CHECK(XmlSafeText("tab\there\nline\r") == "tab\there\nline\r");
  CHECK(XmlSafeText("bad \xff\xfe utf8 \xe4\xb8") == "bad  utf8 ");
  CHECK(XmlSafeText("\x7f\xc2\x85中文\xef\xbf\xbe") == "中文");  // DEL, U+0085, U+FFFE
  CHECK(XmlSafeText("<script>]]>&") == "<script>]]>&");
  CHECK(XmlSafeText(std::string("nul\0byte", 8)) == "nulbyte");
}

TEST_CASE("TruncateUtf8 cuts at a code point boundary", "[text]") {
  CHECK(TruncateUtf8("short", 10) == "short");
  std::string han = "一二三四五";  // 15 bytes
  CHECK(TruncateUtf8(han, 15) == han);
  CHECK(TruncateUtf8(han, 14) == "一二三…");  // 9 + 3 bytes
  CHECK(TruncateUtf8(han, 13) == "一二三…");
  CHECK(TruncateUtf8(han, 12) == "一二三…");
  CHECK(TruncateUtf8(han, 11) == "一二…");
  CHECK(TruncateUtf8("abcdef", 5) == "ab…");
}

TEST_CASE("RFC 3339 dates become RFC 2822 in their own offset", "[dates]") {
  CHECK(Rfc2822FromRfc3339("2024-06-07T08:00:00+08:00") == "Fri, 07 Jun 2024 08:00:00 +0800");
  CHECK(Rfc2822FromRfc3339("2024-02-29T23:59:59Z") == "Thu, 29 Feb 2024 23:59:59 +0000");
  CHECK(Rfc2822FromRfc3339("1999-12-31t10:30:00.25-05:30") == "Fri, 31 Dec 1999 10:30:00 -0530");
  using namespace std::chrono;
  CHECK(ParseRfc3339("2024-06-07T08:00:00+08:00") == ParseRfc3339("2024-06-07T00:00:00Z"));
  CHECK(ParseRfc3339("1970-01-01T00:00:01.5Z").time_since_epoch() == milliseconds(1500));
  CHECK(Rfc2822(sys_days(2024y / June / 7) + hours(1) + seconds(2)) ==
        "Fri, 07 Jun 2024 01:00:02 +0000");
  for (const char* bad :
       {"2024-06-07", "2024-02-30T00:00:00Z", "2024-06-07T24:00:00Z", "2024-06-07T08:00:00",
        "2024-06-07T08:00:00+0800", "yesterday", "2024-06-07T08:00:00Zjunk", ""}) {
    INFO(bad);
    CHECK_THROWS_AS(Rfc2822FromRfc3339(bad), Error);
  }
}

TEST_CASE("EscapeHtml escapes markup and drops control characters", "[text]") {
  CHECK(EscapeHtml("<script>alert('x')</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(EscapeHtml("a & \"b\"\x01") == "a &amp; &quot;b&quot;");
}

TEST_CASE("Clock labels and chapter links", "[text]") {
  CHECK(ClockLabel(0) == "00:00");
  CHECK(ClockLabel(65.9) == "01:05");
  CHECK(ClockLabel(3725) == "1:02:05");
  CHECK(MediaFragmentSeconds(65.9) == "65");
  CHECK(ChapterListHtml({}, "u").empty());
  CHECK(ChapterListHtml({{65, "<b>标题</b>", ""}}, "https://x/e.mp3?a=1&b=2") ==
        "<ul><li><a href=\"https://x/e.mp3?a=1&amp;b=2#t=65\">01:05</a> "
        "&lt;b&gt;标题&lt;/b&gt;</li></ul>");
}

}  // namespace briefcast
