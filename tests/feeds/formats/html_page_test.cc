#include "feeds/formats/html_page.h"

#include <catch2/catch.hpp>

namespace briefcast {
namespace {

std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + 1)) {
    ++count;
  }
  return count;
}

EpisodeRecord Record(const std::string& id) {
  EpisodeRecord record;
  record.id = id;
  record.guid = id;
  record.title = "标题<script>alert('x')</script>";
  record.author = "新华社 & 合作方";
  record.pub_date = "2024-06-07T08:00:00+08:00";
  record.source_url = "https://example.com/a?b=1&c=\"2\"";
  record.paragraphs = {"第一段<img src=x onerror=alert(1)>。", "第二段\x01。"};
  record.duration_seconds = 125.4;
  record.chapters = {{0, "标题", ""}, {12.6, "正文 <b>", ""}};
  return record;
}

}  // namespace

TEST_CASE("The page is one accessible document per podcast", "[html]") {
  Channel channel;
  channel.title = "新闻 <script>";
  std::string html = BuildIndexHtml(channel, {Record("2024-06-07-a"), Record("2024-06-06-b")});
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(Count(html, "<h1>") == 1);
  CHECK(Count(html, "<h2 ") == 2);
  CHECK(Count(html, "<audio ") == 2);
  CHECK(Count(html, "controls preload=\"none\"") == 2);
  CHECK(html.find("<track kind=\"captions\" srclang=\"zh\" label=\"中文\" "
                  "src=\"episodes/2024-06-07-a.vtt\" default>") != std::string::npos);
  CHECK(html.find("<a class=\"skip\" href=\"#main\">") != std::string::npos);
  CHECK(html.find("<main id=\"main\"") != std::string::npos);
  CHECK(html.find(":focus-visible") != std::string::npos);
  CHECK(html.find("<article id=\"2024-06-06-b\"") != std::string::npos);
  CHECK(html.find("<time datetime=\"2024-06-07T08:00:00+08:00\">2024年6月7日</time>") !=
        std::string::npos);
  CHECK(html.find("时长 <time datetime=\"PT125S\">2分5秒</time>") != std::string::npos);
}

TEST_CASE("Chapter links seek their own player and work without script", "[html]") {
  std::string html = BuildIndexHtml(Channel(), {Record("ep-1")});
  CHECK(html.find("<a href=\"episodes/ep-1.mp3#t=12\" data-player=\"player-ep-1\" "
                  "data-seek=\"12\">00:12 正文 &lt;b&gt;</a>") != std::string::npos);
  CHECK(html.find("<audio id=\"player-ep-1\"") != std::string::npos);
  CHECK(html.find("a[data-seek]") != std::string::npos);
}

TEST_CASE("Everything from articles is escaped", "[html]") {
  Channel channel;
  channel.title = "新闻 <script>";
  std::string html = BuildIndexHtml(channel, {Record("ep-1")});
  CHECK(Count(html, "<script") == 1);  // our own, at the end
  CHECK(html.find("<img src=x") == std::string::npos);
  CHECK(html.find("第一段&lt;img src=x onerror=alert(1)&gt;。") != std::string::npos);
  CHECK(html.find("标题&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\"") != std::string::npos);
  CHECK(html.find('\x01') == std::string::npos);
  CHECK(html.find("新华社 &amp; 合作方") != std::string::npos);
}

TEST_CASE("An empty podcast still makes a page", "[html]") {
  std::string html = BuildIndexHtml(Channel(), {});
  CHECK(html.find("还没有节目") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
}

}  // namespace briefcast
