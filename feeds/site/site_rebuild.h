#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "feeds/channel.h"
#include "feeds/episode.h"
#include "feeds/site_layout.h"

namespace briefcast {

// How a site changes so that a crash at any moment leaves one `briefcast check` accepts
// (docs/robustness.md). An episode's files are written first, its record last under the
// pending name episodes/<id>.pending.json; feed.xml and index.html are rebuilt from every
// record, pending ones included; only then are pending records committed (renamed to
// episodes/<id>.json). A pending record may or may not be in the feed: the next run adopts
// it. Retention runs the other way: a dropped record turns pending, then the feed and page
// are rebuilt without it, then its files go.

// episodes/<id>.pending.json.
std::filesystem::path PendingRecordPath(const SiteLayout& site, const std::string& id);

// True for a record file name ("<id>.json" or "<id>.pending.json", not "<id>.chapters.json").
bool IsRecordName(const std::string& file_name);

// Deletes temporaries (IsTemporaryName) left in the site root and episodes/ by an
// interrupted run. Call only while holding the site lock.
void RemoveTemporaries(const SiteLayout& site);

// Creates the site's episodes/ folder when it is missing; throws Error naming the path when
// it is something else than a directory or cannot be made.
void CreateEpisodesDirectory(const SiteLayout& site);

// Before a publish changes the site: CreateEpisodesDirectory, RemoveTemporaries, then throws Error
// naming feed.xml when it exists but is not well-formed XML (a damaged feed is never silently
// replaced; `briefcast check --repair` rebuilds it).
void PrepareSite(const SiteLayout& site);

// Every record in the site, newest first; a pending record wins over the committed one of
// the same id. Throws Error naming the file when a record is damaged (it is never dropped),
// with a hint to `briefcast check --repair`.
std::vector<EpisodeRecord> LoadSiteRecords(const SiteLayout& site);

// Newest first: by pub_date, then id.
bool NewestFirst(const EpisodeRecord& a, const EpisodeRecord& b);

// Applies retention (channel.max_episodes), writes cover.png (the channel's image, or a
// generated one when there is none yet), site.json (the site's identity, from `channel`:
// see feeds/site/site_settings.h), feed.xml and index.html from `newest_first`, then
// commits the pending records. Every file is replaced atomically. Returns the ids of the
// episodes retention removed.
std::vector<std::string> RebuildSiteFiles(const SiteLayout& site, const Channel& channel,
                                          std::vector<EpisodeRecord> newest_first,
                                          std::chrono::system_clock::time_point now);

}  // namespace briefcast
