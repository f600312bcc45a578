#include "feeds/site/site_check.h"

#include <tinyxml2.h>

#include <cmath>
#include <fstream>
#include <iomanip>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "audio/error.h"
#include "feeds/episode.h"
#include "feeds/formats/cover_art.h"
#include "feeds/formats/mp3_duration.h"
#include "feeds/formats/rss.h"
#include "feeds/formats/uuid.h"
#include "feeds/site/site_file_checks.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using tinyxml2::XMLElement;

constexpr double kDurationToleranceSeconds = 1.0;

std::optional<std::string> ReadWhole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string TextOf(const XMLElement* element) {
  return element && element->GetText() ? element->GetText() : "";
}

std::string AttributeOf(const XMLElement* element, const char* name) {
  const char* value = element ? element->Attribute(name) : nullptr;
  return value ? value : "";
}

bool IsAbsoluteUrl(const std::string& url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

bool IsRfc2822(const std::string& date) {
  static const std::regex kDate(
      R"(((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(:\d{2})? ([+-]\d{4}|GMT|UT|Z))");
  return std::regex_match(date, kDate);
}

class SiteChecker {
 public:
  explicit SiteChecker(const SiteLayout& site) : site_(site) {}

  std::vector<std::string> Run() {
    tinyxml2::XMLDocument doc;
    std::optional<std::string> xml = ReadWhole(site_.feed());
    if (!xml) return {"feed.xml: missing; publish an episode first"};
    if (doc.Parse(xml->data(), xml->size()) != tinyxml2::XML_SUCCESS) {
      return {"feed.xml:" + std::to_string(doc.ErrorLineNum()) +
              ": not well-formed XML: " + doc.ErrorName()};
    }
    const XMLElement* rss = doc.RootElement();
    const XMLElement* channel = rss ? rss->FirstChildElement("channel") : nullptr;
    if (!rss || std::string(rss->Name()) != "rss" || AttributeOf(rss, "version") != "2.0" ||
        !channel) {
      return {"feed.xml: not an RSS 2.0 document (<rss version=\"2.0\"><channel>)"};
    }
    CheckNamespaces(rss);
    CheckAbsoluteUrls(rss);
    CheckChannel(channel);
    int index = 0;
    for (const XMLElement* item = channel->FirstChildElement("item"); item;
         item = item->NextSiblingElement("item")) {
      CheckItem(item, ++index);
    }
    CheckRecords();
    if (!fs::exists(site_.page())) Problem("index.html", "missing");
    return problems_;
  }

 private:
  void Problem(const std::string& where, const std::string& what) {
    problems_.push_back(where + ": " + what);
  }

  void Require(const XMLElement* parent, const char* name, const std::string& where) {
    if (parent->FirstChildElement(name) == nullptr)
      Problem(where, std::string("no <") + name + ">");
  }

  void CheckNamespaces(const XMLElement* rss) {
    static const std::map<std::string, std::string> kNamespaces = {
        {"xmlns:itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"},
        {"xmlns:podcast", "https://podcastindex.org/namespace/1.0"},
        {"xmlns:content", "http://purl.org/rss/1.0/modules/content/"},
        {"xmlns:atom", "http://www.w3.org/2005/Atom"}};
    for (const auto& [attribute, uri] : kNamespaces) {
      if (AttributeOf(rss, attribute.c_str()) != uri) {
        Problem("feed.xml", attribute + " is not \"" + uri + "\"");
      }
    }
  }

  // Every url/href attribute and <link> text anywhere in the feed.
  void CheckAbsoluteUrls(const XMLElement* element) {
    for (const char* name : {"url", "href"}) {
      std::string value = AttributeOf(element, name);
      if (element->Attribute(name) && !IsAbsoluteUrl(value)) {
        Problem("feed.xml", std::string("<") + element->Name() + "> " + name + " \"" + value +
                                "\" is not an absolute URL");
      }
    }
    if (std::string(element->Name()) == "link" && !IsAbsoluteUrl(TextOf(element))) {
      Problem("feed.xml", "<link> \"" + TextOf(element) + "\" is not an absolute URL");
    }
    for (const XMLElement* child = element->FirstChildElement(); child;
         child = child->NextSiblingElement()) {
      CheckAbsoluteUrls(child);
    }
  }

  void CheckChannel(const XMLElement* channel) {
    const std::string where = "feed.xml: channel";
    for (const char* name :
         {"title", "link", "description", "language", "lastBuildDate", "atom:link", "itunes:image",
          "itunes:category", "itunes:explicit", "itunes:author", "itunes:owner", "itunes:type",
          "podcast:guid", "podcast:locked"}) {
      Require(channel, name, where);
    }
    base_url_ = TextOf(channel->FirstChildElement("link"));
    if (!base_url_.empty() && base_url_.back() != '/') base_url_ += '/';
    if (TextOf(channel->FirstChildElement("description")).size() > kMaxDescriptionBytes) {
      Problem(where, "<description> longer than 4000 bytes");
    }
    std::string explicit_text = TextOf(channel->FirstChildElement("itunes:explicit"));
    if (explicit_text != "true" && explicit_text != "false") {
      Problem(where, "<itunes:explicit> \"" + explicit_text + "\" is not true or false");
    }
    std::string type = TextOf(channel->FirstChildElement("itunes:type"));
    if (type != "episodic" && type != "serial") {
      Problem(where, "<itunes:type> \"" + type + "\" is not episodic or serial");
    }
    const XMLElement* owner = channel->FirstChildElement("itunes:owner");
    if (owner && TextOf(owner->FirstChildElement("itunes:email")).find('@') == std::string::npos) {
      Problem(where, "<itunes:owner> has no <itunes:email>");
    }
    if (AttributeOf(channel->FirstChildElement("itunes:category"), "text").empty()) {
      Problem(where, "<itunes:category> has no text attribute");
    }
    const XMLElement* self = channel->FirstChildElement("atom:link");
    if (self && AttributeOf(self, "rel") != "self")
      Problem(where, "<atom:link> is not rel=\"self\"");
    std::string guid = TextOf(channel->FirstChildElement("podcast:guid"));
    if (self && guid != PodcastGuid(AttributeOf(self, "href"))) {
      Problem(where, "<podcast:guid> \"" + guid + "\" is not the UUIDv5 of the feed URL");
    }
    CheckCover(AttributeOf(channel->FirstChildElement("itunes:image"), "href"));
  }

  void CheckCover(const std::string& url) {
    std::optional<fs::path> path = LocalPath(url);
    if (!path)
      return Problem("feed.xml: channel", "<itunes:image> \"" + url + "\" is not below <link>");
    std::optional<std::string> png = ReadWhole(*path);
    std::string name = fs::relative(*path, site_.root()).string();
    if (!png) return Problem(name, "missing (the <itunes:image>)");
    std::optional<PngDimensions> size = PngSize(*png);
    if (!size) return Problem(name, "not a PNG file");
    if (size->width != size->height || size->width < 1400 || size->width > 3000) {
      Problem(name, std::to_string(size->width) + "x" + std::to_string(size->height) +
                        " px; artwork must be square, 1400-3000 px");
    }
  }

  // The file a URL below the channel's <link> is served from; nullopt for other URLs.
  std::optional<fs::path> LocalPath(const std::string& url) const {
    if (base_url_.empty() || url.rfind(base_url_, 0) != 0) return std::nullopt;
    std::string relative = url.substr(base_url_.size());
    relative = relative.substr(0, relative.find_first_of("?#"));
    if (relative.empty() || relative.find("..") != std::string::npos) return std::nullopt;
    return site_.root() / relative;
  }

  void CheckItem(const XMLElement* item, int index);
  void CheckEnclosure(const XMLElement* item, const std::string& where, double* duration);
  void CheckLinkedFile(const XMLElement* element, const std::string& where, double duration);
  void CheckRecords();

  const SiteLayout& site_;
  std::string base_url_;
  std::map<std::string, int> item_of_guid_;
  std::vector<std::string> problems_;
};

void SiteChecker::CheckItem(const XMLElement* item, int index) {
  std::string guid = TextOf(item->FirstChildElement("guid"));
  std::string where = "feed.xml: item " + std::to_string(index) + " (" + guid + ")";
  for (const char* name : {"title", "description", "guid", "pubDate", "enclosure",
                           "itunes:duration", "itunes:episodeType", "podcast:chapters"}) {
    Require(item, name, where);
  }
  if (guid.empty()) Problem(where, "empty <guid>");
  auto [previous, inserted] = item_of_guid_.emplace(guid, index);
  if (!inserted) Problem(where, "duplicate guid, also item " + std::to_string(previous->second));
  if (AttributeOf(item->FirstChildElement("guid"), "isPermaLink") != "false") {
    Problem(where, "<guid> lacks isPermaLink=\"false\"");
  }
  std::string date = TextOf(item->FirstChildElement("pubDate"));
  if (!IsRfc2822(date)) Problem(where, "<pubDate> \"" + date + "\" is not an RFC 2822 date");
  for (const char* name : {"description", "content:encoded"}) {
    if (TextOf(item->FirstChildElement(name)).size() > kMaxDescriptionBytes) {
      Problem(where, std::string("<") + name + "> longer than 4000 bytes");
    }
  }
  std::string type = TextOf(item->FirstChildElement("itunes:episodeType"));
  if (type != "full" && type != "trailer" && type != "bonus") {
    Problem(where, "<itunes:episodeType> \"" + type + "\" is not full, trailer or bonus");
  }
  double duration = 0;
  CheckEnclosure(item, where, &duration);
  bool has_captions = false;
  for (const XMLElement* transcript = item->FirstChildElement("podcast:transcript"); transcript;
       transcript = transcript->NextSiblingElement("podcast:transcript")) {
    has_captions |= AttributeOf(transcript, "type") == "text/vtt" &&
                    AttributeOf(transcript, "rel") == "captions";
    CheckLinkedFile(transcript, where, duration);
  }
  if (!has_captions) Problem(where, "no <podcast:transcript type=\"text/vtt\" rel=\"captions\">");
  if (const XMLElement* chapters = item->FirstChildElement("podcast:chapters")) {
    if (AttributeOf(chapters, "type") != "application/json+chapters") {
      Problem(where, "<podcast:chapters> type is not application/json+chapters");
    }
    CheckLinkedFile(chapters, where, duration);
  }
}

void SiteChecker::CheckEnclosure(const XMLElement* item, const std::string& where,
                                 double* duration) {
  const XMLElement* enclosure = item->FirstChildElement("enclosure");
  if (!enclosure) return;
  std::string url = AttributeOf(enclosure, "url");
  if (AttributeOf(enclosure, "type") != "audio/mpeg")
    Problem(where, "enclosure type is not audio/mpeg");
  std::optional<fs::path> path = LocalPath(url);
  if (!path) return Problem(where, "enclosure \"" + url + "\" is not below <link>");
  std::string name = fs::relative(*path, site_.root()).string();
  std::optional<std::string> mp3 = ReadWhole(*path);
  if (!mp3) return Problem(where, name + " is missing");
  std::string length = AttributeOf(enclosure, "length");
  if (length != std::to_string(mp3->size())) {
    Problem(where, "enclosure length " + length + " != file size " + std::to_string(mp3->size()));
  }
  std::optional<Mp3Scan> scan = ScanMp3(*mp3);
  if (!scan) return Problem(where, name + " has no MPEG audio frames");
  if (scan->truncated_bytes > 0) {
    Problem(where, name + " is cut off: its last frame has only " +
                       std::to_string(scan->truncated_bytes) + " bytes");
  }
  if (scan->info_frame_count >= 0 && scan->info_frame_count != scan->audio_frames) {
    Problem(where, name + ": Info frame announces " + std::to_string(scan->info_frame_count) +
                       " frames, the stream has " + std::to_string(scan->audio_frames));
  }
  if (scan->junk_bytes > 0) {
    Problem(where,
            name + " has " + std::to_string(scan->junk_bytes) + " bytes that are not MPEG frames");
  }
  *duration = scan->duration_seconds();
  std::string text = TextOf(item->FirstChildElement("itunes:duration"));
  if (!std::regex_match(text, std::regex(R"(\d+)"))) {
    return Problem(where, "<itunes:duration> \"" + text + "\" is not whole seconds");
  }
  if (std::abs(std::stod(text) - *duration) > kDurationToleranceSeconds) {
    std::ostringstream what;
    what << "<itunes:duration> " << text << " s != " << name << " " << std::fixed
         << std::setprecision(3) << *duration << " s";
    Problem(where, what.str());
  }
}

void SiteChecker::CheckLinkedFile(const XMLElement* element, const std::string& where,
                                  double duration) {
  std::string url = AttributeOf(element, "url");
  std::optional<fs::path> path = LocalPath(url);
  if (!path)
    return Problem(where,
                   std::string("<") + element->Name() + "> \"" + url + "\" is not below <link>");
  std::string name = fs::relative(*path, site_.root()).string();
  std::optional<std::string> text = ReadWhole(*path);
  if (!text) return Problem(where, name + " is missing");
  std::string type = AttributeOf(element, "type");
  std::vector<std::string> found;
  if (type == "text/vtt") found = CheckWebVtt(*text, name, duration);
  if (type == "application/x-subrip" || type == "application/srt")
    found = CheckSrt(*text, name, duration);
  if (type == "application/json+chapters") found = CheckChaptersJson(*text, name, duration);
  for (const std::string& problem : found) problems_.push_back(where + ": " + problem);
}

void SiteChecker::CheckRecords() {
  std::error_code error;
  std::set<std::string> record_guids;
  for (const auto& entry : fs::directory_iterator(site_.episodes_dir(), error)) {
    std::string file = entry.path().filename().string();
    if (entry.path().extension() != ".json" || file.ends_with(".chapters.json")) continue;
    std::string name = "episodes/" + file;
    std::optional<std::string> json = ReadWhole(entry.path());
    if (!json) {
      Problem(name, "cannot be read");
      continue;
    }
    try {
      EpisodeRecord record = EpisodeRecordFromJson(*json, name);
      record_guids.insert(record.guid);
      // A pending record (feeds/site/site_rebuild.h) may be in the feed or not yet.
      if (!item_of_guid_.count(record.guid) && !file.ends_with(".pending.json"))
        Problem(name, "guid " + record.guid + " is not in feed.xml");
    } catch (const Error& parse_error) {
      problems_.push_back(parse_error.what());
    }
  }
  for (const auto& [guid, index] : item_of_guid_) {
    if (!record_guids.count(guid)) {
      Problem("feed.xml: item " + std::to_string(index) + " (" + guid + ")", "no episode record");
    }
  }
}

}  // namespace

std::vector<std::string> CheckSite(const SiteLayout& site) { return SiteChecker(site).Run(); }

}  // namespace briefcast
