#pragma once

#include <filesystem>

#include "feeds/config.h"

namespace briefcast {

// Reads a TOML config file over the defaults (docs/configuration.md lists every key).
// Throws Error naming the file, the line and the key when a value is wrong or unknown.
Config LoadConfig(const std::filesystem::path& path);

}  // namespace briefcast
