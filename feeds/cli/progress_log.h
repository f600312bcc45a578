#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

#include "feeds/publish/publish_progress.h"

namespace briefcast {

// How much `publish` says on stderr: errors only (--quiet), each finished episode and a
// summary (the default), and each stage's time too (--verbose).
enum class Verbosity { kQuiet, kNormal, kVerbose };

// The publish log on stderr. Each finished episode is one line as it finishes:
//   published 2024-06-12-5g: 5G网络覆盖再扩大 偏远乡村用上千兆宽带 (1:23, 0.7 MB) http://…/x.mp3
// (--verbose appends "; synthesis 0.4 s, encoding 2.1 s, files 0.0 s"). On a terminal a live
// line shows the episode being made, updated in place with '\r':
//   [2/5] 5G网络覆盖再扩大 偏远… encoding 45%
// With kQuiet nothing is written.
class ProgressLog : public PublishProgress {
 public:
  ProgressLog(std::ostream& err, bool terminal, Verbosity verbosity)
      : err_(err), terminal_(terminal), verbosity_(verbosity) {}
  ~ProgressLog() override { ClearLiveLine(); }
  ProgressLog(const ProgressLog&) = delete;
  ProgressLog& operator=(const ProgressLog&) = delete;

  void Stage(const EpisodeProgress& progress) override;
  void Published(const PublishedEpisode& episode) override;
  // A line of the log (unless kQuiet), below the live line.
  void Line(const std::string& text);
  // Episodes reported published so far, and how many the run was making (0 before the first).
  std::size_t published() const { return published_; }
  std::size_t making() const { return making_; }

 private:
  void ClearLiveLine();

  std::ostream& err_;
  bool terminal_;
  Verbosity verbosity_;
  bool live_ = false;  // a live line is shown
  std::size_t published_ = 0;
  std::size_t making_ = 0;
};

// "1:23" for 83.4 s, "1:02:03" for 3723 s.
std::string ClockDuration(double seconds);
// "0.7 MB" for 712345 bytes.
std::string Megabytes(std::int64_t bytes);

}  // namespace briefcast
