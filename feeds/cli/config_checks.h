#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "feeds/config.h"

namespace briefcast {

// The checks of a config file that need more than one value, a value's shape or another
// file, once every key is read: the channel (feeds/channel_rules.h), the cover image (read
// and checked), the lexicon (readable), the MP3 sample rate and bitrate (one LAME takes).
// Normalizes the base URL. Throws Error "FILE:LINE: 'key' what (see docs/configuration.md)",
// the line from line_of("podcast.cover_image") (1 when the key is absent).
void ValidateConfig(const std::filesystem::path& file, Config* config,
                    const std::function<int(const std::string& key)>& line_of);

}  // namespace briefcast
