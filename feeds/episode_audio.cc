#include "feeds/episode_audio.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <deque>
#include <fstream>
#include <optional>
#include <thread>

#include "audio/audio_file.h"
#include "audio/chunk_queue.h"
#include "audio/error.h"
#include "audio/loudness.h"
#include "audio/loudness_meter.h"
#include "audio/mp3_stream_encoder.h"
#include "audio/peak_limiter.h"
#include "audio/stream_resampler.h"

namespace briefcast {
namespace {

// Measured: eSpeak's cmn-latn-pinyin voice at volume 100 needs about +13 dB before the
// limiter to come out at -15.6 LUFS after it (its speech is about -22.5 LUFS with peaks
// near full scale, so most of the gain is taken back by limiting). The first measuring pass
// tries gains around that; one pass usually brackets the aim.
constexpr double kTypicalGainOverAimDb = 28.7;
constexpr double kBracketStepDb = 2.0;  // between the gains one measuring pass tries
constexpr int kBracketGains = 3;
constexpr double kExtrapolateLu = 0.3;  // an aim this close outside the bracket is extrapolated
constexpr int kMaxMeasuringPasses = 4;
constexpr std::size_t kMinChunk = 16384;  // samples handed on per step (fewer calls)
constexpr std::size_t kQueueChunks = 16;  // bounds the memory between the two threads
constexpr int kMaxPeakRetries = 1;
constexpr double kPeakRetryReliefLu = 0.6;
constexpr double kPeakRetryStepDb = 0.4;  // below the excess, against a second overshoot

struct ConsumerGaveUp {};

// Every pass must say the same thing at the same time: the timeline, cues and chapters
// come from the first.
void CheckSameTimeline(const std::vector<TimedSegment>& first,
                       const std::vector<TimedSegment>& again) {
  for (std::size_t i = 0; i < first.size() && i < again.size(); ++i) {
    if (first[i].start_sample == again[i].start_sample &&
        first[i].sample_count == again[i].sample_count) {
      continue;
    }
    throw Error("eSpeak NG spoke segment " + std::to_string(i + 1) + " (\"" +
                first[i].segment.text.substr(0, 60) + "\") differently on another pass (" +
                std::to_string(again[i].sample_count) + " samples, before " +
                std::to_string(first[i].sample_count) +
                "): rendering in passes needs repeatable synthesis. Use the eSpeak NG "
                "package of the distribution and do not change its data while publishing.");
  }
}

}  // namespace

std::vector<ChapterMark> TimeChapters(const EpisodeScript& script, const Narration& narration,
                                      double min_chapter_seconds) {
  std::vector<ChapterMark> chapters;
  for (const ScriptChapter& chapter : script.chapters) {
    const double start =
        chapters.empty() ? 0.0 : narration.StartSeconds(narration.timeline[chapter.first_segment]);
    if (chapter.optional && !chapters.empty() &&
        start - chapters.back().start_seconds < min_chapter_seconds) {
      continue;
    }
    chapters.push_back({start, chapter.title, chapter.url});
  }
  return chapters;
}

EpisodeRenderer::EpisodeRenderer(const EpisodeScript& script, EspeakSession& speaker,
                                 const PinyinConverter& converter, const Config& config)
    : script_(script), speaker_(speaker), converter_(converter), config_(config) {
  const double volume = std::max(config.voice.volume, 1) / 100.0;
  FindGain(AimLufs() + kTypicalGainOverAimDb - 20 * std::log10(volume));
  const Narration timing{Pcm{speaker.sample_rate_hz(), {}}, timeline_};
  for (const TimedSegment& timed : timeline_) {
    if (timed.sample_count == 0) continue;
    cues_.push_back({timing.StartSeconds(timed), timing.EndSeconds(timed), timed.segment.text});
  }
  chapters_ = TimeChapters(script, timing);
}

double EpisodeRenderer::duration_seconds() const {
  return static_cast<double>(output_samples_) / config_.sample_rate_hz;
}

double EpisodeRenderer::AimLufs() const {
  return config_.loudness.integrated_lufs + config_.loudness.encoder_loudness_loss_lu -
         loudness_relief_lu_;
}

// Measuring passes until a bracket of gains holds the aim; the gain is then interpolated
// between the two loudnesses around it (the curve is smooth: within about 0.05 LU).
void EpisodeRenderer::FindGain(double center_db) {
  const double aim = AimLufs();
  for (int pass = 0; pass < kMaxMeasuringPasses; ++pass) {
    std::vector<double> gains;
    for (int i = 0; i < kBracketGains; ++i) {
      gains.push_back(center_db + (i - (kBracketGains - 1) / 2.0) * kBracketStepDb);
    }
    const std::vector<double> lufs = MeasureGains(gains);
    if (!std::isfinite(lufs.back())) {  // silence, or too short to gate: leave the level
      gain_db_ = 0;
      return;
    }
    std::size_t i = 0;  // the segment [i, i + 1] of the curve nearest the aim
    while (i + 2 < gains.size() && lufs[i + 1] < aim) ++i;
    const double slope = std::max(0.2, (lufs[i + 1] - lufs[i]) / (gains[i + 1] - gains[i]));
    gain_db_ = gains[i] + (aim - lufs[i]) / slope;
    const bool inside = aim >= lufs.front() - kExtrapolateLu && aim <= lufs.back() + kExtrapolateLu;
    if (inside) return;
    center_db = gain_db_;
  }
}

std::vector<double> EpisodeRenderer::MeasureGains(const std::vector<double>& gains) {
  std::deque<LoudnessMeter> meters;  // not movable: a deque keeps them in place
  std::vector<Chain> chains;
  output_samples_ = 0;
  for (double gain_db : gains) {
    LoudnessMeter& meter = meters.emplace_back(config_.sample_rate_hz, false);
    chains.push_back({gain_db, [&meter](std::span<const float> s) { meter.Add(s); }});
  }
  chains.front().sink = [&](std::span<const float> s) {
    meters.front().Add(s);
    output_samples_ += static_cast<std::int64_t>(s.size());
  };
  RunPass(chains);
  ++measuring_passes_;
  std::vector<double> lufs;
  for (const LoudnessMeter& meter : meters) lufs.push_back(meter.IntegratedLufs());
  return lufs;
}

void EpisodeRenderer::RunPass(std::vector<Chain>& chains) {
  StreamResampler resampler(speaker_.sample_rate_hz(), config_.sample_rate_hz);
  PeakLimiterSettings limiter_settings = LimiterFor(config_.loudness);
  limiter_settings.ceiling_dbtp -= extra_peak_margin_db_;
  std::vector<PeakLimiter> limiters(chains.size(),
                                    PeakLimiter(config_.sample_rate_hz, limiter_settings));
  std::vector<float> resampled;
  std::vector<float> scaled;
  std::vector<float> limited;
  const auto forward = [&](bool last) {
    for (std::size_t k = 0; k < chains.size(); ++k) {
      const float gain = static_cast<float>(std::pow(10.0, chains[k].gain_db / 20.0));
      scaled.resize(resampled.size());
      for (std::size_t i = 0; i < resampled.size(); ++i) scaled[i] = resampled[i] * gain;
      limited.clear();
      limiters[k].Process(scaled, limited);
      if (last) limiters[k].Finish(limited);
      if (!limited.empty()) chains[k].sink(limited);
    }
    resampled.clear();
  };
  std::vector<TimedSegment> timeline = NarrateInChildProcess(
      script_.segments, speaker_, converter_, config_.pauses, [&](std::span<const float> chunk) {
        resampler.Process(chunk, resampled);
        if (resampled.size() >= kMinChunk) forward(false);
      });
  resampler.Finish(resampled);
  forward(true);
  if (timeline_.empty()) {
    timeline_ = std::move(timeline);
  } else {
    CheckSameTimeline(timeline_, timeline);
  }
}

void EpisodeRenderer::Render(std::ostream* mp3, const std::filesystem::path& wav) {
  std::optional<Mp3StreamEncoder> encoder;
  if (mp3 != nullptr) encoder.emplace(config_.sample_rate_hz, config_.mp3, *mp3);
  std::optional<WavWriter> wav_writer;
  if (!wav.empty()) wav_writer.emplace(wav, config_.sample_rate_hz);
  ChunkQueue queue(kQueueChunks);
  std::exception_ptr failure;
  std::thread consumer([&] {
    try {
      std::vector<float> chunk;
      while (queue.Pop(chunk)) {
        if (encoder) encoder->Encode(chunk);
        if (wav_writer) wav_writer->Write(chunk);
      }
    } catch (...) {
      failure = std::current_exception();
      queue.Abort();
    }
  });
  std::int64_t count = 0;
  std::vector<Chain> chain{{gain_db_, [&](std::span<const float> samples) {
                              count += static_cast<std::int64_t>(samples.size());
                              if (!queue.Push(std::vector<float>(samples.begin(), samples.end()))) {
                                throw ConsumerGaveUp{};
                              }
                            }}};
  try {
    RunPass(chain);
  } catch (...) {
    queue.Close();
    consumer.join();
    if (failure) std::rethrow_exception(failure);
    throw;
  }
  queue.Close();
  consumer.join();
  if (failure) std::rethrow_exception(failure);
  if (count != output_samples_) {
    throw Error("internal: the rendering pass made " + std::to_string(count) +
                " samples, the measuring pass " + std::to_string(output_samples_));
  }
  if (encoder) encoder->Finish();
  if (wav_writer) wav_writer->Close();
}

}  // namespace briefcast

namespace briefcast {

void EpisodeRenderer::RenderMp3File(const std::filesystem::path& mp3_path,
                                    const std::filesystem::path& wav) {
  for (int attempt = 0;; ++attempt) {
    std::ofstream out(mp3_path, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(mp3_path.string() + ": cannot be written; check the directory");
    Render(&out, wav);
    errno = 0;
    out.close();
    if (!out) {
      throw Error(mp3_path.string() +
                  ": cannot be written: " + (errno != 0 ? std::strerror(errno) : "close failed") +
                  "; check the free disk space");
    }
    mp3_true_peak_dbtp_ = MeasureAudioFile(mp3_path).true_peak_dbtp;
    const double excess_db = mp3_true_peak_dbtp_ - config_.loudness.true_peak_dbtp;
    if (excess_db <= 0 || attempt == kMaxPeakRetries) return;
    // A lower ceiling alone does not do: the gain search then adds gain back, and MP3's
    // overshoot grows with it. Aiming a little quieter (still inside the +-1 LU window)
    // lowers both.
    extra_peak_margin_db_ += excess_db + kPeakRetryStepDb;
    loudness_relief_lu_ = kPeakRetryReliefLu;
    FindGain(gain_db_);
  }
}

}  // namespace briefcast
