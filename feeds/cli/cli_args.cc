#include "feeds/cli/cli_args.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "audio/mp3_encoder.h"
#include "feeds/channel_rules.h"
#include "feeds/cli/config_file.h"
#include "synth/speech/espeak_synthesizer.h"

namespace briefcast {
namespace {

const std::set<std::string> kPathOptions = {"--site", "--config", "--lexicon", "-o"};

// "56, 64, 80" for {56, 64, 80}.
std::string Listed(const std::vector<int>& values) {
  std::string text;
  for (const int value : values) text += (text.empty() ? "" : ", ") + std::to_string(value);
  return text;
}

}  // namespace

const std::set<std::string> kSoundOptions = {"--config", "--base-url", "--lexicon", "--rate",
                                             "--pitch",  "--volume",   "--variant", "--bitrate"};

UsageError BadValue(const std::string& option, const std::string& what, const std::string& value) {
  return UsageError(option + " takes " + what + ", not '" + value + "'");
}

ParsedArgs Parse(const std::vector<std::string>& args, const std::set<std::string>& valued,
                 const std::set<std::string>& flags) {
  ParsedArgs parsed;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "-" || arg.empty() || arg[0] != '-') {
      parsed.positional.push_back(arg);
    } else if (arg == "--") {
      parsed.positional.insert(parsed.positional.end(), args.begin() + i + 1, args.end());
      break;
    } else if (valued.count(arg)) {
      if (i + 1 >= args.size()) throw UsageError(arg + " needs a value");
      // An empty path would mean the current directory (or nothing): never what was meant.
      if (args[i + 1].empty() && kPathOptions.count(arg)) {
        throw BadValue(arg, "a path", "");
      }
      parsed.options[arg] = args[++i];
    } else if (flags.count(arg)) {
      parsed.options[arg] = "";
    } else {
      throw UsageError("unknown option " + arg + " for '" + args[0] + "'");
    }
  }
  return parsed;
}

// The whole number `text` in [low, high], or nullopt.
std::optional<int> WholeNumber(const std::string& text, int low, int high) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) {
    return std::nullopt;
  }
  return value;
}

int IntOption(const ParsedArgs& parsed, const std::string& name, int low, int high, int fallback) {
  if (!parsed.Has(name)) return fallback;
  const std::optional<int> value = WholeNumber(parsed.Get(name), low, high);
  if (!value) {
    throw BadValue(name,
                   "a whole number from " + std::to_string(low) + " to " + std::to_string(high),
                   parsed.Get(name));
  }
  return *value;
}

// --bitrate: one LAME accepts at the configured sample rate.
int BitrateOption(const ParsedArgs& parsed, const Config& config) {
  if (!parsed.Has("--bitrate")) return config.mp3.bitrate_kbps;
  const std::vector<int> allowed = Mp3Bitrates(config.sample_rate_hz);
  const std::optional<int> value = WholeNumber(parsed.Get("--bitrate"), 1, 1000);
  if (!value || std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
    throw BadValue("--bitrate",
                   "an MP3 bitrate at " + std::to_string(config.sample_rate_hz) + " Hz (" +
                       Listed(allowed) + " kbps)",
                   parsed.Get("--bitrate"));
  }
  return *value;
}

Config ConfigFrom(const ParsedArgs& parsed) {
  Config config = parsed.Has("--config") ? LoadConfig(parsed.Get("--config")) : Config{};
  if (parsed.Has("--base-url")) {
    const std::string problem = BaseUrlProblem(parsed.Get("--base-url"));
    if (!problem.empty()) {
      const bool not_absolute = problem.starts_with("must be an absolute");
      throw BadValue("--base-url",
                     "an absolute http:// or https:// URL" +
                         (not_absolute ? std::string() : " (this one " + problem + ")"),
                     parsed.Get("--base-url"));
    }
    config.channel.base_url = WithFinalSlash(parsed.Get("--base-url"));
    config.channel.set_keys.insert("base_url");
  }
  if (parsed.Has("--lexicon")) config.lexicon = parsed.Get("--lexicon");
  config.voice.rate_wpm = IntOption(parsed, "--rate", 80, 450, config.voice.rate_wpm);
  config.voice.pitch = IntOption(parsed, "--pitch", 0, 100, config.voice.pitch);
  config.voice.volume = IntOption(parsed, "--volume", 0, 200, config.voice.volume);
  config.voice.variant = parsed.Get("--variant", config.voice.variant);
  if (parsed.Has("--variant") && !EspeakVariantExists(config.voice.variant)) {
    throw BadValue("--variant", "an eSpeak NG voice variant (f2, m3, klatt, ...)",
                   config.voice.variant);
  }
  config.mp3.bitrate_kbps = BitrateOption(parsed, config);
  return config;
}

}  // namespace briefcast
