#pragma once

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "feeds/config.h"
#include "feeds/publish/publish_progress.h"
#include "synth/fetch/http_client.h"
#include "synth/read/web_source.h"

namespace briefcast {

struct PublishRequest {
  std::vector<std::filesystem::path> articles;
  std::filesystem::path site = "public";
  Config config;
  bool keep_wav = false;       // also write episodes/<id>.wav (before MP3 encoding)
  int jobs = 2;                // worker processes making audio; 1 makes it all in this process
  bool sort_by_date = false;   // order articles by publication date, oldest first
  bool briefing = false;       // all articles in one episode, one chapter per story
  bool headlines = false;      // a short headlines episode: rundown, titles, first sentences
  std::string briefing_title;  // empty: the date and 新闻简报 (feeds/publish/briefing.h)
  std::string briefing_date;   // YYYY-MM-DD; empty: the newest article's date
  std::ostream* messages = nullptr;     // warnings, as they arise; none when null
  PublishProgress* progress = nullptr;  // each episode's stages and its end; none when null
  HttpLimits http;  // for sources given as URLs; "fetching URL" lines go to `messages`
  WebReadLimits web;
  // Used for the feed's lastBuildDate and for articles without a date.
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
};

struct PublishReport {
  std::vector<std::string> published;  // ids whose audio was made
  std::vector<std::string> unchanged;  // ids already published with the same content
  std::vector<std::string> restored;   // files of unchanged episodes rewritten from their record
  std::vector<std::string> skipped;    // ids retention would remove at once: not made
  std::vector<std::string> removed;    // ids retention removed from the site
  // Web sources that failed or were cut short, "<url>: <reason>" each; the others were
  // published.
  std::vector<std::string> source_problems;
  int http_requests = 0;      // made to read the sources
  int http_not_modified = 0;  // of them answered 304
};

// Publishes one episode per article (or a briefing of them all) into the site (DESIGN.md, "A
// published site"): settles the channel with the site's stored identity (site.json, see
// feeds/site/site_settings.h; warnings go to request.messages), reads every article first (a bad
// file fails the run before the site is touched; a web source that fails is reported in
// source_problems and left out; URLs are fetched once, remembered in the site:
// fetch_memory_file.h), makes the audio, transcripts and chapters of new
// or changed ones (rewriting missing or damaged transcripts and chapters of unchanged ones from
// their records, without synthesis), writes each episode's record last, applies retention (an
// article retention would remove at once is not made), then rebuilds feed.xml, index.html and
// cover.png from all records. Every file is replaced atomically. Throws Error with the file and
// what to do.
PublishReport Publish(const PublishRequest& request);

}  // namespace briefcast
