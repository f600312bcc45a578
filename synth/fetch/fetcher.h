#pragma once

#include <iosfwd>
#include <map>
#include <string>

#include "synth/fetch/http_client.h"

namespace briefcast {

// What briefcast remembers of one fetched URL between runs, so that the next run asks the
// server only whether it changed (feeds/site/fetch_memory_file.h keeps it in the site).
struct RememberedUrl {
  std::string etag;
  std::string last_modified;
  std::string final_url;  // after redirects: the base of the page's relative links
  std::string content_type;
  std::string body;          // as received (not yet decoded)
  std::string item_version;  // a feed item's link: the item as the feed said it when fetched
  std::string used;          // YYYY-MM-DD of the last run that used it
};
using FetchMemory = std::map<std::string, RememberedUrl>;

// A body and where it came from.
struct Fetched {
  std::string url;  // after redirects
  std::string content_type;
  std::string body;
};

// Fetches URLs once: a URL it remembers is asked for with If-None-Match / If-Modified-Since,
// and a 304 answer gives the remembered body. Logs each request ("fetching URL") and 304
// ("not modified (304) URL") to `log` when not null. Not thread-safe.
class Fetcher {
 public:
  Fetcher(FetchMemory memory, HttpLimits limits, std::ostream* log, std::string today);

  // The body at `url`. Throws FetchError (http_client.h).
  Fetched Get(const std::string& url);

  // The body at a feed item's link: the remembered body, without asking the server, when
  // the item's `item_version` is the one remembered; else Get.
  Fetched GetItem(const std::string& url, const std::string& item_version);

  const FetchMemory& memory() const { return memory_; }
  int requests() const { return requests_; }
  int not_modified() const { return not_modified_; }

 private:
  FetchMemory memory_;
  HttpLimits limits_;
  std::ostream* log_;
  std::string today_;
  int requests_ = 0;
  int not_modified_ = 0;
};

}  // namespace briefcast
