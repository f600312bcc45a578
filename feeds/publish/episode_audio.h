#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <ostream>
#include <vector>

#include "audio/limited_loudness.h"
#include "audio/part_plan.h"
#include "audio/sample_spool.h"
#include "feeds/config.h"
#include "feeds/episode.h"
#include "feeds/publish/episode_script.h"
#include "feeds/publish/narration.h"

namespace briefcast {

// The cue for a spoken segment: its time on `timeline` and its words' (each ends where the
// next starts, the last with the segment's speech), in seconds of the rendered audio.
Cue TimeCue(const NarrationTimeline& timeline, const TimedSegment& timed);

// Times the script's chapters on `timeline`: a chapter starts where its first segment is
// heard (the first chapter at 0); an optional chapter starting less than
// `min_chapter_seconds` after the previous one is dropped.
std::vector<ChapterMark> TimeChapters(const EpisodeScript& script,
                                      const NarrationTimeline& timeline,
                                      double min_chapter_seconds = 30.0);

// An episode's sound, made in flat memory however long it is (docs/performance.md). The
// constructor narrates the script once, in a child process, into a SampleSpool (a temporary
// file) while it times the segments and summarizes the audio for a LimitedLoudnessModel,
// then chooses the gain that brings the limited audio to the loudness aim and the parts the
// MP3 is encoded in. Render() reads the spool back through the resampler, the gain and the
// true-peak limiter into the encoders: nothing is synthesized twice and no whole-episode
// buffer exists.
class EpisodeRenderer {
 public:
  // Throws Error when synthesis fails or the temporary file cannot be written.
  // `narrated` is told the fraction (0..1) of the script's text narrated, about once a percent.
  EpisodeRenderer(const EpisodeScript& script, EspeakSession& speaker,
                  const PinyinConverter& converter, const Config& config,
                  const std::function<void(double fraction)>& narrated = {});

  // One per spoken segment, original text, in seconds of the rendered audio.
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<ChapterMark>& chapters() const { return chapters_; }
  // Of the rendered audio at config.sample_rate_hz: exactly what Render() writes.
  std::int64_t sample_count() const { return output_samples_; }
  double duration_seconds() const;
  double gain_db() const { return gain_db_; }

  // Resamples the narration to config.sample_rate_hz, applies the gain and the true-peak
  // limiter, and writes one MP3 stream (config.mp3) to `mp3` unless it is null (the stream
  // must be seekable), and a 16-bit WAV to `wav` unless it is empty. The MP3 is encoded in
  // parts (parts()) on every core and joined (audio/mp3_parts.h); each part is decoded and
  // rendered once more with a lower ceiling when MP3 encoding took its true peak over
  // config.loudness.true_peak_dbtp. The bytes depend only on the script and the config.
  // Throws Error.
  void Render(std::ostream* mp3, const std::filesystem::path& wav = {});
  // Told during Render() as the fraction (0..1) of the audio rendered grows, about once a
  // percent, from any of the encoding threads (one call at a time).
  void set_progress(std::function<void(double fraction)> progress) {
    progress_ = std::move(progress);
  }
  // Render() into the file `mp3_path`.
  void RenderMp3File(const std::filesystem::path& mp3_path, const std::filesystem::path& wav = {});

  // Where the MP3's parts start, in samples of the rendered audio (the first at 0).
  const std::vector<std::int64_t>& parts() const { return parts_; }
  // After Render() with an MP3: its decoded true peak in dBTP (the highest of its parts),
  // and how many parts were rendered twice.
  double mp3_true_peak_dbtp() const { return mp3_true_peak_dbtp_; }
  int rerendered_parts() const { return rerendered_parts_; }

 private:
  PeakLimiterSettings Limiter(double extra_margin_db) const;
  void ChooseGain();
  // Hands the samples `range` of the rendered audio to `sink`, the limiter's ceiling lowered
  // by extra_margin_db: the same samples the whole episode's chain would give (it starts a
  // little earlier to be in the same state), so any number of parts can be made at once.
  void RenderRange(SampleRange range, double extra_margin_db,
                   const std::function<void(std::span<const float>)>& sink) const;

  const Config& config_;
  int narration_rate_hz_;
  SampleSpool narration_;  // eSpeak's samples with the pauses, at narration_rate_hz_
  LimitedLoudnessModel loudness_;
  std::vector<Cue> cues_;
  std::vector<ChapterMark> chapters_;
  std::int64_t chain_samples_ = 0;   // what the resampler makes of the narration
  std::int64_t output_samples_ = 0;  // that and the silence LengthForMp3() adds
  double gain_db_ = 0;
  std::vector<std::int64_t> parts_;
  std::vector<double> extra_margins_db_;  // per part, from the last MP3 rendering
  double mp3_true_peak_dbtp_ = 0;
  int rerendered_parts_ = 0;
  std::function<void(double)> progress_;
};

}  // namespace briefcast
