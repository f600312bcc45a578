#include "feeds/publish/source_articles.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "feeds/site/fetch_memory_file.h"
#include "feeds/site_layout.h"
#include "synth/read/source_reader.h"

namespace briefcast {
namespace {

// "2026-12-01" for `now` in UTC.
std::string DayOf(std::chrono::system_clock::time_point now) {
  const std::chrono::year_month_day day(std::chrono::floor<std::chrono::days>(now));
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return text;
}

}  // namespace

// Reads every source; what was fetched is remembered in the site for the next run.
std::vector<Article> ReadAllArticles(const PublishRequest& request, PublishReport& report) {
  const SiteLayout site(request.site);
  const std::string today = DayOf(request.now);
  Fetcher fetcher(LoadFetchMemory(site), request.http, request.messages, today);
  SourceReader sources(fetcher, request.web);
  std::vector<Article> articles;
  for (const std::filesystem::path& path : request.articles) {
    for (Article& article : sources.Read(path.string())) articles.push_back(std::move(article));
  }
  report.source_problems = sources.problems();
  report.http_requests = fetcher.requests();
  report.http_not_modified = fetcher.not_modified();
  if (fetcher.requests() > 0) SaveFetchMemory(site, fetcher.memory(), today);
  if (request.sort_by_date) {
    std::stable_sort(articles.begin(), articles.end(), [](const Article& a, const Article& b) {
      return a.date + a.time < b.date + b.time;
    });
  }
  return articles;
}

}  // namespace briefcast
