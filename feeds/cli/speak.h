#pragma once

#include <filesystem>
#include <string_view>

#include "feeds/config.h"

namespace briefcast {

// `briefcast speak`: reads `text` as an article (docs/formats.md; a single line is a title),
// speaks it with the same chain as publish, and writes `output` as MP3 (with ID3 title
// tag) or, when it ends in ".wav", as WAV. Throws Error for unusable text or output.
void SpeakToFile(std::string_view text, std::string_view source_name,
                 const std::filesystem::path& output, const Config& config);

}  // namespace briefcast
