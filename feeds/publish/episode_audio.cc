#include "feeds/publish/episode_audio.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>
#include <utility>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/loudness.h"
#include "audio/mp3_parts.h"
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
// A part's chain starts this long before the part: the limiter's release (80 ms) and the
// resampler's filter have long forgotten the start by then (e^-12 of the release).
constexpr double kWarmUpSeconds = 1.0;
// Narration samples read past a part's end: more than the limiter's look-ahead and the
// resampler's filter reach, so that the last samples see what follows them.
constexpr std::int64_t kLookAheadInput = 4096;

// The silences between the timeline's speech, in samples at `rate` (of `total`).
std::vector<SampleRange> Pauses(const NarrationTimeline& timing, int rate, std::int64_t total) {
  const auto at_rate = [&](std::int64_t sample, bool up) {
    const std::int64_t scaled = sample * rate;
    return scaled / timing.sample_rate_hz + (up && scaled % timing.sample_rate_hz != 0 ? 1 : 0);
  };
  std::vector<SampleRange> pauses;
  std::int64_t silent_from = 0;
  for (const TimedSegment& timed : timing.segments) {
    if (timed.sample_count == 0) continue;
    pauses.push_back({silent_from, at_rate(timed.start_sample, false)});
    silent_from = at_rate(timed.start_sample + timed.sample_count, true);
  }
  pauses.push_back({silent_from, total});
  return pauses;
}

}  // namespace

Cue TimeCue(const NarrationTimeline& timeline, const TimedSegment& timed) {
  Cue cue{timeline.StartSeconds(timed),
          timeline.EndSeconds(timed),
          timed.segment.text,
          {},
          timed.segment.paragraph};
  const std::string& text = timed.segment.text;
  const auto seconds = [&](std::int64_t sample) {
    return static_cast<double>(sample) / timeline.sample_rate_hz;
  };
  for (std::size_t i = 0; i < timed.words.size(); ++i) {
    const SpokenWord& word = timed.words[i];
    if (word.source_end > text.size() || word.source_begin >= word.source_end) continue;
    const double start = std::clamp(seconds(word.start_sample), cue.start_seconds, cue.end_seconds);
    const double end =
        i + 1 < timed.words.size()
            ? std::clamp(seconds(timed.words[i + 1].start_sample), start, cue.end_seconds)
            : cue.end_seconds;
    cue.words.push_back(
        {start, end, text.substr(word.source_begin, word.source_end - word.source_begin)});
  }
  return cue;
}

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

namespace {

// Tells `narrated` the fraction of the script's text in the segments done, once a percent.
SegmentsDone NarrationPercent(const EpisodeScript& script,
                              const std::function<void(double)>& narrated) {
  auto text_done = std::make_shared<std::vector<std::size_t>>(1, 0);  // bytes before segment k
  for (const Segment& segment : script.segments) {
    text_done->push_back(text_done->back() + segment.text.size());
  }
  auto told = std::make_shared<int>(-1);
  return [text_done, told, &narrated](std::size_t done) {
    const std::size_t total = std::max<std::size_t>(1, text_done->back());
    const int percent =
        static_cast<int>((*text_done)[std::min(done, text_done->size() - 1)] * 100 / total);
    if (percent <= *told) return;
    *told = percent;
    narrated(percent / 100.0);
  };
}

}  // namespace

EpisodeRenderer::EpisodeRenderer(const EpisodeScript& script, EspeakSession& speaker,
                                 const PinyinConverter& converter, const Config& config,
                                 const std::function<void(double)>& narrated)
    : config_(config),
      narration_rate_hz_(speaker.sample_rate_hz()),
      loudness_(config.sample_rate_hz) {
  // What the listener will hear is measured at the output rate, as Render() makes it.
  StreamResampler resampler(narration_rate_hz_, config.sample_rate_hz);
  std::vector<float> resampled;
  const auto measure = [&] {
    loudness_.Add(resampled);
    chain_samples_ += static_cast<std::int64_t>(resampled.size());
    resampled.clear();
  };
  std::vector<TimedSegment> timeline = NarrateInChildProcess(
      script.segments, speaker, converter, config.pauses,
      [&](std::span<const float> chunk) {
        narration_.Append(chunk);
        resampler.Process(chunk, resampled);
        measure();
      },
      narrated ? NarrationPercent(script, narrated) : SegmentsDone());
  resampler.Finish(resampled);
  measure();
  narration_.Flush();
  loudness_.Finish();
  output_samples_ = LengthForMp3(chain_samples_);  // a little more silence at the end
  ChooseGain();

  const NarrationTimeline timing{narration_rate_hz_, std::move(timeline)};
  for (const TimedSegment& timed : timing.segments) {
    if (timed.sample_count == 0) continue;
    cues_.push_back(TimeCue(timing, timed));
  }
  chapters_ = TimeChapters(script, timing);
  const std::vector<SampleRange> pauses = Pauses(timing, config.sample_rate_hz, output_samples_);
  parts_ = PlanParts(pauses, output_samples_, config.sample_rate_hz);
}

double EpisodeRenderer::duration_seconds() const {
  return static_cast<double>(output_samples_) / config_.sample_rate_hz;
}

