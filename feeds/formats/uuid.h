#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// The namespace Podcasting 2.0 defines for podcast:guid.
inline constexpr std::string_view kPodcastGuidNamespace = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

// A name-based UUID, version 5 (RFC 9562, section 5.5): SHA-1 of the namespace's 16 bytes
// followed by `name`, in lowercase 8-4-4-4-12 form. Throws Error when `namespace_uuid` is
// not a UUID in that form.
std::string UuidV5(std::string_view namespace_uuid, std::string_view name);

// podcast:guid for a feed: UUIDv5 of its URL without the scheme and trailing slashes
// ("https://podnews.net/rss/" -> UuidV5(kPodcastGuidNamespace, "podnews.net/rss")).
std::string PodcastGuid(std::string_view feed_url);

}  // namespace briefcast
