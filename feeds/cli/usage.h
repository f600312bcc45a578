#pragma once

namespace briefcast {

// The text of `briefcast --help`: every command and option.
extern const char* const kUsage;

}  // namespace briefcast