PeakLimiterSettings EpisodeRenderer::Limiter(double extra_margin_db) const {
  PeakLimiterSettings limiter = LimiterFor(config_.loudness);
  limiter.ceiling_dbtp -= extra_margin_db;
  return limiter;
}

void EpisodeRenderer::ChooseGain() {
  const double aim = config_.loudness.integrated_lufs + config_.loudness.encoder_loudness_loss_lu;
  const double volume = std::max(config_.voice.volume, 1) / 100.0;
  const double guess = aim + kTypicalGainOverAimDb - 20 * std::log10(volume);
  gain_db_ = loudness_.GainFor(aim, guess, Limiter(0));
}

void EpisodeRenderer::RenderRange(SampleRange range, double extra_margin_db,
                                  const std::function<void(std::span<const float>)>& sink) const {
  // Output samples come in blocks of `out_step`, each from `in_step` narration samples;
  // the chain starts on a block boundary kWarmUpSeconds early (or at the start).
  const int common = std::gcd(narration_rate_hz_, config_.sample_rate_hz);
  const std::int64_t in_step = narration_rate_hz_ / common;
  const std::int64_t out_step = config_.sample_rate_hz / common;
  const auto warm_up = static_cast<std::int64_t>(kWarmUpSeconds * config_.sample_rate_hz);
  std::int64_t position = std::max<std::int64_t>(0, range.begin - warm_up) / out_step * out_step;
  const std::int64_t input_begin = position / out_step * in_step;
  const std::int64_t input_end = (range.end / out_step + 1) * in_step + kLookAheadInput;

  StreamResampler resampler(narration_rate_hz_, config_.sample_rate_hz);
  PeakLimiter limiter(config_.sample_rate_hz, Limiter(extra_margin_db));
  const float gain = static_cast<float>(std::pow(10.0, gain_db_ / 20.0));
  std::vector<float> resampled;
  std::vector<float> limited;
  const auto forward = [&](bool last) {
    ThrowIfStopped();  // encoding a long episode takes seconds
    for (float& sample : resampled) sample *= gain;
    limiter.Process(resampled, limited);
    if (last) limiter.Finish(limited);
    resampled.clear();
    const std::int64_t end = position + static_cast<std::int64_t>(limited.size());
    const std::int64_t from = std::max(position, range.begin);
    const std::int64_t to = std::min(end, range.end);
    if (from < to) {
      sink(std::span<const float>(limited).subspan(static_cast<std::size_t>(from - position),
                                                   static_cast<std::size_t>(to - from)));
    }
    position = end;
    limited.clear();
  };
  narration_.ReplayRange(
      input_begin, input_end,
      [&](std::span<const float> chunk) {
        resampler.Process(chunk, resampled);
        if (resampled.size() >= kMinChunk) forward(false);
      },
      kMinChunk);
  resampler.Finish(resampled);
  forward(true);
  if (position < range.end && position != chain_samples_) {
    throw Error("internal: the rendering ended at sample " + std::to_string(position) + " of " +
                std::to_string(range.end));
  }
  if (position < range.end) {  // the silence LengthForMp3() adds, under 576 samples
    static const std::vector<float> kSilence(kJoinSamples / 2);
    sink(std::span<const float>(kSilence).first(static_cast<std::size_t>(range.end - position)));
  }
}

void EpisodeRenderer::Render(std::ostream* mp3, const std::filesystem::path& wav) {
  std::atomic<std::int64_t> rendered = 0;
  std::mutex told;
  int told_percent = -1;
  const auto render = [&](SampleRange range, double extra_margin_db,
                          const std::function<void(std::span<const float>)>& sink) {
    if (!progress_) return RenderRange(range, extra_margin_db, sink);
    RenderRange(range, extra_margin_db, [&](std::span<const float> samples) {
      sink(samples);
      const std::int64_t done = rendered += static_cast<std::int64_t>(samples.size());
      const int percent = static_cast<int>(
          std::min<std::int64_t>(100, done * 100 / std::max<std::int64_t>(1, output_samples_)));
      const std::lock_guard lock(told);
      if (percent > told_percent) {
        told_percent = percent;
        progress_(percent / 100.0);
      }
    });
  };
  if (mp3 != nullptr) {
    const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const Mp3PartsReport report =
        EncodeMp3InParts(parts_, output_samples_, config_.sample_rate_hz, config_.mp3,
                         config_.loudness.true_peak_dbtp, threads, render, *mp3);
    extra_margins_db_ = report.extra_margins_db;
    mp3_true_peak_dbtp_ = report.true_peak_dbtp;
    rerendered_parts_ = report.rerendered_parts;
  }
  if (wav.empty()) return;
  // The WAV has every sample, the joins' too, each part with its MP3's ceiling.
  WavWriter writer(wav, config_.sample_rate_hz);
  for (std::size_t k = 0; k < parts_.size(); ++k) {
    const std::int64_t end = k + 1 < parts_.size() ? parts_[k + 1] : output_samples_;
    const double margin = k < extra_margins_db_.size() ? extra_margins_db_[k] : 0;
    render({parts_[k], end}, margin,
           [&](std::span<const float> samples) { writer.Write(samples); });
  }
  writer.Close();
}

void EpisodeRenderer::RenderMp3File(const std::filesystem::path& mp3_path,
                                    const std::filesystem::path& wav) {
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
}

}  // namespace briefcast
