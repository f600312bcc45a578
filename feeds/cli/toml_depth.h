#pragma once

#include <filesystem>
#include <string_view>

namespace briefcast {

// A guard run before the TOML parser, whose recursion a deeply dotted key would exhaust:
// throws Error "<file>:<line>: not valid TOML: ..." for a line whose key or [table] header
// has more than 32 dotted parts (dots outside quotes, before any '=').
void RejectDeepKeys(std::string_view content, const std::filesystem::path& file);

}  // namespace briefcast
