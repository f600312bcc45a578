#include "feeds/site/site_check.h"

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "audio/error.h"
#include "feeds/episode.h"
#include "feeds/formats/xml_tree.h"
#include "feeds/site/feed_channel_check.h"
#include "feeds/site/feed_item_check.h"
#include "feeds/site/site_check_context.h"
#include "feeds/site/site_file_checks.h"
#include "feeds/site/site_file_read.h"
#include "feeds/site/site_rebuild.h"
#include "feeds/site/site_settings.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

// A record that parses, and the name of its file.
struct FoundRecord {
  std::string file;  // "episodes/<id>.json"
  bool pending = false;
  EpisodeRecord record;
};

std::string EpisodeName(const EpisodeRecord& record) {
  return "episode " + record.id + " “" + record.title + "”";
}

class SiteChecker {
 public:
  explicit SiteChecker(const SiteLayout& site) : context_(site) {}

  SiteCheckReport Run() {
    LoadRecords();
    const bool feed_usable = CheckFeed();
    if (feed_usable) {
      CheckRecordsAgainstFeed();
    } else {
      for (const FoundRecord& found : records_) CheckRecordFiles(found.record);
    }
    if (!fs::exists(context_.site().page())) context_.Problem("index.html", "missing");
    SiteCheckReport report{context_.problems(), 0, 0};
    std::map<std::string, double> seconds_of_id;  // a pending record and its committed one
    for (const FoundRecord& found : records_) {
      seconds_of_id[found.record.id] = found.record.duration_seconds;
    }
    report.episodes = static_cast<int>(seconds_of_id.size());
    for (const auto& [id, seconds] : seconds_of_id) report.duration_seconds += seconds;
    return report;
  }

 private:
  void LoadRecords() {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(context_.site().episodes_dir(), error)) {
      const std::string file = entry.path().filename().string();
      if (!IsRecordName(file)) continue;
      const std::string name = "episodes/" + file;
      std::optional<std::string> json =
          ReadSiteFile(entry.path(), kMaxRecordFileBytes, "episode record");
      if (!json) {
        context_.Problem(name, "cannot be read");
        continue;
      }
      try {
        records_.push_back(
            {name, file.ends_with(".pending.json"), EpisodeRecordFromJson(*json, name)});
      } catch (const Error& parse_error) {
        context_.Add(parse_error.what());
      }
    }
  }

  // Checks feed.xml; false when it is missing or not an RSS document.
  bool CheckFeed() {
    std::optional<std::string> xml =
        ReadSiteFile(context_.site().feed(), kMaxSiteTextBytes, "feed");
    if (!xml) {
      context_.Problem("feed.xml", "missing; publish an episode first");
      return false;
    }
    XmlParse parse = ParseXmlTree(*xml);
    if (!parse.root) {
      context_.Add("feed.xml:" + std::to_string(parse.error_line) +
                   ": not well-formed XML: " + parse.error +
                   "; 'briefcast check --repair' rebuilds it from the episode records");
      return false;
    }
    const XmlNode& rss = *parse.root;
    if (rss.name != "rss" || rss.Attribute("version") != "2.0" || !rss.Child("channel")) {
      context_.Problem("feed.xml", "not an RSS 2.0 document (<rss version=\"2.0\"><channel>)");
      return false;
    }
    CheckFeedChannel(rss, StoredIdentity(), context_);
    int index = 0;
    for (const XmlNode* item : rss.Child("channel")->Children("item")) {
      CheckedItem checked = CheckFeedItem(*item, ++index, context_);
      auto [previous, inserted] = item_of_guid_.emplace(checked.guid, checked.name);
      if (!inserted) context_.Problem(checked.where, "duplicate guid, also " + previous->second);
    }
    return true;
  }

  // site.json when the site has one (an older site's feed is its own reference).
  std::optional<Channel> StoredIdentity() {
    if (!fs::exists(context_.site().settings())) return std::nullopt;
    try {
      return ReadSiteSettings(context_.site());
    } catch (const Error& e) {
      context_.Add(std::string(e.what()) + "; or run 'briefcast check --repair'");
      return std::nullopt;
    }
  }

  void CheckRecordsAgainstFeed() {
    std::map<std::string, bool> record_guids;
    for (const FoundRecord& found : records_) {
      record_guids[found.record.guid] = true;
      // A pending record (feeds/site/site_rebuild.h) may be in the feed or not yet.
      // Every episode in the feed has its page (rebuilt by publish and by --repair).
      if (!found.pending && !fs::exists(context_.site().episode_file(found.record.id, ".html"))) {
        context_.Problem(found.file + " (“" + found.record.title + "”)",
                         "episodes/" + found.record.id + ".html (its page) is missing");
      }
      if (!item_of_guid_.count(found.record.guid) && !found.pending) {
        context_.Problem(found.file + " (“" + found.record.title + "”)",
                         "guid " + found.record.guid + " is not in feed.xml");
      }
    }
    for (const auto& [guid, name] : item_of_guid_) {
      if (!record_guids.count(guid)) context_.Problem("feed.xml: " + name, "no episode record");
    }
  }

  // Without a usable feed: the files a record names, as the feed would link them.
  void CheckRecordFiles(const EpisodeRecord& record) {
    const SiteLayout& site = context_.site();
    const std::string where = EpisodeName(record);
    std::error_code error;
    const auto bytes = fs::file_size(site.episode_file(record.id, ".mp3"), error);
    if (error) {
      context_.Problem(where, "episodes/" + record.id + ".mp3 is missing");
    } else if (static_cast<std::int64_t>(bytes) != record.audio_bytes) {
      context_.Problem(where, "episodes/" + record.id + ".mp3 is " + std::to_string(bytes) +
                                  " bytes, the record says " + std::to_string(record.audio_bytes));
    }
    for (const auto& [suffix, type] : {std::pair{".vtt", "text/vtt"},
                                       {".srt", "application/x-subrip"},
                                       {".transcript.json", "application/json"},
                                       {".chapters.json", "application/json+chapters"}}) {
      const fs::path path = site.episode_file(record.id, suffix);
      std::optional<std::string> text =
          ReadSiteFile(path, kMaxSiteTextBytes, "transcript or chapters file");
      if (!text) {
        context_.Problem(where, context_.Name(path) + " is missing");
        continue;
      }
      for (const std::string& problem :
           CheckEpisodeFile(type, *text, context_.Name(path), record.duration_seconds)) {
        context_.Problem(where, problem);
      }
    }
  }

  SiteCheckContext context_;
  std::vector<FoundRecord> records_;
  std::map<std::string, std::string> item_of_guid_;  // guid -> its item's name
};

}  // namespace

SiteCheckReport InspectSite(const SiteLayout& site) { return SiteChecker(site).Run(); }

std::vector<std::string> CheckSite(const SiteLayout& site) { return InspectSite(site).problems; }

std::string CheckSummary(const SiteCheckReport& report) {
  const std::size_t problems = report.problems.size();
  std::string line =
      problems == 0 ? "ok: "
                    : std::to_string(problems) + (problems == 1 ? " problem; " : " problems; ");
  line += std::to_string(report.episodes) + (report.episodes == 1 ? " episode, " : " episodes, ");
  const long seconds = std::lround(report.duration_seconds);
  if (seconds < 60) {
    line += std::to_string(seconds) + " s";
  } else {
    line += std::to_string(std::lround(report.duration_seconds / 60)) + " min";
  }
  return line;
}

}  // namespace briefcast
