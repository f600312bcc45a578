#include "feeds/publisher.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/id3_tags.h"
#include "audio/mp3_encoder.h"
#include "feeds/atomic_file.h"
#include "feeds/chapters_json.h"
#include "feeds/cover_art.h"
#include "feeds/episode_audio.h"
#include "feeds/episode_id.h"
#include "feeds/html_page.h"
#include "feeds/rss.h"
#include "feeds/sha1.h"
#include "feeds/site_layout.h"
#include "feeds/transcript.h"
#include "feeds/worker_pool.h"
#include "synth/article_reader.h"

namespace briefcast {
namespace {

std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot be read; check its permissions");
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Every record in the site, newest first. A damaged record stops the run: it is never
// silently dropped (that would remove an episode from the feed).
std::vector<EpisodeRecord> LoadRecords(const SiteLayout& site) {
  std::vector<EpisodeRecord> records;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(site.episodes_dir(), error)) {
    const std::filesystem::path& path = entry.path();
    if (IsTemporaryName(path)) {
      std::filesystem::remove(path, error);  // left by an interrupted run
      continue;
    }
    const std::string name = path.filename().string();
    if (!name.ends_with(".json") || name.ends_with(".chapters.json")) continue;
    records.push_back(EpisodeRecordFromJson(ReadWholeFile(path), path.string()));
  }
  std::sort(records.begin(), records.end(), [](const EpisodeRecord& a, const EpisodeRecord& b) {
    return a.pub_date != b.pub_date ? a.pub_date > b.pub_date : a.id < b.id;
  });
  return records;
}

// RFC 3339 publication time: the article's date and time in China Standard Time, or
// `now` when the article has no date.
std::string PublicationTime(const Article& article, std::chrono::system_clock::time_point now) {
  std::string date = article.date;
  std::string time = article.time.empty() ? "08:00" : article.time;
  if (date.empty()) {
    const std::time_t t = std::chrono::system_clock::to_time_t(now + std::chrono::hours(8));
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    date = buffer;
    std::strftime(buffer, sizeof buffer, "%H:%M", &utc);
    time = buffer;
  }
  return date + "T" + time + ":00+08:00";
}

// Hash of everything that decides the audio: the text and every sound setting.
std::string ContentHash(const Article& article, const Config& config) {
  std::ostringstream key;
  key << "v1\n" << article.title << "\n";
  for (const std::string& paragraph : article.paragraphs) key << paragraph << "\n";
  const VoiceSettings& v = config.voice;
  const PauseSettings& p = config.pauses;
  key << v.rate_wpm << ' ' << v.pitch << ' ' << v.volume << ' ' << v.variant << ' '
      << p.clause.count() << ' ' << p.sentence.count() << ' ' << p.paragraph.count() << ' '
      << p.title.count() << ' ' << p.article.count() << ' ' << p.edge.count() << ' '
      << config.loudness.integrated_lufs << ' ' << config.loudness.true_peak_dbtp << ' '
      << config.mp3.bitrate_kbps << ' ' << config.mp3.quality << ' ' << config.sample_rate_hz << ' '
      << config.lexicon.string();
  return Sha1Hex(key.str());
}

bool IsUpToDate(const SiteLayout& site, const std::vector<EpisodeRecord>& records,
                const std::string& id, const std::string& hash) {
  for (const EpisodeRecord& record : records) {
    if (record.id != id || record.content_hash != hash) continue;
    std::error_code error;
    const auto size = std::filesystem::file_size(site.episode_file(id, ".mp3"), error);
    return !error && static_cast<std::int64_t>(size) == record.audio_bytes;
  }
  return false;
}

// One article to publish and what is known of it before any audio is made.
struct Job {
  const Article* article = nullptr;
  std::string id;
  std::string hash;
};

class Publisher {
 public:
  explicit Publisher(const PublishRequest& request)
      : request_(request),
        site_(request.site),
        user_converter_(LoadUserLexicon(request.config.lexicon)) {}

  PublishReport Run() {
    std::vector<Article> articles;
    for (const std::filesystem::path& path : request_.articles) {
      articles.push_back(ReadArticleFile(path));
    }
    std::filesystem::create_directories(site_.episodes_dir());
    const std::vector<EpisodeRecord> existing = LoadRecords(site_);
    PublishReport report;
    std::vector<Job> jobs;
    for (const Article& article : articles) {
      Job job{&article, EpisodeId(article, converter()), ContentHash(article, request_.config)};
      std::erase_if(jobs, [&](const Job& j) { return j.id == job.id; });  // the last one wins
      std::erase(report.unchanged, job.id);
      if (IsUpToDate(site_, existing, job.id, job.hash)) {
        report.unchanged.push_back(job.id);
      } else {
        jobs.push_back(std::move(job));
      }
    }
    try {
      RunInWorkers(jobs.size(), request_.jobs, [&](std::size_t i) { PublishEpisode(jobs[i]); });
    } catch (const Error&) {
      RebuildSite(LoadRecords(site_));  // the episodes that did succeed are published
      throw;
    }
    for (const Job& job : jobs) report.published.push_back(job.id);
    RebuildSite(LoadRecords(site_));
    return report;
  }

