#include "feeds/site/feed_item_check.h"

#include <cmath>
#include <iomanip>
#include <regex>
#include <sstream>

#include "audio/mp3_scan.h"
#include "feeds/formats/rss.h"
#include "feeds/site/site_file_checks.h"
#include "feeds/site/site_file_read.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

constexpr double kDurationToleranceSeconds = 1.0;

bool IsRfc2822(const std::string& date) {
  static const std::regex kDate(
      R"(((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(:\d{2})? ([+-]\d{4}|GMT|UT|Z))");
  return std::regex_match(date, kDate);
}

// "item 2 (<id> “<title>”)": the id from the enclosure's file name, else the guid.
std::string ItemName(const XmlNode& item, int index) {
  std::string id = item.ChildText("guid");
  if (const XmlNode* enclosure = item.Child("enclosure")) {
    std::string url = enclosure->Attribute("url");
    url = url.substr(0, url.find_first_of("?#"));
    const std::string file = url.substr(url.rfind('/') + 1);
    if (file.ends_with(".mp3") && file.size() > 4) id = file.substr(0, file.size() - 4);
  }
  const std::string title = item.ChildText("title");
  return "item " + std::to_string(index) + " (" + id + (title.empty() ? "" : " “" + title + "”") +
         ")";
}

void CheckElements(const XmlNode& item, const std::string& where, SiteCheckContext& context) {
  for (const char* name : {"title", "description", "guid", "pubDate", "enclosure",
                           "itunes:duration", "itunes:episodeType", "podcast:chapters"}) {
    if (!item.Child(name)) context.Problem(where, std::string("no <") + name + ">");
  }
  if (item.ChildText("guid").empty()) context.Problem(where, "empty <guid>");
  const XmlNode* guid = item.Child("guid");
  if (guid && guid->Attribute("isPermaLink") != "false") {
    context.Problem(where, "<guid> lacks isPermaLink=\"false\"");
  }
  const std::string date = item.ChildText("pubDate");
  if (!IsRfc2822(date))
    context.Problem(where, "<pubDate> \"" + date + "\" is not an RFC 2822 date");
  for (const char* name : {"description", "content:encoded"}) {
    if (item.ChildText(name).size() > kMaxDescriptionBytes) {
      context.Problem(where, std::string("<") + name + "> longer than 4000 bytes");
    }
  }
  const std::string type = item.ChildText("itunes:episodeType");
  if (type != "full" && type != "trailer" && type != "bonus") {
    context.Problem(where, "<itunes:episodeType> \"" + type + "\" is not full, trailer or bonus");
  }
}

void CheckMp3Frames(const Mp3Scan& scan, const std::string& where, const std::string& name,
                    SiteCheckContext& context) {
  if (scan.truncated_bytes > 0) {
    context.Problem(where, name + " is cut off: its last frame has only " +
                               std::to_string(scan.truncated_bytes) + " bytes");
  }
  if (scan.info_frame_count >= 0 && scan.info_frame_count != scan.audio_frames) {
    context.Problem(where, name + ": Info frame announces " +
                               std::to_string(scan.info_frame_count) + " frames, the stream has " +
                               std::to_string(scan.audio_frames));
  }
  if (scan.junk_bytes > 0) {
    context.Problem(where, name + " has " + std::to_string(scan.junk_bytes) +
                               " bytes that are not MPEG frames");
  }
}

// The MP3's duration in seconds; 0 when it cannot be measured.
double CheckEnclosure(const XmlNode& item, const std::string& where, SiteCheckContext& context) {
  const XmlNode* enclosure = item.Child("enclosure");
  if (!enclosure) return 0;
  const std::string url = enclosure->Attribute("url");
  if (enclosure->Attribute("type") != "audio/mpeg") {
    context.Problem(where, "enclosure type is not audio/mpeg");
  }
  std::optional<fs::path> path = context.LocalPath(url);
  if (!path) {
    context.Problem(where, "enclosure \"" + url + "\" is not below <link>");
    return 0;
  }
  const std::string name = context.Name(*path);
  std::optional<std::string> mp3 = ReadSiteFile(*path, kMaxSiteAudioBytes, "episode's MP3");
  if (!mp3) {
    context.Problem(where, name + " is missing");
    return 0;
  }
  const std::string length = enclosure->Attribute("length");
  if (length != std::to_string(mp3->size())) {
    context.Problem(where,
                    "enclosure length " + length + " != file size " + std::to_string(mp3->size()));
  }
  std::optional<Mp3Scan> scan = ScanMp3(*mp3);
  if (!scan) {
    context.Problem(where, name + " has no MPEG audio frames");
    return 0;
  }
  CheckMp3Frames(*scan, where, name, context);
  const double duration = scan->duration_seconds();
  const std::string text = item.ChildText("itunes:duration");
  if (!std::regex_match(text, std::regex(R"(\d{1,9})"))) {
    context.Problem(where, "<itunes:duration> \"" + text + "\" is not whole seconds");
  } else if (std::abs(std::stod(text) - duration) > kDurationToleranceSeconds) {
    std::ostringstream what;
    what << "<itunes:duration> " << text << " s != " << name << " " << std::fixed
         << std::setprecision(3) << duration << " s";
    context.Problem(where, what.str());
  }
  return duration;
}

void CheckLinkedFile(const XmlNode& element, const std::string& where, double duration,
                     SiteCheckContext& context) {
  const std::string url = element.Attribute("url");
  std::optional<fs::path> path = context.LocalPath(url);
  if (!path) {
    return context.Problem(where, "<" + element.name + "> \"" + url + "\" is not below <link>");
  }
  const std::string name = context.Name(*path);
  std::optional<std::string> text =
      ReadSiteFile(*path, kMaxSiteTextBytes, "transcript or chapters file");
  if (!text) return context.Problem(where, name + " is missing");
  for (const std::string& problem :
       CheckEpisodeFile(element.Attribute("type"), *text, name, duration)) {
    context.Problem(where, problem);
  }
}

}  // namespace

CheckedItem CheckFeedItem(const XmlNode& item, int index, SiteCheckContext& context) {
  CheckedItem checked;
  checked.guid = item.ChildText("guid");
  checked.name = ItemName(item, index);
  checked.where = "feed.xml: " + checked.name;
  const std::string& where = checked.where;
  CheckElements(item, where, context);
  checked.duration_seconds = CheckEnclosure(item, where, context);
  bool has_captions = false;
  for (const XmlNode* transcript : item.Children("podcast:transcript")) {
    has_captions |=
        transcript->Attribute("type") == "text/vtt" && transcript->Attribute("rel") == "captions";
    CheckLinkedFile(*transcript, where, checked.duration_seconds, context);
  }
  if (!has_captions) {
    context.Problem(where, "no <podcast:transcript type=\"text/vtt\" rel=\"captions\">");
  }
  if (const XmlNode* chapters = item.Child("podcast:chapters")) {
    if (chapters->Attribute("type") != "application/json+chapters") {
      context.Problem(where, "<podcast:chapters> type is not application/json+chapters");
    }
    CheckLinkedFile(*chapters, where, checked.duration_seconds, context);
  }
  return checked;
}

}  // namespace briefcast
