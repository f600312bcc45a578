#include "feeds/publish/episode_job.h"

#include <chrono>
#include <filesystem>

#include "audio/id3_tags.h"
#include "feeds/publish/episode_audio.h"
#include "feeds/site/atomic_file.h"
#include "feeds/site/episode_files.h"
#include "feeds/site/site_rebuild.h"

namespace briefcast {
namespace {

Id3Tags TagsFor(const EpisodeRecord& record, const EpisodeJobSettings& settings) {
  Id3Tags tags;
  tags.title = record.title;
  tags.artist = record.author;
  tags.album = settings.config.channel.title;
  tags.date = record.pub_date.substr(0, 10);
  tags.comment = record.paragraphs.empty() ? record.title : record.paragraphs.front();
  tags.cover_png = settings.cover_png;
  for (std::size_t i = 0; i < record.chapters.size(); ++i) {
    const double end = i + 1 < record.chapters.size() ? record.chapters[i + 1].start_seconds
                                                      : record.duration_seconds;
    tags.chapters.push_back({record.chapters[i].title, record.chapters[i].start_seconds, end});
  }
  return tags;
}

// Wall time of each stage, as the job moves from one to the next.
class StageClock {
 public:
  StageClock(const StageReport& report, MadeEpisode* made) : report_(report), made_(made) {}

  void Start(const std::string& stage) {
    Stop();
    stage_ = stage;
    start_ = std::chrono::steady_clock::now();
    if (report_) report_(stage, 0);
  }
  void Stop() {
    if (stage_.empty()) return;
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start_;
    made_->stage_seconds.emplace_back(stage_, took.count());
    stage_.clear();
  }

 private:
  const StageReport& report_;
  MadeEpisode* made_;
  std::string stage_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

MadeEpisode MakeEpisode(const EpisodePlan& plan, const EpisodeJobSettings& settings,
                        const StageReport& report) {
  MadeEpisode made;
  StageClock clock(report, &made);
  clock.Start("synthesis");
  const Config& config = settings.config;
  EspeakSession speaker(config.voice);
  std::function<void(double)> narrated;
  if (report) narrated = [&](double fraction) { report("synthesis", fraction); };
  EpisodeRenderer audio(plan.script, speaker, settings.converter, config, narrated);
  EpisodeRecord record = plan.record;
  record.duration_seconds = audio.duration_seconds();
  record.cues = audio.cues();
  record.chapters = audio.chapters();

  // The MP3 is streamed into the temporary file, then tagged (docs/performance.md).
  clock.Start("encoding");
  if (report) audio.set_progress([&](double fraction) { report("encoding", fraction); });
  const SiteLayout& site = settings.site;
  const std::filesystem::path mp3_path = site.episode_file(record.id, ".mp3");
  const std::filesystem::path wav_path =
      settings.keep_wav ? site.episode_file(record.id, ".wav") : std::filesystem::path();
  WriteFileAtomically(mp3_path, {}, [&](const std::filesystem::path& temporary) {
    audio.RenderMp3File(temporary, wav_path);
    WriteId3Tags(temporary, TagsFor(record, settings));
  });
  clock.Start("files");
  record.audio_bytes = static_cast<std::int64_t>(std::filesystem::file_size(mp3_path));
  for (const auto& [suffix, content] : DerivedEpisodeFiles(record)) {
    WriteFileAtomically(site.episode_file(record.id, suffix), content);
  }
  WriteFileAtomically(PendingRecordPath(site, record.id), EpisodeRecordToJson(record));
  clock.Stop();
  made.duration_seconds = record.duration_seconds;
  made.audio_bytes = record.audio_bytes;
  made.mp3_parts = static_cast<int>(audio.parts().size());
  made.rerendered_parts = audio.rerendered_parts();
  return made;
}

}  // namespace briefcast
