#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace briefcast {

// An episode being made, as Publish tells it (PublishRequest::progress).
struct EpisodeProgress {
  std::size_t number = 0;  // 1-based, in the order the episodes are started
  std::size_t count = 0;   // episodes this run makes
  std::string id;
  std::string title;
  std::string stage;    // "synthesis", "encoding", "files"
  double fraction = 0;  // of the episode's audio the stage has done, 0..1
};

// An episode whose files are all written.
struct PublishedEpisode {
  std::size_t number = 0;
  std::size_t count = 0;
  std::string id;
  std::string title;
  std::string url;  // of its MP3
  double duration_seconds = 0;
  std::int64_t audio_bytes = 0;
  std::vector<std::pair<std::string, double>> stage_seconds;  // each stage's wall time
  int mp3_parts = 0;         // the MP3 was encoded in this many parts ...
  int rerendered_parts = 0;  // ... of which these were rendered twice (an MP3 peak over)
};

// Receives what a publish run does as it does it, on the thread that called Publish, from
// whichever worker process makes the episode.
class PublishProgress {
 public:
  virtual ~PublishProgress() = default;
  virtual void Stage(const EpisodeProgress& progress) = 0;
  virtual void Published(const PublishedEpisode& episode) = 0;
};

}  // namespace briefcast