 private:
  static std::unique_ptr<PinyinConverter> LoadUserLexicon(const std::filesystem::path& path) {
    if (path.empty()) return nullptr;
    return PinyinConverter::WithUserLexicon(ReadWholeFile(path), path.string());
  }

  const PinyinConverter& converter() const {
    return user_converter_ ? *user_converter_ : PinyinConverter::Builtin();
  }

  // Writes the audio, transcripts and chapters, then the record (last: a record names
  // only files that are complete). Runs in a worker process.
  void PublishEpisode(const Job& job) {
    const Article& article = *job.article;
    const Config& config = request_.config;
    EspeakSession speaker(config.voice);
    EpisodeAudio audio = RenderScript(ArticleScript(article), speaker, converter(), config);
    if (request_.keep_wav) WriteWav(site_.episode_file(job.id, ".wav"), audio.pcm);
    EpisodeRecord record;
    record.id = job.id;
    record.guid = EpisodeGuid(article);
    record.title = article.title;
    record.author = article.publisher.empty() ? config.channel.author : article.publisher;
    record.pub_date = PublicationTime(article, request_.now);
    record.source_url = article.source_url;
    record.paragraphs = article.paragraphs;
    record.duration_seconds = audio.pcm.DurationSeconds();
    record.content_hash = job.hash;
    record.cues = std::move(audio.cues);
    record.chapters = std::move(audio.chapters);

    const std::filesystem::path mp3_path = site_.episode_file(job.id, ".mp3");
    WriteFileAtomically(
        mp3_path, EncodeMp3(audio.pcm, config.mp3),
        [&](const std::filesystem::path& temporary) { WriteId3Tags(temporary, TagsFor(record)); });
    record.audio_bytes = static_cast<std::int64_t>(std::filesystem::file_size(mp3_path));
    WriteFileAtomically(site_.episode_file(job.id, ".vtt"), BuildWebVtt(record.cues));
    WriteFileAtomically(site_.episode_file(job.id, ".srt"), BuildSrt(record.cues));
    WriteFileAtomically(site_.episode_file(job.id, ".chapters.json"),
                        BuildChaptersJson(record.chapters));
    WriteFileAtomically(site_.episode_file(job.id, ".json"), EpisodeRecordToJson(record));
  }

  Id3Tags TagsFor(const EpisodeRecord& record) const {
    Id3Tags tags;
    tags.title = record.title;
    tags.artist = record.author;
    tags.album = request_.config.channel.title;
    tags.date = record.pub_date.substr(0, 10);
    tags.comment = record.paragraphs.empty() ? record.title : record.paragraphs.front();
    for (std::size_t i = 0; i < record.chapters.size(); ++i) {
      const double end = i + 1 < record.chapters.size() ? record.chapters[i + 1].start_seconds
                                                        : record.duration_seconds;
      tags.chapters.push_back({record.chapters[i].title, record.chapters[i].start_seconds, end});
    }
    return tags;
  }

  // Retention, then the files rebuilt from all records: cover, feed, page.
  void RebuildSite(std::vector<EpisodeRecord> records) {
    const Channel& channel = request_.config.channel;
    const auto keep = static_cast<std::size_t>(channel.max_episodes);
    if (keep > 0 && records.size() > keep) {
      for (std::size_t i = keep; i < records.size(); ++i) RemoveEpisode(records[i].id);
      records.resize(keep);
    }
    if (!channel.cover_image.empty()) {
      WriteFileAtomically(site_.cover(), ReadWholeFile(channel.cover_image));
    } else if (!std::filesystem::exists(site_.cover())) {
      WriteFileAtomically(site_.cover(), GenerateCoverPng(channel));
    }
    WriteFileAtomically(site_.feed(), BuildFeedXml(channel, records, request_.now));
    WriteFileAtomically(site_.page(), BuildIndexHtml(channel, records));
  }

  // The record goes first, so a crash leaves no record naming missing files.
  void RemoveEpisode(const std::string& id) {
    std::error_code ignored;
    for (const char* suffix : {".json", ".mp3", ".vtt", ".srt", ".chapters.json", ".wav"}) {
      std::filesystem::remove(site_.episode_file(id, suffix), ignored);
    }
  }

  const PublishRequest& request_;
  SiteLayout site_;
  std::unique_ptr<PinyinConverter> user_converter_;
};

}  // namespace

PublishReport Publish(const PublishRequest& request) { return Publisher(request).Run(); }

}  // namespace briefcast
