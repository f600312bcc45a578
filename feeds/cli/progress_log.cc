#include "feeds/cli/progress_log.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "synth/utf8.h"

namespace briefcast {
namespace {

// The live line's title is cut to this many characters, so the line fits a terminal.
constexpr std::size_t kLiveTitleCharacters = 24;

std::string Shortened(const std::string& title) {
  const std::u32string characters = utf8::Decode(title);
  if (characters.size() <= kLiveTitleCharacters) return title;
  return utf8::Encode(characters.substr(0, kLiveTitleCharacters - 1)) + "\u2026";
}

}  // namespace

std::string ClockDuration(double seconds) {
  const auto total = static_cast<long long>(std::llround(std::max(0.0, seconds)));
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60,
                  total % 60);
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
  }
  return text;
}

std::string Megabytes(std::int64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return text;
}

void ProgressLog::Stage(const EpisodeProgress& progress) {
  making_ = progress.count;
  if (!terminal_ || verbosity_ == Verbosity::kQuiet) return;
  const int percent = static_cast<int>(std::lround(progress.fraction * 100));
  err_ << "\r\x1b[K[" << progress.number << '/' << progress.count << "] "
       << Shortened(progress.title) << "  " << progress.stage << ' ' << percent << '%'
       << std::flush;
  live_ = true;
}

void ProgressLog::Published(const PublishedEpisode& episode) {
  ++published_;
  making_ = episode.count;
  std::string line = "published " + episode.id + ": " + episode.title + " (" +
                     ClockDuration(episode.duration_seconds) + ", " +
                     Megabytes(episode.audio_bytes) + ") " + episode.url;
  if (verbosity_ == Verbosity::kVerbose) {
    std::string timings;
    for (const auto& [stage, seconds] : episode.stage_seconds) {
      char took[64];
      std::snprintf(took, sizeof took, "%s %s %.1f s", timings.empty() ? ";" : ",", stage.c_str(),
                    seconds);
      timings += took;
    }
    line += timings + "; MP3 in " + std::to_string(episode.mp3_parts) + " parts, " +
            std::to_string(episode.rerendered_parts) + " rendered again";
  }
  Line(line);
}

void ProgressLog::Line(const std::string& text) {
  if (verbosity_ == Verbosity::kQuiet) return;
  ClearLiveLine();
  err_ << text << '\n' << std::flush;
}

void ProgressLog::ClearLiveLine() {
  if (!live_) return;
  err_ << "\r\x1b[K" << std::flush;
  live_ = false;
}

}  // namespace briefcast
