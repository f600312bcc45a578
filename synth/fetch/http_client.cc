#include "synth/fetch/http_client.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace briefcast {
namespace {

#ifndef BRIEFCAST_VERSION
#define BRIEFCAST_VERSION "0"
#endif

void InitializeCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};

struct Download {
  std::string body;
  std::size_t max_bytes;
  bool too_large = false;
};

std::size_t WriteBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* download = static_cast<Download*>(user);
  const std::size_t bytes = size * count;
  if (download->body.size() + bytes > download->max_bytes) {
    download->too_large = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  download->body.append(data, bytes);
  return bytes;
}

std::string Header(CURL* curl, const char* name) {
  curl_header* header = nullptr;
  if (curl_easy_header(curl, name, 0, CURLH_HEADER, -1, &header) != CURLHE_OK) return "";
  return header->value;
}

std::string Seconds(std::chrono::milliseconds duration) {
  return std::to_string((duration.count() + 999) / 1000) + " s";
}

// The reason a transfer failed, as a user reads it.
std::string Reason(CURLcode code, const char* detail, const Download& download,
                   const HttpLimits& limits) {
  switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return "cannot resolve the host name (DNS)";
    case CURLE_COULDNT_CONNECT:
      return "cannot connect (connection refused or unreachable)";
    case CURLE_OPERATION_TIMEDOUT:
      return "timed out (connect limit " + Seconds(limits.connect_timeout) + ", total limit " +
             Seconds(limits.total_timeout) + ")";
    case CURLE_TOO_MANY_REDIRECTS:
      return "more than " + std::to_string(limits.max_redirects) + " redirects";
    case CURLE_UNSUPPORTED_PROTOCOL:
      return "redirected to a scheme other than http or https";
    case CURLE_FILESIZE_EXCEEDED:
    case CURLE_WRITE_ERROR:
      if (code == CURLE_FILESIZE_EXCEEDED || download.too_large) {
        return "larger than the limit of " + std::to_string(limits.max_bytes >> 20) + " MiB";
      }
      break;
    default:
      break;
  }
  return std::string(curl_easy_strerror(code)) +
         (detail[0] ? std::string(" (") + detail + ")" : "");
}

void SetOptions(CURL* curl, const HttpRequest& request, const HttpLimits& limits,
                curl_slist* headers, Download* download, char* error_buffer) {
  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, static_cast<long>(limits.max_redirects));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(limits.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(limits.total_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(limits.max_bytes));
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl decodes
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "briefcast/" BRIEFCAST_VERSION);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, WriteBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, download);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
}

}  // namespace

HttpResponse HttpGet(const HttpRequest& request, const HttpLimits& limits) {
  if (!request.url.starts_with("http://") && !request.url.starts_with("https://")) {
    throw FetchError(request.url + ": only http:// and https:// URLs are fetched");
  }
  InitializeCurlOnce();
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) throw Error(request.url + ": cannot start libcurl (out of memory)");
  curl_slist* list = nullptr;
  if (!request.etag.empty()) {
    list = curl_slist_append(list, ("If-None-Match: " + request.etag).c_str());
  }
  if (!request.last_modified.empty()) {
    list = curl_slist_append(list, ("If-Modified-Since: " + request.last_modified).c_str());
  }
  const std::unique_ptr<curl_slist, CurlDeleter> headers(list);
  Download download{{}, limits.max_bytes};
  char error_buffer[CURL_ERROR_SIZE] = "";
  SetOptions(curl.get(), request, limits, headers.get(), &download, error_buffer);
  const CURLcode code = curl_easy_perform(curl.get());
  if (code != CURLE_OK) {
    throw FetchError(request.url + ": " + Reason(code, error_buffer, download, limits));
  }
  long status = 0;
  char* effective = nullptr;
  curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo(curl.get(), CURLINFO_EFFECTIVE_URL, &effective);
  if (status != 200 && status != 304) {
    throw FetchError(request.url + ": HTTP " + std::to_string(status) +
                     (status == 404 ? " Not Found" : "") + "; check the address");
  }
  HttpResponse response;
  response.not_modified = status == 304;
  response.url = effective != nullptr ? effective : request.url;
  response.content_type = Header(curl.get(), "Content-Type");
  response.etag = Header(curl.get(), "ETag");
  response.last_modified = Header(curl.get(), "Last-Modified");
  if (!response.not_modified) response.body = std::move(download.body);
  return response;
}

std::string ResolveUrl(std::string_view base, std::string_view reference) {
  std::unique_ptr<CURLU, CurlDeleter> url(curl_url());
  if (!url) return "";
  const std::string base_text(base), reference_text(reference);
  if (curl_url_set(url.get(), CURLUPART_URL, base_text.c_str(), 0) != CURLUE_OK ||
      curl_url_set(url.get(), CURLUPART_URL, reference_text.c_str(), 0) != CURLUE_OK) {
    return "";
  }
  char* resolved = nullptr;
  if (curl_url_get(url.get(), CURLUPART_URL, &resolved, 0) != CURLUE_OK) return "";
  std::string result(resolved);
  curl_free(resolved);
  if (!result.starts_with("http://") && !result.starts_with("https://")) return "";
  return result;
}

std::string UrlHost(std::string_view text) {
  std::unique_ptr<CURLU, CurlDeleter> url(curl_url());
  const std::string url_text(text);
  char* host = nullptr;
  if (!url || curl_url_set(url.get(), CURLUPART_URL, url_text.c_str(), 0) != CURLUE_OK ||
      curl_url_get(url.get(), CURLUPART_HOST, &host, 0) != CURLUE_OK) {
    return "";
  }
  std::string result(host);
  curl_free(host);
  return result;
}

}  // namespace briefcast
