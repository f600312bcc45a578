#include "feeds/publish/publisher.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/mp3_encoder.h"
#include "feeds/formats/cover_art.h"
#include "feeds/formats/html_page.h"
#include "feeds/formats/rss.h"
#include "feeds/publish/briefing.h"
#include "feeds/publish/episode_collisions.h"
#include "feeds/publish/episode_id.h"
#include "feeds/publish/episode_job.h"
#include "feeds/publish/episode_plan.h"
#include "feeds/publish/job_messages.h"
#include "feeds/publish/source_articles.h"
#include "feeds/publish/worker_pool.h"
#include "feeds/site/atomic_file.h"
#include "feeds/site/episode_files.h"
#include "feeds/site/site_rebuild.h"
#include "feeds/site/site_settings.h"
#include "feeds/site_layout.h"
#include "feeds/stop_signals.h"
#include "synth/input_file.h"
#include "synth/read/source_reader.h"

namespace briefcast {
namespace {

// The side of the cover drawn into each MP3 when none is configured: what players show
// beside the title, at a fraction of the 1400 px feed artwork's bytes.
constexpr int kEmbeddedCoverPx = 600;

// Bytes of text a script speaks: how long its episode takes to make, roughly.
std::size_t ScriptLength(const EpisodeScript& script) {
  std::size_t length = 0;
  for (const Segment& segment : script.segments) length += segment.text.size();
  return length;
}

// The published record of `planned` when its audio is there and made from the same content;
// nullptr when the episode must be made.
const EpisodeRecord* UpToDateRecord(const SiteLayout& site,
                                    const std::vector<EpisodeRecord>& records,
                                    const EpisodeRecord& planned) {
  for (const EpisodeRecord& record : records) {
    if (record.id != planned.id || record.content_hash != planned.content_hash) continue;
    std::error_code error;
    const auto size = std::filesystem::file_size(site.episode_file(record.id, ".mp3"), error);
    return !error && static_cast<std::int64_t>(size) == record.audio_bytes ? &record : nullptr;
  }
  return nullptr;
}

// The jobs whose episodes retention (max_episodes) keeps once every plan is in the site; the
// ids of the others, which it would remove at once, go to `skipped` and are not made.
std::vector<const EpisodePlan*> Retained(const std::vector<const EpisodePlan*>& jobs,
                                         const std::vector<EpisodePlan>& plans,
                                         const std::vector<EpisodeRecord>& existing,
                                         int max_episodes, std::vector<std::string>* skipped) {
  if (max_episodes <= 0) return jobs;
  std::map<std::string, const EpisodeRecord*> after;  // the site's records, by id
  for (const EpisodeRecord& record : existing) after[record.id] = &record;
  for (const EpisodePlan& plan : plans) after[plan.record.id] = &plan.record;
  std::vector<const EpisodeRecord*> newest_first;
  for (const auto& [id, record] : after) newest_first.push_back(record);
  std::sort(newest_first.begin(), newest_first.end(),
            [](const EpisodeRecord* a, const EpisodeRecord* b) { return NewestFirst(*a, *b); });
  std::set<std::string> kept;
  for (std::size_t i = 0; i < newest_first.size() && i < std::size_t(max_episodes); ++i) {
    kept.insert(newest_first[i]->id);
  }
  std::vector<const EpisodePlan*> retained;
  for (const EpisodePlan* job : jobs) {
    if (kept.count(job->record.id)) {
      retained.push_back(job);
    } else {
      skipped->push_back(job->record.id);
    }
  }
  return retained;
}

class Publisher {
 public:
  explicit Publisher(const PublishRequest& request)
      : request_(request),
        site_(request.site),
        config_(request.config),
        user_converter_(LoadUserLexicon(request.config.lexicon)),
        cover_png_(request.config.channel.cover_image.empty()
                       ? ""
                       : ReadInputFile(request.config.channel.cover_image, kMaxImageFileBytes,
                                       "cover image")) {}

  PublishReport Run() {
    PublishReport report;
    std::vector<std::string> warnings;
    config_.channel =
        ResolveSiteChannel(ReadSiteSettings(site_), request_.config.channel, &warnings);
    for (const std::string& warning : warnings) {
      if (request_.messages) *request_.messages << "warning: " << warning << '\n';
    }
    const std::vector<Article> articles = ReadAllArticles(request_, report);
    if (articles.empty()) return report;  // every source failed: the site stays as it was
    PrepareSite(site_);
    const std::vector<EpisodeRecord> existing = LoadSiteRecords(site_);
    std::vector<EpisodePlan> plans = Plan(articles, existing);
    AddCompanionEdition(articles, existing, &plans);
    DistinguishEpisodes(&plans, existing);
    std::vector<const EpisodePlan*> jobs = ChangedOnly(plans, existing, &report);
    jobs = Retained(jobs, plans, existing, config_.channel.max_episodes, &report.skipped);
    // Longest first: with each worker taking the next job when it is free, the batch then
    // ends soonest.
    std::vector<const EpisodePlan*> longest_first = jobs;
    std::stable_sort(longest_first.begin(), longest_first.end(),
                     [](const EpisodePlan* a, const EpisodePlan* b) {
                       return ScriptLength(a->script) > ScriptLength(b->script);
                     });
    try {
      MakeEpisodes(longest_first);
    } catch (const Error&) {                // a failed job, or Stopped
      RemoveTemporaries(site_);             // what a worker that died or was stopped left
      RebuildSite(LoadSiteRecords(site_));  // the episodes that did succeed are published
      throw;
    }
    for (const EpisodePlan* job : jobs) report.published.push_back(job->record.id);
    report.removed = RebuildSite(LoadSiteRecords(site_));
    return report;
  }

