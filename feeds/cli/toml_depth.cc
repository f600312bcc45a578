#include "feeds/cli/toml_depth.h"

#include <string>

#include "audio/error.h"

namespace briefcast {
namespace {

constexpr int kMaxKeyParts = 32;

}  // namespace

void RejectDeepKeys(std::string_view content, const std::filesystem::path& file) {
  int line = 1;
  int dots = 0;
  char quote = 0;
  bool in_key = true;
  for (const char c : content) {
    if (c == '\n') {
      ++line;
      dots = 0;
      quote = 0;
      in_key = true;
      continue;
    }
    if (!in_key) continue;
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '=' || c == '#') {
      in_key = false;
    } else if (c == '.' && ++dots >= kMaxKeyParts) {
      throw Error(file.string() + ":" + std::to_string(line) +
                  ": not valid TOML: a key or [table] header of more than " +
                  std::to_string(kMaxKeyParts) + " dotted parts (see docs/configuration.md)");
    }
  }
}

}  // namespace briefcast
