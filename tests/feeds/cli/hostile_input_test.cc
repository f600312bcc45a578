// Hostile and broken articles against the real binary (issue 8): each gives a correct
// episode or exit 1 with a message naming the file; never a crash, a hang or a damaged
// site. Every case publishes into a copy of one site that already holds an episode, which
// must come out byte for byte intact with `briefcast check` clean.
#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/feeds/site_fixture.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::PublishedSite;
using testing::RunCommand;

struct HostileCase {
  std::string name;     // also the article's file name
  std::string content;  // the article's bytes
  int exit_code;        // 0: an episode is published; 1: refused
  std::string message;  // for exit 1: part of the error
};

std::string Repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::vector<HostileCase> Cases() {
  using namespace std::string_literals;
  return {
      {"invalid-utf8.txt", "# 标题\n正文\xff\xfe错误。\n", 1, "invalid UTF-8 at byte offset 15"},
      {"truncated-utf8.txt", "# 标题\n正文\xe4\xb8", 1, "invalid UTF-8"},
      {"bom.txt", "\xEF\xBB\xBF# 带BOM的标题\n第一段。\n", 0, ""},
      {"crlf.txt", "# 标题\r\n第一段。\r\n\r\n第二段。\r\n", 0, ""},
      {"nul.txt", "# 标题\n正文\0有NUL。\n"s, 1, "NUL byte at byte offset"},
      {"control.txt", "# 控制\x07字符\n正文\x01\x1b[31m红色\x7f。\n", 0, ""},
      {"empty.txt", "", 1, "empty"},
      {"whitespace.txt", "  \n\t\n\r\n　\n", 1, "nothing to read aloud"},
      {"punctuation.txt", "。。！？……\n，，——\n", 1, "nothing to read aloud"},
      {"one-line-10mb.txt",
       "# 大文件\n" + Repeat("中国经济发展稳定向好，人民生活水平提高。", 175'000), 1,
       "split it into several articles"},
      {"title-10000.txt", "# " + Repeat("长标题", 3334) + "\n正文。\n", 1,
       "the title is 10002 characters long"},
      {"emoji.txt",
       "# 😀表情𠀀𪚥\n表情😀和扩展字𠀀𪚥、𫝀、𬺰。👨‍👩‍👧\n",
       0, ""},
      {"traditional.txt", "# 國際新聞\n臺灣的經濟發展與變遷，銀行業務繁榮。\n", 0, ""},
      {"digits-40.txt", "# 数字\n金额是1234567890123456789012345678901234567890元。\n", 0, ""},
      {"bad-date-time.txt", "# 日期\n日期2024-13-45，时间25:61。\n", 0, ""},
      {"binary.txt",
       "\x7f"
       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0"s,
       1, "NUL byte"},
      {"dotdot.txt", "# ../../x\n正文。\n", 0, ""},
      {"slashes.txt", "# /etc/passwd \\\\ a/b\n正文。\n", 0, ""},
      {"no-hanzi-title.txt", "# 😀😀😀\n正文。\n", 0, ""},
      {"javascript-link.txt", "# 链接\n链接：javascript:alert(1)\n正文。\n", 0, ""},
  };
}

TEST_CASE("hostile articles give an episode or exit 1, and leave the site intact",
          "[hostile][espeak][lame]") {
  for (const HostileCase& hostile : Cases()) {
    SECTION(hostile.name) {
      PublishedSite site;
      const fs::path article = site.dir() / hostile.name;
      std::ofstream(article, std::ios::binary) << hostile.content;
      const auto run = site.Publish(article.string());
      INFO(run.output);
      REQUIRE(run.exit_code == hostile.exit_code);
      if (hostile.exit_code == 1) {
        CHECK(run.output.find("briefcast: " + article.string()) != std::string::npos);
        CHECK(run.output.find(hostile.message) != std::string::npos);
      }
      site.RequireIntact(hostile.exit_code == 0 ? 2 : 1);
    }
  }
}

TEST_CASE("a directory, a missing file and a device are refused clearly", "[hostile]") {
  PublishedSite site;
  fs::create_directories(site.dir() / "empty-dir");
  for (const auto& [path, message] : std::vector<std::pair<std::string, std::string>>{
           {(site.dir() / "empty-dir").string(), "holds no article files"},
           {(site.dir() / "missing.txt").string(), "does not exist"},
           {"/dev/null", "/dev/null"}}) {
    const auto run = site.Publish(path);
    INFO(run.output);
    CHECK(run.exit_code == 1);
    CHECK(run.output.find("briefcast: " + path + ": ") != std::string::npos);
    CHECK(run.output.find(message) != std::string::npos);
  }
  site.RequireIntact(1);
}

// Raw text of a file's `element` in the feed, unescaped by the parser.
std::string FirstItemText(const fs::path& feed_path, const char* element) {
  tinyxml2::XMLDocument feed;
  REQUIRE(feed.LoadFile(feed_path.c_str()) == tinyxml2::XML_SUCCESS);
  const auto* item =
      feed.FirstChildElement("rss")->FirstChildElement("channel")->FirstChildElement("item");
  REQUIRE(item != nullptr);
  const auto* child = item->FirstChildElement(element);
  REQUIRE(child != nullptr);
  return child->GetText() ? child->GetText() : "";
}

TEST_CASE("markup in a title and text is escaped in feed, transcripts and page",
          "[hostile][espeak][lame]") {
  const std::string title = "<script>alert(1)</script> & \"q\" ' ]]> <b>粗</b>";
  PublishedSite site;
  const fs::path article = site.dir() / "markup.txt";
  std::ofstream(article) << "# " << title
                         << "\n发布时间：2030-01-01\n正文<script>x()</script> ]]> & < > \"。\n";
  const auto run = site.Publish(article.string());
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  site.RequireIntact(2);

  // The newest item (2030) is first; the parser gives back exactly the title.
  CHECK(FirstItemText(site.path() / "feed.xml", "title") == title);
  const std::string feed = testing::ReadFile(site.path() / "feed.xml");
  CHECK(feed.find("<script") == std::string::npos);
  CHECK(feed.find("<b>") == std::string::npos);
  const std::string page = testing::ReadFile(site.path() / "index.html");
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("<script>x") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  for (const fs::path& file : site.EpisodeFiles()) {
    if (file.filename().string().find("script") == std::string::npos) continue;
    const std::string text = testing::ReadFile(file);
    if (file.extension() == ".vtt") {
      CHECK(text.find("&lt;script&gt;") != std::string::npos);
      CHECK(text.find("<script") == std::string::npos);
    } else if (file.extension() == ".srt") {
      CHECK(text.find("＜script＞") != std::string::npos);
      CHECK(text.find('<') == std::string::npos);
    }
  }
}

TEST_CASE("impossible dates and times are not read as dates or times", "[hostile]") {
  const auto run = RunCommand("printf '编号2024-13-45，代码25:61。\\n' | " +
                              std::string(BRIEFCAST_BINARY) + " normalize");
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
  for (const char* word : {"月", "日", "点", "分", "秒"}) {
    CHECK(run.output.find(word) == std::string::npos);
  }
}

}  // namespace
}  // namespace briefcast
