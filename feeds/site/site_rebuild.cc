#include "feeds/site/site_rebuild.h"

#include <tinyxml2.h>

#include <algorithm>
#include <map>
#include <optional>

#include "audio/error.h"
#include "feeds/formats/cover_art.h"
#include "feeds/formats/episode_page.h"
#include "feeds/formats/html_page.h"
#include "feeds/formats/rss.h"
#include "feeds/site/atomic_file.h"
#include "feeds/site/site_file_read.h"
#include "feeds/site/site_settings.h"
#include "synth/input_file.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kPendingSuffix = ".pending.json";

// Renames `from` to `to` (replacing it); throws Error naming both when that fails.
void Rename(const fs::path& from, const fs::path& to) {
  std::error_code error;
  fs::rename(from, to, error);
  if (error) {
    throw Error(from.string() + ": cannot be renamed to " + to.filename().string() + ": " +
                error.message() + "; fix the permissions, then publish again");
  }
}

// The record goes first, so a crash leaves no record naming missing files.
void RemoveEpisode(const SiteLayout& site, const std::string& id) {
  std::error_code ignored;
  fs::remove(PendingRecordPath(site, id), ignored);
  for (const char* suffix :
       {".json", ".mp3", ".vtt", ".srt", ".transcript.json", ".chapters.json", ".html", ".wav"}) {
    fs::remove(site.episode_file(id, suffix), ignored);
  }
}

// feed.xml, written only when more than its lastBuildDate changed: an unchanged feed keeps
// its date and its file, so podcast apps and caches see no update where there is none.
void WriteFeed(const SiteLayout& site, const std::string& feed) {
  const std::optional<std::string> present = ReadFileOfSize(site.feed(), feed.size());
  if (present && SameFeedApartFromBuildDate(*present, feed)) return;
  WriteFileAtomically(site.feed(), feed);
}

void CommitPendingRecords(const SiteLayout& site) {
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(site.episodes_dir(), error)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(kPendingSuffix)) continue;
    const std::string id = name.substr(0, name.size() - kPendingSuffix.size());
    Rename(entry.path(), site.episode_file(id, ".json"));
  }
}

}  // namespace

fs::path PendingRecordPath(const SiteLayout& site, const std::string& id) {
  return site.episode_file(id, std::string(kPendingSuffix));
}

bool IsRecordName(const std::string& file_name) {
  return file_name.ends_with(".json") && !file_name.ends_with(".chapters.json") &&
         !file_name.ends_with(".transcript.json") && !file_name.starts_with(".");
}

void RemoveTemporaries(const SiteLayout& site) {
  for (const fs::path& dir : {site.root(), site.episodes_dir()}) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
      if (IsTemporaryName(entry.path())) fs::remove(entry.path(), error);
    }
  }
}

void CreateEpisodesDirectory(const SiteLayout& site) {
  const fs::path dir = site.episodes_dir();
  std::error_code error;
  const fs::file_status status = fs::status(dir, error);
  if (fs::exists(status) && !fs::is_directory(status)) {
    throw Error(dir.string() +
                ": is not a directory (briefcast keeps the episodes there); move it away, "
                "then run again");
  }
  fs::create_directories(dir, error);
  if (error) {
    throw Error(dir.string() + ": cannot be created: " + error.message() +
                "; check the site's path and permissions");
  }
}

void PrepareSite(const SiteLayout& site) {
  CreateEpisodesDirectory(site);
  RemoveTemporaries(site);
  if (!fs::exists(site.feed())) return;
  tinyxml2::XMLDocument feed;
  if (feed.LoadFile(site.feed().c_str()) != tinyxml2::XML_SUCCESS) {
    throw Error(site.feed().string() + ":" + std::to_string(feed.ErrorLineNum()) + ": damaged (" +
                feed.ErrorName() +
                "); run 'briefcast check --repair' to rebuild it from the episode records");
  }
}

bool NewestFirst(const EpisodeRecord& a, const EpisodeRecord& b) {
  return a.pub_date != b.pub_date ? a.pub_date > b.pub_date : a.id < b.id;
}

std::vector<EpisodeRecord> LoadSiteRecords(const SiteLayout& site) {
  std::map<std::string, EpisodeRecord> by_id;  // committed first, then pending over them
  for (const bool pending : {false, true}) {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(site.episodes_dir(), error)) {
      const std::string name = entry.path().filename().string();
      if (!IsRecordName(name) || name.ends_with(kPendingSuffix) != pending) continue;
      try {
        EpisodeRecord record = EpisodeRecordFromJson(
            ReadInputFile(entry.path(), kMaxRecordFileBytes, "episode record"),
            entry.path().string());
        by_id[record.id] = std::move(record);
      } catch (const Error& e) {
        throw Error(std::string(e.what()) +
                    "; or run 'briefcast check --repair' to set the damaged record aside");
      }
    }
  }
  std::vector<EpisodeRecord> records;
  for (auto& [id, record] : by_id) records.push_back(std::move(record));
  std::sort(records.begin(), records.end(), NewestFirst);
  return records;
}

std::vector<std::string> RebuildSiteFiles(const SiteLayout& site, const Channel& channel,
                                          std::vector<EpisodeRecord> newest_first,
                                          std::chrono::system_clock::time_point now) {
  std::vector<std::string> dropped;
  const auto keep = static_cast<std::size_t>(channel.max_episodes);
  if (keep > 0 && newest_first.size() > keep) {
    for (std::size_t i = keep; i < newest_first.size(); ++i) {
      const std::string& id = newest_first[i].id;
      if (fs::exists(site.episode_file(id, ".json"))) {
        Rename(site.episode_file(id, ".json"), PendingRecordPath(site, id));
      }
      dropped.push_back(id);
    }
    newest_first.resize(keep);
  }
  // The drawn cover shows the channel's title and author: drawn again when they may have
  // changed, before site.json records the new channel (a crash between keeps it "changed").
  if (!channel.cover_image.empty()) {
    WriteFileIfChanged(site.cover(),
                       ReadInputFile(channel.cover_image, kMaxImageFileBytes, "cover image"));
  } else if (SiteSettingsDiffer(site, channel) || !fs::exists(site.cover())) {
    WriteFileIfChanged(site.cover(), GenerateCoverPng(channel));
  }
  WriteSiteSettings(site, channel);
  // Each file written only when it changed (a publish rebuilds them all).
  WriteFeed(site, BuildFeedXml(channel, newest_first, now));
  WriteFileIfChanged(site.page(), BuildIndexHtml(channel, newest_first));
  for (const EpisodeRecord& record : newest_first) {
    WriteFileIfChanged(site.episode_file(record.id, ".html"), BuildEpisodeHtml(channel, record));
  }
  for (const std::string& id : dropped) RemoveEpisode(site, id);
  CommitPendingRecords(site);
  return dropped;
}

}  // namespace briefcast
