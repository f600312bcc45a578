#include "feeds/site/fetch_memory_file.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "feeds/formats/sha1.h"
#include "feeds/site/atomic_file.h"
#include "feeds/site/site_file_read.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The file's content; empty when it is missing.
std::string ReadFile(const fs::path& path) {
  return ReadSiteFile(path, kMaxSiteTextBytes, "fetch memory file").value_or("");
}

fs::path BodyPath(const SiteLayout& site, const std::string& url) {
  return site.fetched_dir() / (Sha1Hex(url) + ".body");
}

// "2026-12-01" minus 30 days, as text that compares in date order.
std::string ThirtyDaysBefore(const std::string& today) {
  int year = 0, month = 0, day = 0;
  if (std::sscanf(today.c_str(), "%d-%d-%d", &year, &month, &day) != 3) return "";
  const std::chrono::sys_days then =
      std::chrono::sys_days(std::chrono::year(year) / month / day) - std::chrono::days(30);
  const std::chrono::year_month_day date(then);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

}  // namespace

FetchMemory LoadFetchMemory(const SiteLayout& site) {
  FetchMemory memory;
  const json index = json::parse(ReadFile(site.fetched_dir() / "index.json"), nullptr, false);
  if (!index.is_object()) return memory;
  for (const auto& [url, entry] : index.items()) {
    if (!entry.is_object()) continue;
    RememberedUrl remembered;
    remembered.etag = entry.value("etag", "");
    remembered.last_modified = entry.value("last_modified", "");
    remembered.final_url = entry.value("final_url", url);
    remembered.content_type = entry.value("content_type", "");
    remembered.item_version = entry.value("item_version", "");
    remembered.used = entry.value("used", "");
    remembered.body = ReadFile(BodyPath(site, url));
    if (Sha1Hex(remembered.body) != entry.value("sha1", "")) continue;
    memory.emplace(url, std::move(remembered));
  }
  return memory;
}

void SaveFetchMemory(const SiteLayout& site, const FetchMemory& memory, const std::string& today) {
  const std::string oldest = ThirtyDaysBefore(today);
  json index = json::object();
  std::set<fs::path> kept;
  for (const auto& [url, remembered] : memory) {
    if (remembered.used < oldest) continue;
    const fs::path body = BodyPath(site, url);
    const std::string sha1 = Sha1Hex(remembered.body);
    WriteFileIfChanged(body, remembered.body);
    kept.insert(body);
    index[url] = {{"etag", remembered.etag},
                  {"last_modified", remembered.last_modified},
                  {"final_url", remembered.final_url},
                  {"content_type", remembered.content_type},
                  {"item_version", remembered.item_version},
                  {"used", remembered.used},
                  {"sha1", sha1}};
  }
  WriteFileAtomically(site.fetched_dir() / "index.json",
                      index.dump(1, ' ', false, json::error_handler_t::replace));
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(site.fetched_dir(), error)) {
    if (entry.path().extension() == ".body" && !kept.count(entry.path())) {
      fs::remove(entry.path(), error);
    }
  }
}

}  // namespace briefcast
