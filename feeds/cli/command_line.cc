#include "feeds/cli/command_line.h"

#include <charconv>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "audio/error.h"
#include "feeds/channel_rules.h"
#include "feeds/cli/config_file.h"
#include "feeds/cli/speak.h"
#include "feeds/cli/usage.h"
#include "feeds/formats/rfc_dates.h"
#include "feeds/publish/publisher.h"
#include "feeds/site/site_check.h"
#include "feeds/site/site_lock.h"
#include "feeds/site/site_repair.h"
#include "feeds/site_layout.h"
#include "feeds/stop_signals.h"
#include "synth/input_file.h"
#include "synth/normalize/text_normalizer.h"
#include "synth/speech/front_end.h"

namespace briefcast {
namespace {

// A usage mistake: printed with a hint to --help, exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ParsedArgs {
  std::map<std::string, std::string> options;  // "--site" -> "public"; flags -> ""
  std::vector<std::string> positional;
  bool Has(const std::string& name) const { return options.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback = "") const {
    auto it = options.find(name);
    return it == options.end() ? fallback : it->second;
  }
};

const std::set<std::string> kPathOptions = {"--site", "--config", "--lexicon", "-o"};

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
        throw UsageError(arg + " needs a path, not an empty string");
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

int IntOption(const ParsedArgs& parsed, const std::string& name, int low, int high, int fallback) {
  if (!parsed.Has(name)) return fallback;
  const std::string text = parsed.Get(name);
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < low || value > high) {
    throw UsageError(name + " takes a whole number from " + std::to_string(low) + " to " +
                     std::to_string(high) + ", not '" + text + "'");
  }
  return value;
}

const std::set<std::string> kSoundOptions = {"--config", "--base-url", "--lexicon", "--rate",
                                             "--pitch",  "--volume",   "--variant", "--bitrate"};

// The config file (if any) with the command-line settings on top.
Config ConfigFrom(const ParsedArgs& parsed) {
  Config config = parsed.Has("--config") ? LoadConfig(parsed.Get("--config")) : Config{};
  if (parsed.Has("--base-url")) {
    const std::string problem = BaseUrlProblem(parsed.Get("--base-url"));
    if (!problem.empty()) throw UsageError("--base-url " + problem);
    config.channel.base_url = WithFinalSlash(parsed.Get("--base-url"));
    config.channel.set_keys.insert("base_url");
  }
  if (parsed.Has("--lexicon")) config.lexicon = parsed.Get("--lexicon");
  config.voice.rate_wpm = IntOption(parsed, "--rate", 80, 450, config.voice.rate_wpm);
  config.voice.pitch = IntOption(parsed, "--pitch", 0, 100, config.voice.pitch);
  config.voice.volume = IntOption(parsed, "--volume", 0, 200, config.voice.volume);
  config.voice.variant = parsed.Get("--variant", config.voice.variant);
  config.mp3.bitrate_kbps = IntOption(parsed, "--bitrate", 32, 320, config.mp3.bitrate_kbps);
  return config;
}

std::string ReadLexicon(const std::string& path) {
  return ReadInputFile(path, kMaxLexiconFileBytes, "lexicon");
}

int RunPinyin(const ParsedArgs& parsed, std::istream& in, std::ostream& out) {
  std::unique_ptr<PinyinConverter> user;
  if (parsed.Has("--lexicon")) {
    user = PinyinConverter::WithUserLexicon(ReadLexicon(parsed.Get("--lexicon")),
                                            parsed.Get("--lexicon"));
  }
  const PinyinConverter& converter = user ? *user : PinyinConverter::Builtin();
  ForEachInputLine(in, "stdin", [&](const std::string& line) {
    out << FormatPinyinLine(ToSpokenTokens(line, converter)) << '\n';
  });
  return kExitOk;
}

int RunNormalize(std::istream& in, std::ostream& out) {
  ForEachInputLine(in, "stdin",
                   [&](const std::string& line) { out << NormalizeText(line) << '\n'; });
  return kExitOk;
}

