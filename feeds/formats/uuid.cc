#include "feeds/formats/uuid.h"

#include <uuid/uuid.h>

#include "audio/error.h"

namespace briefcast {

std::string UuidV5(std::string_view namespace_uuid, std::string_view name) {
  // uuid_parse wants exactly 36 characters in 8-4-4-4-12 form, hex digits in either case.
  uuid_t namespace_bytes;
  const std::string text(namespace_uuid);
  if (text.size() != 36 || uuid_parse(text.c_str(), namespace_bytes) != 0) {
    throw Error("\"" + text + "\" is not a UUID (expected 8-4-4-4-12 hex digits)");
  }
  uuid_t result;
  uuid_generate_sha1(result, namespace_bytes, name.data(), name.size());
  char formatted[37];
  uuid_unparse_lower(result, formatted);
  return formatted;
}

std::string PodcastGuid(std::string_view feed_url) {
  std::size_t scheme_end = feed_url.find("://");
  if (scheme_end != std::string_view::npos) feed_url.remove_prefix(scheme_end + 3);
  while (!feed_url.empty() && feed_url.back() == '/') feed_url.remove_suffix(1);
  return UuidV5(kPodcastGuidNamespace, feed_url);
}

}  // namespace briefcast
