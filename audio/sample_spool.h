#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <vector>

namespace briefcast {

// A stream of float samples kept in an anonymous temporary file instead of memory, to be
// read back as often as needed: audio made once and processed in several passes, in memory
// that does not grow with its length. The file has no name (it disappears with the spool,
// even after a crash) and costs 4 bytes of disk per sample; the operating system's page
// cache keeps it in RAM when there is room, outside the process's own memory.
class SampleSpool {
 public:
  // Creates the file in `directory` (the system's temporary directory, $TMPDIR, by
  // default). Throws Error when it cannot.
  explicit SampleSpool(const std::filesystem::path& directory = {});
  ~SampleSpool();
  SampleSpool(const SampleSpool&) = delete;
  SampleSpool& operator=(const SampleSpool&) = delete;

  // Throws Error when the disk is full.
  void Append(std::span<const float> samples);
  std::int64_t size() const { return size_ + static_cast<std::int64_t>(pending_.size()); }

  // Hands everything appended so far to `sink` in order, in chunks of at most
  // `chunk_samples`. Throws Error when the file cannot be read.
  void Replay(const std::function<void(std::span<const float>)>& sink,
              std::size_t chunk_samples = 16384);

  // Writes out what Append() holds back, so that ReplayRange() sees everything.
  void Flush();
  // Hands samples [begin, end) (clamped to what was flushed) to `sink` in order, in chunks
  // of at most `chunk_samples`. Several threads may call it at once, with no Append() or
  // Flush() meanwhile. Throws Error when the file cannot be read.
  void ReplayRange(std::int64_t begin, std::int64_t end,
                   const std::function<void(std::span<const float>)>& sink,
                   std::size_t chunk_samples = 16384) const;

 private:
  std::filesystem::path directory_;
  int fd_ = -1;
  std::vector<float> pending_;  // appended, not yet written
  std::int64_t size_ = 0;       // written to the file
};

}  // namespace briefcast
