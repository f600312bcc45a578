#include "feeds/cli/command_line.h"

#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "audio/error.h"
#include "feeds/cli/cli_args.h"
#include "feeds/cli/config_file.h"
#include "feeds/cli/publish_command.h"
#include "feeds/cli/speak.h"
#include "feeds/cli/usage.h"
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

int RunCheck(const ParsedArgs& parsed, std::ostream& out) {
  const SiteLayout site(parsed.Get("--site", "public"));
  if (parsed.Has("--repair")) {
    std::error_code error;
    if (!std::filesystem::is_directory(site.root(), error)) {
      throw Error(site.root().string() +
                  ": no site to repair (no such directory); check --site, or publish into it");
    }
    SiteLock lock(site.root(), !parsed.Has("--no-wait"), out);
    RepairSite(site, ConfigFrom(parsed).channel, std::chrono::system_clock::now(), out);
  }
  const SiteCheckReport report = InspectSite(site);
  for (const std::string& problem : report.problems) out << problem << '\n';
  out << CheckSummary(report) << '\n';
  return report.problems.empty() ? kExitOk : kExitBadInput;
}

int Dispatch(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
             std::ostream& err, bool err_is_terminal) {
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
    return RunPublish(
        Parse(args, valued,
              {"--keep-wav", "--no-wait", "--briefing", "--headlines", "--quiet", "--verbose"}),
        out, err, err_is_terminal);
  }
  if (command == "speak") {
    std::set<std::string> valued = kSoundOptions;
    valued.insert({"-o", "--text"});
    return RunSpeak(Parse(args, valued, {}), in, err);
  }
  throw UsageError("unknown command '" + command + "'");
}

}  // namespace

int RunCommandLine(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                   std::ostream& err, bool err_is_terminal) {
  try {
    return Dispatch(args, in, out, err, err_is_terminal);
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
