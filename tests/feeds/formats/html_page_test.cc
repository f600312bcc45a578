#include "feeds/formats/html_page.h"

#include <catch2/catch.hpp>

#include "feeds/formats/episode_page.h"

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
  record.cues = {{0.25, 2.0, "标题<script>。", {}, -1},
                 {12.6, 14.0, "共14.54亿元，", {{12.6, 13.5, "共"}, {13.5, 14.0, "14.54亿元"}}, 0},
                 {14.2, 15.0, "同比增长。", {}, 0},
                 {15.5, 16.0, "第二段\x01。", {}, 1}};
  return record;
}

}  // namespace

TEST_CASE("The front page lists the newest episodes and how to subscribe", "[html]") {
  Channel channel;
  channel.title = "新闻 <script>";
  channel.base_url = "https://news.example.com/podcast/";
  std::string html = BuildIndexHtml(channel, {Record("2024-06-07-a"), Record("2024-06-06-b")});
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(Count(html, "<h1>") == 1);
  CHECK(Count(html, "<h3 ") == 2);
  CHECK(Count(html, "<audio ") == 0);
  CHECK(html.find("<a href=\"episodes/2024-06-06-b.html\">") != std::string::npos);
  CHECK(html.find("<code>https://news.example.com/podcast/feed.xml</code>") != std::string::npos);
  CHECK(html.find("href=\"podcast://news.example.com/podcast/feed.xml\"") != std::string::npos);
  CHECK(html.find("<a class=\"skip\" href=\"#main\">") != std::string::npos);
  CHECK(html.find(":focus-visible") != std::string::npos);
  CHECK(html.find("prefers-color-scheme:dark") != std::string::npos);
  CHECK(html.find("<time datetime=\"2024-06-07T08:00:00+08:00\">2024年6月7日</time>") !=
        std::string::npos);
  CHECK(html.find("时长 <time datetime=\"PT125S\">2分5秒</time>") != std::string::npos);
  std::vector<EpisodeRecord> many;
  for (int i = 0; i < 40; ++i) many.push_back(Record("ep-" + std::to_string(i)));
  CHECK(Count(BuildIndexHtml(channel, many), "<h3 ") == 30);
}

TEST_CASE("An episode's page: player, chapters that seek it, the timed transcript", "[html]") {
  std::string html = BuildEpisodeHtml(Channel(), Record("ep-1"));
  CHECK(html.find("<a href=\"ep-1.mp3#t=12\" data-player=\"player\" "
                  "data-seek=\"12.600\">00:12 正文 &lt;b&gt;</a>") != std::string::npos);
  CHECK(html.find("<audio id=\"player\" controls preload=\"metadata\" src=\"ep-1.mp3\" "
                  "data-read-along") != std::string::npos);
  CHECK(html.find("<track kind=\"captions\" srclang=\"zh\" label=\"中文\" src=\"ep-1.vtt\" "
                  "default>") != std::string::npos);
  CHECK(html.find("href=\"ep-1.transcript.json\"") != std::string::npos);
  // Every sentence, its words, a heading where the second chapter starts, paragraphs.
  CHECK(Count(html, "<span class=\"s\" tabindex=\"0\"") == 4);
  CHECK(html.find("<h3>正文 &lt;b&gt;</h3>\n<p><span class=\"s\" tabindex=\"0\" "
                  "data-start=\"12.600\" data-end=\"14.000\"><span class=\"w\" "
                  "data-start=\"12.600\">共</span><span class=\"w\" data-start=\"13.500\">"
                  "14.54亿元</span>，</span><span class=\"s\"") != std::string::npos);
  CHECK(Count(html, "<p><span class=\"s\"") == 3);
  CHECK(html.find("<div id=\"read-along\" hidden>") != std::string::npos);
  CHECK(html.find("role=\"timer\"") != std::string::npos);
  CHECK(html.find("<option value=\"0.75\"") != std::string::npos);
  CHECK(html.find("<option value=\"2\"") != std::string::npos);
  CHECK(html.find("aria-current") != std::string::npos);  // set by the script
  CHECK(html.find("prefers-reduced-motion") != std::string::npos);
  CHECK(Count(html, "<script") == 1);
  CHECK(html.find('\x01') == std::string::npos);
  CHECK(html.find("标题&lt;script&gt;。") != std::string::npos);
}

TEST_CASE("Everything from articles is escaped", "[html]") {
  Channel channel;
  channel.title = "新闻 <script>";
  std::string html = BuildIndexHtml(channel, {Record("ep-1")});
  CHECK(Count(html, "<script") == 0);
  CHECK(html.find("<img src=x") == std::string::npos);
  CHECK(html.find("第一段&lt;img src=x onerror=alert(1)&gt;。") != std::string::npos);
  CHECK(html.find("标题&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find('\x01') == std::string::npos);
  CHECK(html.find("新华社 &amp; 合作方") != std::string::npos);
  const std::string page = BuildEpisodeHtml(channel, Record("ep-1"));
  CHECK(page.find("href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\"") != std::string::npos);
  CHECK(page.find("新华社 &amp; 合作方") != std::string::npos);
}

TEST_CASE("An empty podcast still makes a page", "[html]") {
  std::string html = BuildIndexHtml(Channel(), {});
  CHECK(html.find("还没有节目") != std::string::npos);
  CHECK(html.find("</html>") != std::string::npos);
}

}  // namespace briefcast
