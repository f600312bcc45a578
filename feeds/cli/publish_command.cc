#include "feeds/cli/publish_command.h"

#include <algorithm>
#include <thread>

#include "audio/error.h"
#include "feeds/channel_rules.h"
#include "feeds/cli/command_line.h"
#include "feeds/cli/progress_log.h"
#include "feeds/formats/rfc_dates.h"
#include "feeds/publish/publisher.h"
#include "feeds/site/site_lock.h"
#include "feeds/site_layout.h"
#include "feeds/stop_signals.h"

namespace briefcast {
namespace {

Verbosity VerbosityOf(const ParsedArgs& parsed) {
  if (parsed.Has("--quiet") && parsed.Has("--verbose")) {
    throw UsageError("--quiet and --verbose go one at a time");
  }
  if (parsed.Has("--quiet")) return Verbosity::kQuiet;
  return parsed.Has("--verbose") ? Verbosity::kVerbose : Verbosity::kNormal;
}

// The request's articles and editions; throws UsageError.
PublishRequest RequestFrom(const ParsedArgs& parsed) {
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
    throw BadValue("--title", "a title that is not empty or only spaces", request.briefing_title);
  }
  for (const char* option : {"--title", "--date"}) {
    if (parsed.Has(option) && !request.briefing && !request.headlines) {
      throw UsageError(std::string(option) + " goes with --briefing or --headlines");
    }
  }
  request.briefing_date = parsed.Get("--date");
  if (parsed.Has("--date") && !IsIsoDate(request.briefing_date)) {
    throw BadValue("--date", "a date YYYY-MM-DD", request.briefing_date);
  }
  if (parsed.Has("--sort")) {
    if (parsed.Get("--sort") != "date") throw BadValue("--sort", "'date'", parsed.Get("--sort"));
    request.sort_by_date = true;
  }
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  request.jobs = IntOption(parsed, "--jobs", 1, 64, cores);
  const auto& sources = parsed.positional.empty() ? request.config.sources : parsed.positional;
  request.articles.assign(sources.begin(), sources.end());
  return request;
}

// What the run did besides the episodes it made, then the summary line.
void LogReport(const PublishReport& report, int max_episodes, ProgressLog& log) {
  for (const std::string& id : report.unchanged) log.Line("unchanged " + id);
  for (const std::string& file : report.restored) log.Line("restored " + file);
  const std::string kept = std::to_string(max_episodes);
  for (const std::string& id : report.skipped) {
    log.Line("skipped " + id + ": older than the newest " + kept +
             " episodes (max_episodes), not made");
  }
  for (const std::string& id : report.removed) {
    log.Line("removed " + id + ": older than the newest " + kept + " episodes (max_episodes)");
  }
  log.Line("done: " + std::to_string(report.published.size()) + " published, " +
           std::to_string(report.unchanged.size()) + " unchanged, " +
           std::to_string(report.removed.size()) + " removed, " +
           std::to_string(report.source_problems.size()) + " failed");
}

}  // namespace

int RunPublish(const ParsedArgs& parsed, std::ostream& out, std::ostream& err,
               bool err_is_terminal) {
  const Verbosity verbosity = VerbosityOf(parsed);
  PublishRequest request = RequestFrom(parsed);
  std::ostream silent(nullptr);  // --quiet: what is not an error goes nowhere
  std::ostream& messages = verbosity == Verbosity::kQuiet ? silent : err;
  ProgressLog log(err, err_is_terminal, verbosity);
  request.messages = &messages;
  request.progress = &log;
  const StopOnSignals stop_on_signals;  // workers stopped, temporaries removed, exit 128 + signal
  SiteLock lock(request.site, !parsed.Has("--no-wait"), messages);
  PublishReport report;
  try {
    report = Publish(request);
  } catch (const Error&) {
    // The episodes that were made are published; the error (printed next) names the others.
    if (!StopSignal() && log.making() > 0) {
      log.Line("done: " + std::to_string(log.published()) + " published, " +
               std::to_string(log.making() - log.published()) + " failed");
    }
    throw;
  }
  LogReport(report, request.config.channel.max_episodes, log);
  for (const std::string& problem : report.source_problems) {
    err << "briefcast: failed: " << problem << '\n';
  }
  if (verbosity != Verbosity::kQuiet) out << SiteLayout(request.site).feed().string() << '\n';
  return report.source_problems.empty() ? kExitOk : kExitSourcesFailed;
}

}  // namespace briefcast