int RunPublish(const ParsedArgs& parsed, std::ostream& out, std::ostream& err) {
  PublishRequest request;
  request.site = parsed.Get("--site", "public");
  request.config = ConfigFrom(parsed);
  if (parsed.positional.empty() && request.config.sources.empty()) {
    throw UsageError("publish needs at least one ARTICLE (a file, directory, list or URL)");
  }
  request.keep_wav = parsed.Has("--keep-wav");
  request.briefing = parsed.Has("--briefing");
  request.headlines = parsed.Has("--headlines");
  request.briefing_title = parsed.Get("--title");
  if (parsed.Has("--title") && !TitleProblem(request.briefing_title).empty()) {
    throw UsageError("--title " + TitleProblem(request.briefing_title));
  }
  for (const char* option : {"--title", "--date"}) {
    if (parsed.Has(option) && !request.briefing && !request.headlines) {
      throw UsageError(std::string(option) + " goes with --briefing or --headlines");
    }
  }
  request.briefing_date = parsed.Get("--date");
  if (parsed.Has("--date") && !IsIsoDate(request.briefing_date)) {
    throw UsageError("--date takes a date YYYY-MM-DD, not '" + request.briefing_date + "'");
  }
  if (parsed.Has("--sort")) {
    if (parsed.Get("--sort") != "date") throw UsageError("--sort takes 'date'");
    request.sort_by_date = true;
  }
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  request.jobs = IntOption(parsed, "--jobs", 1, 64, cores);
  const auto& sources = parsed.positional.empty() ? request.config.sources : parsed.positional;
  request.articles.assign(sources.begin(), sources.end());
  request.messages = &err;
  const StopOnSignals stop_on_signals;  // workers stopped, temporaries removed, exit 128 + signal
  SiteLock lock(request.site, !parsed.Has("--no-wait"), err);
  const PublishReport report = Publish(request);
  for (const std::string& id : report.published) err << "published " << id << '\n';
  for (const std::string& id : report.unchanged) err << "unchanged " << id << '\n';
  for (const std::string& file : report.restored) err << "restored " << file << '\n';
  const int kept = request.config.channel.max_episodes;
  for (const std::string& id : report.skipped) {
    err << "skipped " << id << ": older than the newest " << kept
        << " episodes (max_episodes), not made\n";
  }
  for (const std::string& id : report.removed) {
    err << "removed " << id << ": older than the newest " << kept << " episodes (max_episodes)\n";
  }
  for (const std::string& problem : report.source_problems) {
    err << "briefcast: failed: " << problem << '\n';
  }
  out << SiteLayout(request.site).feed().string() << '\n';
  return report.source_problems.empty() ? kExitOk : kExitSourcesFailed;
}

int RunSpeak(const ParsedArgs& parsed, std::istream& in, std::ostream& err) {
  if (parsed.positional.size() > 1) throw UsageError("speak takes one TEXT, FILE or -");
  const std::string source = parsed.positional.empty() ? "-" : parsed.positional[0];
  std::string text;
  if (source == "-") {
    text = ReadInputStream(in, kMaxArticleFileBytes, "stdin", "article");
  } else if (std::filesystem::exists(source)) {
    text = ReadInputFile(source, kMaxArticleFileBytes, "article");
  } else {
    text = source;
  }
  const std::filesystem::path output = parsed.Get("-o", "speech.mp3");
  SpeakToFile(text, source == "-" ? "stdin" : source, output, ConfigFrom(parsed));
  err << "wrote " << output.string() << '\n';
  return kExitOk;
}

int RunCheck(const ParsedArgs& parsed, std::ostream& out) {
  const SiteLayout site(parsed.Get("--site", "public"));
  if (parsed.Has("--repair")) {
    SiteLock lock(site.root(), !parsed.Has("--no-wait"), out);
    RepairSite(site, ConfigFrom(parsed).channel, std::chrono::system_clock::now(), out);
  }
  const SiteCheckReport report = InspectSite(site);
  for (const std::string& problem : report.problems) out << problem << '\n';
  out << CheckSummary(report) << '\n';
  return report.problems.empty() ? kExitOk : kExitBadInput;
}

int Dispatch(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
             std::ostream& err) {
  if (args.empty()) throw UsageError("no command given");
  const std::string& command = args[0];
  for (const std::string& arg : args) {
    if (arg == "--help" || arg == "-h") {
      out << kUsage;
      return kExitOk;
    }
    if (arg == "--version") {
      out << "briefcast " << BRIEFCAST_VERSION << '\n';
      return kExitOk;
    }
  }
  std::set<std::string> with_site = {"--site"};
  if (command == "pinyin") return RunPinyin(Parse(args, {"--lexicon"}, {}), in, out);
  if (command == "normalize") return RunNormalize((Parse(args, {}, {}), in), out);
  if (command == "check") {
    return RunCheck(Parse(args, {"--site", "--config", "--base-url"}, {"--repair", "--no-wait"}),
                    out);
  }
  if (command == "publish") {
    std::set<std::string> valued = kSoundOptions;
    valued.insert({"--site", "--jobs", "--title", "--date", "--sort"});
    return RunPublish(Parse(args, valued, {"--keep-wav", "--no-wait", "--briefing", "--headlines"}),
                      out, err);
  }
  if (command == "speak") {
    std::set<std::string> valued = kSoundOptions;
    valued.insert("-o");
    return RunSpeak(Parse(args, valued, {}), in, err);
  }
  throw UsageError("unknown command '" + command + "'");
}

}  // namespace

int RunCommandLine(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                   std::ostream& err) {
  try {
    return Dispatch(args, in, out, err);
  } catch (const UsageError& e) {
    err << "briefcast: " << e.what() << "\nTry 'briefcast --help'.\n";
    return kExitUsage;
  } catch (const Error& e) {
    if (const int signal = StopSignal()) {  // Stopped, or a failure the stop caused
      err << "briefcast: " << Stopped(signal).what() << '\n';
      return 128 + signal;
    }
    err << "briefcast: " << e.what() << '\n';
    return kExitBadInput;
  } catch (const std::exception& e) {
    err << "briefcast: internal error: " << e.what()
        << "\nPlease report this with the input that caused it.\n";
    return kExitInternal;
  }
}

}  // namespace briefcast
