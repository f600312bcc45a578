#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace briefcast {

// Caps on the size of a site's own files when they are read, each far above any file
// briefcast writes, so a file that is not the site's own cannot fill memory.
// A record holds an article's text (at most 64 MiB) and its cues: a few times that at most.
inline constexpr std::uintmax_t kMaxRecordFileBytes = 256 << 20;
// feed.xml, site.json, transcripts, chapters and the fetch memory (pages of at most 32 MiB).
inline constexpr std::uintmax_t kMaxSiteTextBytes = 64 << 20;
// An episode's MP3: some 70 hours at 64 kbps.
inline constexpr std::uintmax_t kMaxSiteAudioBytes = std::uintmax_t{2} << 30;

// The whole site file at `path`; nullopt when it is missing, cannot be read or is not a
// regular file (a directory or FIFO is never opened). Throws Error when it is larger than
// `max_bytes`, naming the file, `what` it is ("episode record") and what to do:
//   "<path>: is 300 MiB, larger than the 256 MiB an episode record can be; it is not a file
//    briefcast wrote: move it out of the site (briefcast check --repair sets a damaged record
//    or site.json aside)"
std::optional<std::string> ReadSiteFile(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                        std::string_view what);

}  // namespace briefcast