 private:
  static std::unique_ptr<PinyinConverter> LoadUserLexicon(const std::filesystem::path& path) {
    if (path.empty()) return nullptr;
    return PinyinConverter::WithUserLexicon(ReadInputFile(path, kMaxLexiconFileBytes, "lexicon"),
                                            path.string());
  }

  // The plans whose audio must be made; the others are reported unchanged, and their
  // transcripts and chapters healed: that is cheap, they come from the record, not the audio.
  std::vector<const EpisodePlan*> ChangedOnly(const std::vector<EpisodePlan>& plans,
                                              const std::vector<EpisodeRecord>& existing,
                                              PublishReport* report) const {
    std::vector<const EpisodePlan*> jobs;
    for (const EpisodePlan& plan : plans) {
      const EpisodeRecord* published = UpToDateRecord(site_, existing, plan.record);
      if (published == nullptr) {
        jobs.push_back(&plan);
        continue;
      }
      report->unchanged.push_back(plan.record.id);
      for (std::string& file : RestoreDerivedFiles(site_, *published)) {
        report->restored.push_back(std::move(file));
      }
    }
    return jobs;
  }

  // Makes each job's episode in the worker processes, telling request_.progress as they go.
  void MakeEpisodes(const std::vector<const EpisodePlan*>& jobs) {
    if (jobs.empty()) return;
    if (cover_png_.empty()) cover_png_ = GenerateCoverPng(config_.channel, kEmbeddedCoverPx);
    const EpisodeJobSettings settings{site_, config_, converter(), request_.keep_wav, cover_png_};
    PublishProgress* progress = request_.progress;
    const auto run = [&](std::size_t job, const WorkerMessage& tell) {
      StageReport report;
      if (progress) {
        report = [&](const std::string& stage, double fraction) {
          tell(StageMessage(job, stage, fraction));
        };
      }
      const MadeEpisode made = MakeEpisode(*jobs[job], settings, report);
      if (progress) tell(MadeMessage(job, made));
    };
    RunInWorkers(jobs.size(), request_.jobs, run, [&](const std::string& message) {
      TellProgress(message, jobs, config_.channel.base_url, *progress);
    });
  }

  const PinyinConverter& converter() const {
    return user_converter_ ? *user_converter_ : PinyinConverter::Builtin();
  }

  // One plan per article (DistinguishEpisodes then gives each its id; the slug is the one its
  // title and date were published with, else the converter's reading), or the briefing and/or
  // headlines episodes.
  std::vector<EpisodePlan> Plan(const std::vector<Article>& articles,
                                const std::vector<EpisodeRecord>& existing) const {
    std::vector<EpisodePlan> plans;
    const Config& config = config_;
    if (request_.briefing || request_.headlines) {
      for (const bool headlines : {false, true}) {
        if (headlines ? request_.headlines : request_.briefing) {
          plans.push_back(PlanBriefing(articles, Edition(headlines), config, request_.now));
        }
      }
      return plans;
    }
    for (const Article& article : articles) {
      std::string slug = PublishedSlug(article.title, article.date, existing);
      if (slug.empty()) slug = TitleSlug(article.title, converter());
      plans.push_back(PlanArticle(article, slug, config, request_.now));
    }
    return plans;
  }

  BriefingOptions Edition(bool headlines) const {
    return {request_.briefing_title, request_.briefing_date, headlines};
  }

  // A day's briefing and headlines tell the same stories: when only one edition is asked
  // for and the site has the other one of the same day and title, both are updated.
  void AddCompanionEdition(const std::vector<Article>& articles,
                           const std::vector<EpisodeRecord>& existing,
                           std::vector<EpisodePlan>* plans) const {
    if (request_.briefing == request_.headlines) return;
    EpisodePlan other = PlanBriefing(articles, Edition(request_.briefing), config_, request_.now);
    for (const EpisodeRecord& record : existing) {
      if (record.id == other.record.id) return plans->push_back(std::move(other));
    }
  }

  // Retention, then the files rebuilt from all records: cover, feed, page. Returns the ids
  // retention removed.
  std::vector<std::string> RebuildSite(std::vector<EpisodeRecord> records) {
    return RebuildSiteFiles(site_, config_.channel, std::move(records), request_.now);
  }

  const PublishRequest& request_;
  SiteLayout site_;
  Config config_;  // the request's, with the channel the site's identity resolves to
  std::unique_ptr<PinyinConverter> user_converter_;
  std::string cover_png_;  // embedded as APIC: the configured cover, or one drawn for the channel
};

}  // namespace

PublishReport Publish(const PublishRequest& request) { return Publisher(request).Run(); }

}  // namespace briefcast
