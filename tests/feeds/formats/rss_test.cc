#include "feeds/formats/rss.h"

#include <tinyxml2.h>

#include <catch2/catch.hpp>
#include <string>

namespace briefcast {
namespace {

using tinyxml2::XMLElement;

EpisodeRecord Record(const std::string& id, const std::string& pub_date) {
  EpisodeRecord record;
  record.id = id;
  record.guid = "guid-" + id;
  record.title =
      "标题 <script>alert(1)</script> ]]> \x01"
      "end";
  record.author = "新华社";
  record.pub_date = pub_date;
  record.source_url = "https://example.com/news?id=1&lang=zh";
  record.paragraphs = {"第一段 <b>粗体</b> ]]> 结束\x02。", "第二段。"};
  record.audio_bytes = 98765;
  record.duration_seconds = 61.6;
  record.chapters = {{0, "标题", ""}, {12.4, "正文 & 更多", ""}};
  return record;
}

Channel TestChannel() {
  Channel channel;
  channel.base_url = "https://news.example.com/podcast/";
  channel.copyright = "© 2024 Example";
  return channel;
}

std::chrono::system_clock::time_point BuildTime() {
  using namespace std::chrono;
  return sys_days(2024y / June / 8) + hours(3);
}

const char* Text(const XMLElement* parent, const char* name) {
  const XMLElement* element = parent->FirstChildElement(name);
  REQUIRE(element != nullptr);
  return element->GetText() ? element->GetText() : "";
}

const char* Attr(const XMLElement* parent, const char* name, const char* attribute) {
  const XMLElement* element = parent->FirstChildElement(name);
  REQUIRE(element != nullptr);
  const char* value = element->Attribute(attribute);
  REQUIRE(value != nullptr);
  return value;
}

}  // namespace

TEST_CASE("The feed has every channel element", "[rss]") {
  std::string xml = BuildFeedXml(TestChannel(), {}, BuildTime());
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  XMLElement* rss = doc.RootElement();
  CHECK(std::string(rss->Name()) == "rss");
  CHECK(std::string(rss->Attribute("version")) == "2.0");
  CHECK(std::string(rss->Attribute("xmlns:podcast")) == "https://podcastindex.org/namespace/1.0");
  CHECK(std::string(rss->Attribute("xmlns:itunes")) ==
        "http://www.itunes.com/dtds/podcast-1.0.dtd");
  CHECK(rss->Attribute("xmlns:content") != nullptr);
  CHECK(rss->Attribute("xmlns:atom") != nullptr);
  XMLElement* channel = rss->FirstChildElement("channel");
  REQUIRE(channel != nullptr);
  CHECK(std::string(Text(channel, "title")) == Channel().title);
  CHECK(std::string(Text(channel, "link")) == "https://news.example.com/podcast/");
  CHECK(std::string(Text(channel, "language")) == "zh-cn");
  CHECK(std::string(Text(channel, "copyright")) == "© 2024 Example");
  CHECK(std::string(Text(channel, "lastBuildDate")) == "Sat, 08 Jun 2024 03:00:00 +0000");
  CHECK(std::string(Attr(channel, "atom:link", "href")) ==
        "https://news.example.com/podcast/feed.xml");
  CHECK(std::string(Attr(channel, "atom:link", "rel")) == "self");
  CHECK(std::string(Attr(channel, "itunes:image", "href")) ==
        "https://news.example.com/podcast/cover.png");
  XMLElement* category = channel->FirstChildElement("itunes:category");
  REQUIRE(category != nullptr);
  CHECK(std::string(category->Attribute("text")) == "News");
  CHECK(std::string(Attr(category, "itunes:category", "text")) == "Daily News");
  CHECK(std::string(Text(channel, "itunes:explicit")) == "false");
  CHECK(std::string(Text(channel, "itunes:author")) == "briefcast");
  XMLElement* owner = channel->FirstChildElement("itunes:owner");
  REQUIRE(owner != nullptr);
  CHECK(std::string(Text(owner, "itunes:email")) == "podcast@example.com");
  CHECK(std::string(Text(channel, "itunes:type")) == "episodic");
  CHECK(std::string(Text(channel, "podcast:guid")) == "ddadbf4e-32ba-5728-956a-3fc28c217da5");
  CHECK(std::string(Text(channel, "podcast:locked")) == "no");
  CHECK(channel->FirstChildElement("item") == nullptr);
}

TEST_CASE("Feed items carry enclosure, transcripts, chapters and escaped text", "[rss]") {
  std::vector<EpisodeRecord> records = {Record("2024-06-07-b", "2024-06-07T08:00:00+08:00"),
                                        Record("2024-06-06-a", "2024-06-06T08:00:00+08:00")};
  std::string xml = BuildFeedXml(TestChannel(), records, BuildTime());
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\x02') == std::string::npos);
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  XMLElement* item = doc.RootElement()->FirstChildElement("channel")->FirstChildElement("item");
  REQUIRE(item != nullptr);
  CHECK(std::string(Text(item, "title")) == "标题 <script>alert(1)</script> ]]> end");
  CHECK(std::string(Text(item, "guid")) == "guid-2024-06-07-b");
  CHECK(std::string(Attr(item, "guid", "isPermaLink")) == "false");
  CHECK(std::string(Text(item, "pubDate")) == "Fri, 07 Jun 2024 08:00:00 +0800");
  CHECK(std::string(Text(item, "link")) == "https://example.com/news?id=1&lang=zh");
  CHECK(std::string(Attr(item, "enclosure", "url")) ==
        "https://news.example.com/podcast/episodes/2024-06-07-b.mp3");
  CHECK(std::string(Attr(item, "enclosure", "length")) == "98765");
  CHECK(std::string(Attr(item, "enclosure", "type")) == "audio/mpeg");
  CHECK(std::string(Text(item, "itunes:duration")) == "62");
  CHECK(std::string(Text(item, "itunes:episodeType")) == "full");
  CHECK(std::string(Text(item, "description")) == "第一段 <b>粗体</b> ]]> 结束。\n\n第二段。");
  std::string notes = Text(item, "content:encoded");
  CHECK(notes.find("<p>第一段 &lt;b&gt;粗体&lt;/b&gt; ]]&gt; 结束。</p>") != std::string::npos);
  CHECK(notes.find("<a href=\"https://news.example.com/podcast/episodes/2024-06-07-b.mp3#t=12\">"
                   "00:12</a> 正文 &amp; 更多") != std::string::npos);
  XMLElement* vtt = item->FirstChildElement("podcast:transcript");
  REQUIRE(vtt != nullptr);
  CHECK(std::string(vtt->Attribute("type")) == "text/vtt");
  CHECK(std::string(vtt->Attribute("rel")) == "captions");
  CHECK(std::string(vtt->Attribute("url")) ==
        "https://news.example.com/podcast/episodes/2024-06-07-b.vtt");
  XMLElement* srt = vtt->NextSiblingElement("podcast:transcript");
  REQUIRE(srt != nullptr);
  CHECK(std::string(srt->Attribute("type")) == "application/x-subrip");
  CHECK(std::string(Attr(item, "podcast:chapters", "type")) == "application/json+chapters");
  CHECK(std::string(Attr(item, "podcast:chapters", "url")) ==
        "https://news.example.com/podcast/episodes/2024-06-07-b.chapters.json");
  XMLElement* second = item->NextSiblingElement("item");
  REQUIRE(second != nullptr);
  CHECK(std::string(Text(second, "guid")) == "guid-2024-06-06-a");
  CHECK(second->NextSiblingElement("item") == nullptr);
}

TEST_CASE("Descriptions stay within 4000 bytes on a UTF-8 boundary", "[rss]") {
  EpisodeRecord record = Record("long", "2024-06-07T08:00:00Z");
  record.paragraphs = {std::string(3000, 'x') + "中", std::string(1500, '"'),
                       "第三段" + std::string(5000, '<')};
  std::string xml = BuildFeedXml(TestChannel(), {record}, BuildTime());
  tinyxml2::XMLDocument doc;
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  XMLElement* item = doc.RootElement()->FirstChildElement("channel")->FirstChildElement("item");
  std::string description = Text(item, "description");
  CHECK(description.size() <= kMaxDescriptionBytes);
  CHECK(description.size() >= kMaxDescriptionBytes - 3);
  CHECK(description.substr(description.size() - 3) == "…");
  std::string notes = Text(item, "content:encoded");
  CHECK(notes.size() <= kMaxDescriptionBytes);
  CHECK(notes.find("#t=12") != std::string::npos);

  record.paragraphs = {std::string(9000, '&')};  // escaping grows it fivefold
  xml = BuildFeedXml(TestChannel(), {record}, BuildTime());
  REQUIRE(doc.Parse(xml.c_str(), xml.size()) == tinyxml2::XML_SUCCESS);
  item = doc.RootElement()->FirstChildElement("channel")->FirstChildElement("item");
  notes = Text(item, "content:encoded");
  CHECK(notes.size() <= kMaxDescriptionBytes);
  CHECK(notes.size() > 3000);
}

}  // namespace briefcast
