#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <vector>

#include "audio/limited_loudness.h"
#include "audio/sample_spool.h"
#include "feeds/config.h"
#include "feeds/episode.h"
#include "feeds/publish/episode_script.h"
#include "feeds/publish/narration.h"

namespace briefcast {

// Times the script's chapters on `timeline`: a chapter starts where its first segment is
// heard (the first chapter at 0); an optional chapter starting less than
// `min_chapter_seconds` after the previous one is dropped.
std::vector<ChapterMark> TimeChapters(const EpisodeScript& script,
                                      const NarrationTimeline& timeline,
                                      double min_chapter_seconds = 30.0);

// An episode's sound, made in flat memory however long it is (docs/performance.md). The
// constructor narrates the script once, in a child process, into a SampleSpool (a temporary
// file) while it times the segments and summarizes the audio for a LimitedLoudnessModel,
// then chooses the gain that brings the limited audio to the loudness aim. Render() reads
// the spool back through the resampler, the gain and the true-peak limiter into the
// encoder: nothing is synthesized twice and no whole-episode buffer exists.
class EpisodeRenderer {
 public:
  // Throws Error when synthesis fails or the temporary file cannot be written.
  EpisodeRenderer(const EpisodeScript& script, EspeakSession& speaker,
                  const PinyinConverter& converter, const Config& config);

  // One per spoken segment, original text, in seconds of the rendered audio.
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<ChapterMark>& chapters() const { return chapters_; }
  // Of the rendered audio at config.sample_rate_hz: exactly what Render() writes.
  std::int64_t sample_count() const { return output_samples_; }
  double duration_seconds() const;
  double gain_db() const { return gain_db_; }

  // Resamples the narration to config.sample_rate_hz, applies the gain and the true-peak
  // limiter, and writes one MP3 stream (config.mp3) to `mp3` unless it is null (the stream
  // must be seekable), and a 16-bit WAV to `wav` unless it is empty. Encoding runs on a
  // second thread, overlapped with limiting; the bytes do not depend on it. Throws Error.
  void Render(std::ostream* mp3, const std::filesystem::path& wav = {});

  // Render() into the file `mp3_path`, then checks the true peak of the decoded MP3: MP3
  // encoding raises peaks by 0.3-1.4 dB on eSpeak speech (measured), more than the
  // limiter's margin on some articles. When the file is over config.loudness.true_peak_dbtp
  // it is rendered again, once, with the limiter's ceiling lowered by the excess and the
  // loudness aimed 0.6 LU lower (inside the +-1 LU window); the result is kept either way.
  void RenderMp3File(const std::filesystem::path& mp3_path, const std::filesystem::path& wav = {});
  // The decoded true peak of the last RenderMp3File() in dBTP.
  double mp3_true_peak_dbtp() const { return mp3_true_peak_dbtp_; }
  // How many times RenderMp3File() rendered (1, or 2 after a true-peak overshoot).
  int renderings() const { return renderings_; }

 private:
  PeakLimiterSettings Limiter() const;
  void ChooseGain();

  const Config& config_;
  int narration_rate_hz_;
  SampleSpool narration_;  // eSpeak's samples with the pauses, at narration_rate_hz_
  LimitedLoudnessModel loudness_;
  std::vector<Cue> cues_;
  std::vector<ChapterMark> chapters_;
  std::int64_t output_samples_ = 0;
  double gain_db_ = 0;
  double extra_peak_margin_db_ = 0;  // lowers the limiter's ceiling after an MP3 overshoot
  double loudness_relief_lu_ = 0;    // and the aim, so that less gain goes in
  double mp3_true_peak_dbtp_ = 0;
  int renderings_ = 0;
};

}  // namespace briefcast
