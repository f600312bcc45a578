#include "audio/mp3_parts.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <limits>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/mp3_join.h"
#include "audio/mp3_stream_encoder.h"

namespace briefcast {
namespace {

struct EncodedPart {
  std::string mp3;
  double true_peak_dbtp = 0;
  double extra_margin_db = 0;
  bool rerendered = false;
};

struct PartJob {
  SampleRange range;  // what is encoded
  bool last = false;
};

// Renders and encodes one part; once more, lower, when its decoded peak is over the limit.
EncodedPart EncodePart(const PartJob& job, int sample_rate_hz, const Mp3Settings& settings,
                       double peak_limit_dbtp, const PartRenderer& render) {
  EncodedPart part;
  for (int attempt = 0;; ++attempt) {
    std::ostringstream out(std::ios::binary);
    Mp3StreamEncoder encoder(sample_rate_hz, settings, out);
    std::int64_t count = 0;
    render(job.range, part.extra_margin_db, [&](std::span<const float> samples) {
      encoder.Encode(samples);
      count += static_cast<std::int64_t>(samples.size());
    });
    encoder.Finish();
    if (count != job.range.end - job.range.begin ||
        (!job.last && encoder.delay_samples() + encoder.padding_samples() != kJoinSamples)) {
      throw Error("internal: an MP3 part was rendered with " + std::to_string(count) +
                  " samples and a padding of " + std::to_string(encoder.padding_samples()));
    }
    part.mp3 = std::move(out).str();
    part.true_peak_dbtp = TruePeakOfMp3(part.mp3);
    const double excess_db = part.true_peak_dbtp - peak_limit_dbtp;
    if (excess_db <= 0 || attempt == 1) return part;
    part.extra_margin_db += excess_db + kPartPeakRetryDb;
    part.rerendered = true;
  }
}

// Encoded parts on their way from the encoding threads to the joining one, in order.
class PartBoard {
 public:
  PartBoard(std::size_t parts, std::size_t window) : done_(parts), window_(window) {}

  // The next part to encode, or none when all are taken or something failed. Waits while
  // `window` encoded parts wait to be joined.
  std::optional<std::size_t> Take() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock,
                  [&] { return failed_ || next_ >= done_.size() || next_ < joined_ + window_; });
    if (failed_ || next_ >= done_.size()) return std::nullopt;
    return next_++;
  }
  void Put(std::size_t k, EncodedPart part) {
    std::lock_guard lock(mutex_);
    done_[k] = std::move(part);
    changed_.notify_all();
  }
  void Fail(std::exception_ptr failure) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = failure;
    failed_ = true;
    changed_.notify_all();
  }
  // Part k once it is encoded; rethrows a thread's failure.
  EncodedPart Join(std::size_t k) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failed_ || done_[k].has_value(); });
    if (failure_) std::rethrow_exception(failure_);
    if (failed_) throw Error("internal: MP3 encoding stopped");
    EncodedPart part = std::move(*done_[k]);
    done_[k].reset();
    ++joined_;
    changed_.notify_all();
    return part;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::optional<EncodedPart>> done_;
  std::size_t window_;
  std::size_t next_ = 0;
  std::size_t joined_ = 0;
  bool failed_ = false;
  std::exception_ptr failure_;
};

}  // namespace

Mp3PartsReport EncodeMp3InParts(std::span<const std::int64_t> starts, std::int64_t total,
                                int sample_rate_hz, const Mp3Settings& settings,
                                double peak_limit_dbtp, int threads, const PartRenderer& render,
                                std::ostream& out) {
  std::vector<PartJob> jobs;
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const bool last = k + 1 == starts.size();
    jobs.push_back({{starts[k], last ? total : starts[k + 1] - kJoinSamples}, last});
  }
  threads = std::max(1, std::min(threads, static_cast<int>(jobs.size())));
  PartBoard board(jobs.size(), 2 * static_cast<std::size_t>(threads));
  std::vector<std::jthread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      try {
        while (const std::optional<std::size_t> k = board.Take()) {
          board.Put(*k, EncodePart(jobs[*k], sample_rate_hz, settings, peak_limit_dbtp, render));
        }
      } catch (...) {
        board.Fail(std::current_exception());
      }
    });
  }
  Mp3PartsReport report;
  report.true_peak_dbtp = -std::numeric_limits<double>::infinity();
  try {
    Mp3Joiner joiner(out);
    for (std::size_t k = 0; k < jobs.size(); ++k) {
      const EncodedPart part = board.Join(k);
      joiner.Append(part.mp3);
      report.true_peak_dbtp = std::max(report.true_peak_dbtp, part.true_peak_dbtp);
      report.extra_margins_db.push_back(part.extra_margin_db);
      report.rerendered_parts += part.rerendered ? 1 : 0;
    }
    joiner.Finish();
  } catch (...) {
    board.Fail(nullptr);
    throw;  // the pool's threads end and are joined on the way out
  }
  return report;
}

}  // namespace briefcast
