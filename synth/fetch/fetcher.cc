#include "synth/fetch/fetcher.h"

#include <ostream>

namespace briefcast {
namespace {

Fetched FromMemory(const RememberedUrl& remembered) {
  return {remembered.final_url, remembered.content_type, remembered.body};
}

}  // namespace

Fetcher::Fetcher(FetchMemory memory, HttpLimits limits, std::ostream* log, std::string today)
    : memory_(std::move(memory)), limits_(limits), log_(log), today_(std::move(today)) {}

Fetched Fetcher::Get(const std::string& url) {
  HttpRequest request{url, "", ""};
  const auto known = memory_.find(url);
  if (known != memory_.end()) {
    request.etag = known->second.etag;
    request.last_modified = known->second.last_modified;
  }
  if (log_ != nullptr) *log_ << "fetching " << url << '\n';
  ++requests_;
  HttpResponse response = HttpGet(request, limits_);
  RememberedUrl& remembered = memory_[url];
  remembered.used = today_;
  if (response.not_modified && known != memory_.end()) {
    ++not_modified_;
    if (log_ != nullptr) *log_ << "not modified (304) " << url << '\n';
    return FromMemory(remembered);
  }
  remembered.etag = response.etag;
  remembered.last_modified = response.last_modified;
  remembered.final_url = response.url;
  remembered.content_type = response.content_type;
  remembered.body = std::move(response.body);
  remembered.item_version.clear();
  return FromMemory(remembered);
}

Fetched Fetcher::GetItem(const std::string& url, const std::string& item_version) {
  const auto known = memory_.find(url);
  if (known != memory_.end() && !item_version.empty() &&
      known->second.item_version == item_version) {
    known->second.used = today_;
    return FromMemory(known->second);
  }
  Fetched fetched = Get(url);
  memory_[url].item_version = item_version;
  return fetched;
}

}  // namespace briefcast
