#include "feeds/publish/episode_plan.h"

#include <ctime>
#include <fstream>
#include <sstream>

#include "feeds/formats/sha1.h"
#include "feeds/publish/episode_id.h"
#include "synth/input_file.h"

namespace briefcast {

namespace {

// The user lexicon's content decides pronunciations, so its hash is part of the audio's key.
std::string LexiconFingerprint(const std::filesystem::path& lexicon) {
  if (lexicon.empty()) return "-";
  return Sha1Hex(ReadInputFile(lexicon, kMaxLexiconFileBytes, "lexicon"));
}

}  // namespace

std::string PublicationTime(const std::string& date, const std::string& time,
                            std::chrono::system_clock::time_point now) {
  if (!date.empty()) return date + "T" + (time.empty() ? "08:00" : time) + ":00+08:00";
  const std::time_t t = std::chrono::system_clock::to_time_t(now + std::chrono::hours(8));
  std::tm china{};
  gmtime_r(&t, &china);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S+08:00", &china);
  return buffer;
}

std::string ContentHash(const EpisodeScript& script, const Config& config) {
  std::ostringstream key;
  // The version of the audio chain, of the reading and of the timing a record holds (v6: word
  // timing; v7: fades at pauses; v8: MP3 peak margin 2.6 dB; v9: SSML without <speak>): bump
  // when one changes.
  key << "v9\n";
  for (const Segment& segment : script.segments) {
    key << static_cast<int>(segment.boundary) << ' ' << segment.text << '\n';
  }
  const VoiceSettings& v = config.voice;
  const PauseSettings& p = config.pauses;
  key << v.rate_wpm << ' ' << v.pitch << ' ' << v.volume << ' ' << v.variant << ' '
      << p.clause.count() << ' ' << p.sentence.count() << ' ' << p.paragraph.count() << ' '
      << p.title.count() << ' ' << p.article.count() << ' ' << p.edge.count() << ' '
      << config.loudness.integrated_lufs << ' ' << config.loudness.true_peak_dbtp << ' '
      << config.mp3.bitrate_kbps << ' ' << config.mp3.quality << ' ' << config.sample_rate_hz << ' '
      << LexiconFingerprint(config.lexicon);
  return Sha1Hex(key.str());
}

EpisodePlan PlanArticle(const Article& article, const std::string& slug, const Config& config,
                        std::chrono::system_clock::time_point now) {
  EpisodePlan plan;
  plan.script = ArticleScript(article);
  EpisodeRecord& record = plan.record;
  plan.identity = ArticleIdentity(article);
  record.id = MakeEpisodeId(article.date, slug, plan.identity);
  record.guid = EpisodeGuid(article);
  record.title = article.title;
  record.author = article.publisher.empty() ? config.channel.author : article.publisher;
  record.pub_date = PublicationTime(article.date, article.time, now);
  record.source_url = article.source_url;
  record.paragraphs = article.paragraphs;
  record.content_hash = ContentHash(plan.script, config);
  return plan;
}

}  // namespace briefcast
