#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "audio/error.h"

namespace briefcast {

// The bounds of one HTTP fetch (docs/formats.md, "Sources on the web").
struct HttpLimits {
  std::size_t max_bytes = 16 << 20;  // of the body as received, after decompression
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds total_timeout{60'000};
  int max_redirects = 5;
};

struct HttpRequest {
  std::string url;
  std::string etag;           // sent as If-None-Match when not empty
  std::string last_modified;  // sent as If-Modified-Since when not empty
};

struct HttpResponse {
  bool not_modified = false;  // 304: the remembered body is still current; `body` is empty
  std::string url;            // after redirects
  std::string content_type;   // the Content-Type header, as sent ("text/html; charset=gbk")
  std::string etag;
  std::string last_modified;
  std::string body;
};

// A source that could not be fetched. what(): "<url>: <reason>" -- cannot resolve the host,
// connection refused, timed out, HTTP 404, too many redirects, a redirect to another scheme,
// larger than the limit.
class FetchError : public Error {
 public:
  using Error::Error;
};

// GETs `request.url` with libcurl: http and https only (also after redirects), at most
// `limits.max_redirects` redirects, the timeouts and size limit of `limits`, any compression
// libcurl decodes, user agent "briefcast/<version>". A status other than 200 or 304 is a
// FetchError. Throws FetchError for a URL that is not http(s).
HttpResponse HttpGet(const HttpRequest& request, const HttpLimits& limits);

// `reference` (absolute, or relative such as "page_2.html", "/news/a.html") resolved
// against the absolute URL `base`; empty when it cannot be resolved or is not http(s).
std::string ResolveUrl(std::string_view base, std::string_view reference);

// The host part of an absolute URL ("news.example.cn"); empty when there is none.
std::string UrlHost(std::string_view url);

}  // namespace briefcast
