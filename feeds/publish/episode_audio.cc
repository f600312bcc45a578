#include "feeds/publish/episode_audio.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <optional>
#include <thread>
#include <utility>

#include "audio/audio_file.h"
#include "audio/chunk_queue.h"
#include "audio/error.h"
#include "audio/loudness.h"
#include "audio/mp3_stream_encoder.h"
#include "audio/peak_limiter.h"
#include "audio/stream_resampler.h"
#include "feeds/stop_signals.h"

namespace briefcast {
namespace {

// Measured: eSpeak's cmn-latn-pinyin voice at volume 100 needs about +13 dB before the
// limiter to come out at -15.6 LUFS after it (its speech is about -22.5 LUFS with peaks
// near full scale, so most of the gain is taken back by limiting): where the search for
// the gain starts.
constexpr double kTypicalGainOverAimDb = 28.7;
constexpr std::size_t kMinChunk = 16384;  // samples handed on per step (fewer calls)
constexpr std::size_t kQueueChunks = 16;  // bounds the memory between the two threads
constexpr int kMaxPeakRetries = 1;
constexpr double kPeakRetryReliefLu = 0.6;
constexpr double kPeakRetryStepDb = 0.4;  // below the excess, against a second overshoot

struct ConsumerGaveUp {};

}  // namespace

std::vector<ChapterMark> TimeChapters(const EpisodeScript& script,
                                      const NarrationTimeline& timeline,
                                      double min_chapter_seconds) {
  std::vector<ChapterMark> chapters;
  for (const ScriptChapter& chapter : script.chapters) {
    const double start =
        chapters.empty() ? 0.0 : timeline.StartSeconds(timeline.segments[chapter.first_segment]);
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
    : config_(config),
      narration_rate_hz_(speaker.sample_rate_hz()),
      loudness_(config.sample_rate_hz) {
  // What the listener will hear is measured at the output rate, as Render() makes it.
  StreamResampler resampler(narration_rate_hz_, config.sample_rate_hz);
  std::vector<float> resampled;
  const auto measure = [&] {
    loudness_.Add(resampled);
    output_samples_ += static_cast<std::int64_t>(resampled.size());
    resampled.clear();
  };
  std::vector<TimedSegment> timeline = NarrateInChildProcess(
      script.segments, speaker, converter, config.pauses, [&](std::span<const float> chunk) {
        narration_.Append(chunk);
        resampler.Process(chunk, resampled);
        measure();
      });
  resampler.Finish(resampled);
  measure();
  loudness_.Finish();
  ChooseGain();

  const NarrationTimeline timing{narration_rate_hz_, std::move(timeline)};
  for (const TimedSegment& timed : timing.segments) {
    if (timed.sample_count == 0) continue;
    cues_.push_back({timing.StartSeconds(timed), timing.EndSeconds(timed), timed.segment.text});
  }
  chapters_ = TimeChapters(script, timing);
}

double EpisodeRenderer::duration_seconds() const {
  return static_cast<double>(output_samples_) / config_.sample_rate_hz;
}

PeakLimiterSettings EpisodeRenderer::Limiter() const {
  PeakLimiterSettings limiter = LimiterFor(config_.loudness);
  limiter.ceiling_dbtp -= extra_peak_margin_db_;
  return limiter;
}

void EpisodeRenderer::ChooseGain() {
  const double aim = config_.loudness.integrated_lufs + config_.loudness.encoder_loudness_loss_lu -
                     loudness_relief_lu_;
  const double volume = std::max(config_.voice.volume, 1) / 100.0;
  const double guess = aim + kTypicalGainOverAimDb - 20 * std::log10(volume);
  gain_db_ = loudness_.GainFor(aim, guess, Limiter());
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
  try {
    StreamResampler resampler(narration_rate_hz_, config_.sample_rate_hz);
    PeakLimiter limiter(config_.sample_rate_hz, Limiter());
    const float gain = static_cast<float>(std::pow(10.0, gain_db_ / 20.0));
    std::vector<float> resampled;
    std::vector<float> limited;
    const auto forward = [&](bool last) {
      ThrowIfStopped();  // encoding a long episode takes seconds
      for (float& sample : resampled) sample *= gain;
      limiter.Process(resampled, limited);
      if (last) limiter.Finish(limited);
      resampled.clear();
      if (limited.empty()) return;
      count += static_cast<std::int64_t>(limited.size());
      if (!queue.Push(std::exchange(limited, {}))) throw ConsumerGaveUp{};
    };
    narration_.Replay(
        [&](std::span<const float> chunk) {
          resampler.Process(chunk, resampled);
          if (resampled.size() >= kMinChunk) forward(false);
        },
        kMinChunk);
    resampler.Finish(resampled);
    forward(true);
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
    throw Error("internal: the rendering made " + std::to_string(count) +
                " samples, the measuring " + std::to_string(output_samples_));
  }
  if (encoder) encoder->Finish();
  if (wav_writer) wav_writer->Close();
}

void EpisodeRenderer::RenderMp3File(const std::filesystem::path& mp3_path,
                                    const std::filesystem::path& wav) {
  for (int attempt = 0;; ++attempt) {
    std::ofstream out(mp3_path, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(mp3_path.string() + ": cannot be written; check the directory");
    Render(&out, wav);
    ++renderings_;
    errno = 0;
    out.close();
    if (!out) {
      throw Error(mp3_path.string() +
                  ": cannot be written: " + (errno != 0 ? std::strerror(errno) : "close failed") +
                  "; check the free disk space");
    }
    mp3_true_peak_dbtp_ = TruePeakOfAudioFile(mp3_path);
    const double excess_db = mp3_true_peak_dbtp_ - config_.loudness.true_peak_dbtp;
    if (excess_db <= 0 || attempt == kMaxPeakRetries) return;
    // A lower ceiling alone does not do: the gain search then adds gain back, and MP3's
    // overshoot grows with it. Aiming a little quieter (still inside the +-1 LU window)
    // lowers both.
    extra_peak_margin_db_ += excess_db + kPeakRetryStepDb;
    loudness_relief_lu_ = kPeakRetryReliefLu;
    ChooseGain();
  }
}

}  // namespace briefcast
