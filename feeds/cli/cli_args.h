#pragma once

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "feeds/config.h"

namespace briefcast {

// A usage mistake: printed with a hint to --help, exit status 2. Messages about an option's
// value have one shape: "--NAME takes WHAT, not 'VALUE'".
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "--bitrate takes a whole number from 8 to 320, not '7'": the message of a bad value.
UsageError BadValue(const std::string& option, const std::string& what, const std::string& value);

struct ParsedArgs {
  std::map<std::string, std::string> options;  // "--site" -> "public"; flags -> ""
  std::vector<std::string> positional;
  bool Has(const std::string& name) const { return options.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
};

// args[0] is the command; `valued` options take the next argument, `flags` none. "-" and
// anything after "--" are positional. Throws UsageError.
ParsedArgs Parse(const std::vector<std::string>& args, const std::set<std::string>& valued,
                 const std::set<std::string>& flags);

// The whole number option `name` in [low, high], or `fallback` when absent.
int IntOption(const ParsedArgs& parsed, const std::string& name, int low, int high, int fallback);

// The options of publish and speak that set sound and settings.
extern const std::set<std::string> kSoundOptions;

// The config file (if any) with the command-line settings on top. Throws UsageError for a
// bad value, Error for a bad config file.
Config ConfigFrom(const ParsedArgs& parsed);

}  // namespace briefcast
