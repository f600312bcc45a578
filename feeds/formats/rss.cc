#include "feeds/formats/rss.h"

#include <tinyxml2.h>

#include <cmath>
#include <utility>

#include "feeds/formats/html_text.h"
#include "feeds/formats/rfc_dates.h"
#include "feeds/formats/uuid.h"
#include "feeds/formats/xml_text.h"
#include "feeds/site_layout.h"

namespace briefcast {
namespace {

using tinyxml2::XMLDocument;
using tinyxml2::XMLElement;

// All element text and attribute values go through here, so nothing XML forbids is written.
XMLElement* Add(XMLElement* parent, const char* name, std::string_view text = {}) {
  XMLElement* element = parent->InsertNewChildElement(name);
  if (!text.empty()) element->SetText(XmlSafeText(text).c_str());
  return element;
}

void Set(XMLElement* element, const char* name, std::string_view value) {
  element->SetAttribute(name, XmlSafeText(value).c_str());
}

std::string PlainDescription(const EpisodeRecord& record) {
  std::string text;
  for (const std::string& paragraph : record.paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += paragraph;
  }
  if (text.empty()) text = record.title;
  return TruncateUtf8(XmlSafeText(text), kMaxDescriptionBytes);
}

// The escaped beginning of `text` that fits in `budget` bytes (escaping can grow text).
std::string EscapedPrefix(const std::string& text, std::size_t budget) {
  std::size_t raw = budget;
  std::string html = EscapeHtml(TruncateUtf8(text, raw));
  while (html.size() > budget && raw > 3) {
    raw = std::max<std::size_t>(3, raw * budget / html.size() - 1);
    html = EscapeHtml(TruncateUtf8(text, raw));
  }
  return html;
}

// Show notes as HTML: the chapter links, preceded by as many whole paragraphs as fit in the
// 4000-byte budget (at least the beginning of the first one).
std::string ShowNotesHtml(const EpisodeRecord& record, const std::string& audio_url) {
  std::string chapters = ChapterListHtml(record.chapters, audio_url);
  if (!chapters.empty()) chapters = "<p>章节</p>" + chapters;
  if (chapters.size() > kMaxDescriptionBytes / 2) chapters.clear();
  std::string paragraphs;
  for (const std::string& paragraph : record.paragraphs) {
    std::string html = "<p>" + EscapeHtml(paragraph) + "</p>";
    if (paragraphs.size() + html.size() + chapters.size() > kMaxDescriptionBytes) {
      if (paragraphs.empty()) {
        std::size_t room = kMaxDescriptionBytes - chapters.size() - 7;
        paragraphs = "<p>" + EscapedPrefix(paragraph, room) + "</p>";
      }
      break;
    }
    paragraphs += html;
  }
  return paragraphs + chapters;
}

void AddItem(XMLElement* channel_element, const Channel& channel, const EpisodeRecord& record) {
  XMLElement* item = Add(channel_element, "item");
  std::string audio_url = SiteLayout::EpisodeUrl(channel.base_url, record.id, ".mp3");
  Add(item, "title", record.title);
  Add(item, "description", PlainDescription(record));
  Add(item, "content:encoded", ShowNotesHtml(record, audio_url));
  Add(item, "link",
      record.source_url.empty() ? SiteLayout::EpisodeUrl(channel.base_url, record.id, ".html")
                                : record.source_url);
  Set(Add(item, "guid", record.guid), "isPermaLink", "false");
  Add(item, "pubDate", Rfc2822FromRfc3339(record.pub_date));
  XMLElement* enclosure = Add(item, "enclosure");
  Set(enclosure, "url", audio_url);
  Set(enclosure, "length", std::to_string(record.audio_bytes));
  Set(enclosure, "type", "audio/mpeg");
  Add(item, "itunes:duration", std::to_string(std::llround(record.duration_seconds)));
  Add(item, "itunes:episodeType", record.episode_type);
  Add(item, "itunes:explicit", channel.explicit_content ? "true" : "false");
  if (!record.author.empty()) Add(item, "itunes:author", record.author);
  XMLElement* vtt = Add(item, "podcast:transcript");
  Set(vtt, "url", SiteLayout::EpisodeUrl(channel.base_url, record.id, ".vtt"));
  Set(vtt, "type", "text/vtt");
  Set(vtt, "language", channel.language);
  Set(vtt, "rel", "captions");
  XMLElement* srt = Add(item, "podcast:transcript");
  Set(srt, "url", SiteLayout::EpisodeUrl(channel.base_url, record.id, ".srt"));
  Set(srt, "type", "application/x-subrip");
  Set(srt, "language", channel.language);
  XMLElement* json = Add(item, "podcast:transcript");
  Set(json, "url", SiteLayout::EpisodeUrl(channel.base_url, record.id, ".transcript.json"));
  Set(json, "type", "application/json");
  Set(json, "language", channel.language);
  XMLElement* chapters = Add(item, "podcast:chapters");
  Set(chapters, "url", SiteLayout::EpisodeUrl(channel.base_url, record.id, ".chapters.json"));
  Set(chapters, "type", "application/json+chapters");
}

void AddChannelArt(XMLElement* channel_element, const Channel& channel) {
  std::string cover_url = channel.base_url + "cover.png";
  Set(Add(channel_element, "itunes:image"), "href", cover_url);
  XMLElement* image = Add(channel_element, "image");
  Add(image, "url", cover_url);
  Add(image, "title", channel.title);
  Add(image, "link", channel.base_url);
}

void AddItunesChannel(XMLElement* channel_element, const Channel& channel) {
  XMLElement* category = Add(channel_element, "itunes:category");
  Set(category, "text", channel.category);
  if (!channel.subcategory.empty()) {
    Set(Add(category, "itunes:category"), "text", channel.subcategory);
  }
  Add(channel_element, "itunes:explicit", channel.explicit_content ? "true" : "false");
  Add(channel_element, "itunes:author", channel.author);
  XMLElement* owner = Add(channel_element, "itunes:owner");
  Add(owner, "itunes:name", channel.owner_name);
  Add(owner, "itunes:email", channel.owner_email);
  Add(channel_element, "itunes:type", channel.type);
}

XMLElement* AddChannel(XMLDocument& doc, const Channel& channel,
                       std::chrono::system_clock::time_point build_time) {
  XMLElement* rss = doc.NewElement("rss");
  doc.InsertEndChild(rss);
  rss->SetAttribute("version", "2.0");
  rss->SetAttribute("xmlns:itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd");
  rss->SetAttribute("xmlns:podcast", "https://podcastindex.org/namespace/1.0");
  rss->SetAttribute("xmlns:content", "http://purl.org/rss/1.0/modules/content/");
  rss->SetAttribute("xmlns:atom", "http://www.w3.org/2005/Atom");
  XMLElement* element = Add(rss, "channel");
  Add(element, "title", channel.title);
  Add(element, "link", channel.base_url);
  Add(element, "description", TruncateUtf8(XmlSafeText(channel.description), kMaxDescriptionBytes));
  Add(element, "language", channel.language);
  if (!channel.copyright.empty()) Add(element, "copyright", channel.copyright);
  Add(element, "lastBuildDate", Rfc2822(build_time));
  Add(element, "generator", "briefcast");
  XMLElement* self = Add(element, "atom:link");
  Set(self, "href", FeedUrl(channel));
  Set(self, "rel", "self");
  Set(self, "type", "application/rss+xml");
  AddChannelArt(element, channel);
  AddItunesChannel(element, channel);
  // Apple: a feed that moved names its new URL, so that apps move their subscriptions.
  if (!channel.previous_base_urls.empty()) Add(element, "itunes:new-feed-url", FeedUrl(channel));
  Add(element, "podcast:guid",
      channel.podcast_guid.empty() ? PodcastGuid(FeedUrl(channel)) : channel.podcast_guid);
  Set(Add(element, "podcast:locked", "no"), "owner", channel.owner_email);
  return element;
}

}  // namespace

std::string FeedUrl(const Channel& channel) { return channel.base_url + "feed.xml"; }

std::string BuildFeedXml(const Channel& channel, const std::vector<EpisodeRecord>& newest_first,
                         std::chrono::system_clock::time_point build_time) {
  XMLDocument doc;
  doc.InsertEndChild(doc.NewDeclaration());
  XMLElement* channel_element = AddChannel(doc, channel, build_time);
  for (const EpisodeRecord& record : newest_first) AddItem(channel_element, channel, record);
  tinyxml2::XMLPrinter printer;
  doc.Print(&printer);
  return printer.CStr();
}

bool SameFeedApartFromBuildDate(std::string_view a, std::string_view b) {
  constexpr std::string_view kOpen = "<lastBuildDate>", kClose = "</lastBuildDate>";
  const auto around = [&](std::string_view feed) {
    const std::size_t open = feed.find(kOpen), close = feed.find(kClose);
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      return std::pair{feed, std::string_view{}};
    }
    return std::pair{feed.substr(0, open), feed.substr(close)};
  };
  return around(a) == around(b);
}

}  // namespace briefcast
