#include "feeds/site/site_repair.h"

#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>

#include "audio/error.h"
#include "feeds/site/atomic_file.h"
#include "feeds/site/episode_files.h"
#include "feeds/site/site_file_read.h"
#include "feeds/site/site_rebuild.h"
#include "feeds/site/site_settings.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

std::string Relative(const SiteLayout& site, const fs::path& path) {
  return path.lexically_relative(site.root()).string();
}

// The record at `path` when it parses and its audio is there with the size it records;
// otherwise why not.
struct Examined {
  std::optional<EpisodeRecord> record;
  std::string problem;
};

Examined Examine(const SiteLayout& site, const fs::path& path) {
  try {
    const std::optional<std::string> json =
        ReadSiteFile(path, kMaxRecordFileBytes, "episode record");
    if (!json) return {std::nullopt, "cannot be read"};
    EpisodeRecord record = EpisodeRecordFromJson(*json, Relative(site, path));
    std::error_code error;
    const auto bytes = fs::file_size(site.episode_file(record.id, ".mp3"), error);
    if (error) return {std::nullopt, "its audio episodes/" + record.id + ".mp3 is missing"};
    if (static_cast<std::int64_t>(bytes) != record.audio_bytes) {
      return {std::nullopt, "its audio is " + std::to_string(bytes) + " bytes, the record says " +
                                std::to_string(record.audio_bytes)};
    }
    return {std::move(record), ""};
  } catch (const Error& e) {
    return {std::nullopt, e.what()};
  }
}

void SetAside(const SiteLayout& site, const fs::path& path, const std::string& problem,
              std::ostream& messages) {
  const fs::path aside = path.string() + ".damaged";
  std::error_code error;
  fs::rename(path, aside, error);
  if (error) {
    throw Error(path.string() + ": cannot be moved aside: " + error.message() +
                "; fix the permissions and repair again");
  }
  messages << Relative(site, path) << ": " << problem << "; moved to " << Relative(site, aside)
           << '\n';
}

// The channel to rebuild with: `given` over the site's stored identity. A damaged
// site.json is set aside, and the identity adopted from feed.xml.
Channel SettleChannel(const SiteLayout& site, const Channel& given, std::ostream& messages) {
  std::optional<Channel> stored;
  try {
    stored = ReadSiteSettings(site);
  } catch (const Error& e) {
    SetAside(site, site.settings(), e.what(), messages);
    stored = ReadSiteSettings(site);
  }
  std::vector<std::string> warnings;
  Channel channel = ResolveSiteChannel(stored, given, &warnings);
  for (const std::string& warning : warnings) messages << "warning: " << warning << '\n';
  return channel;
}

}  // namespace

void RepairSite(const SiteLayout& site, const Channel& channel,
                std::chrono::system_clock::time_point now, std::ostream& messages) {
  CreateEpisodesDirectory(site);
  RemoveTemporaries(site);
  const Channel settled = SettleChannel(site, channel, messages);
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(site.episodes_dir(), error)) {
    if (!IsRecordName(entry.path().filename().string())) continue;
    Examined examined = Examine(site, entry.path());
    if (examined.record) {
      for (const std::string& file : RestoreDerivedFiles(site, *examined.record)) {
        messages << file << ": missing or damaged; rewritten from the record\n";
      }
    } else {
      SetAside(site, entry.path(), examined.problem, messages);
    }
  }
  const std::vector<EpisodeRecord> records = LoadSiteRecords(site);
  for (const std::string& id : RebuildSiteFiles(site, settled, records, now)) {
    messages << "episodes/" << id << ": removed, older than the newest " << settled.max_episodes
             << " episodes (max_episodes)\n";
  }
  messages << "feed.xml, index.html: rebuilt from " << records.size() << " episode records\n";
}

}  // namespace briefcast
