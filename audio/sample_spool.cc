#include "audio/sample_spool.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "audio/error.h"

namespace briefcast {
namespace {

constexpr std::size_t kWriteSamples = 65536;  // written in blocks of 256 KB

std::filesystem::path TemporaryDirectory() {
  std::error_code error;
  std::filesystem::path directory = std::filesystem::temp_directory_path(error);
  return error ? std::filesystem::path("/tmp") : directory;
}

// An unnamed file: O_TMPFILE where the file system has it, else a named one unlinked at once.
int OpenAnonymousFile(const std::filesystem::path& directory) {
  const int fd = ::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  std::string name = (directory / "briefcast-audio-XXXXXX").string();
  const int named = ::mkostemp(name.data(), O_CLOEXEC);
  if (named >= 0) ::unlink(name.c_str());
  return named;
}

}  // namespace

SampleSpool::SampleSpool(const std::filesystem::path& directory)
    : directory_(directory.empty() ? TemporaryDirectory() : directory) {
  fd_ = OpenAnonymousFile(directory_);
  if (fd_ < 0) {
    throw Error("cannot create a temporary audio file in " + directory_.string() + ": " +
                std::strerror(errno) + "; set TMPDIR to a writable directory");
  }
  pending_.reserve(kWriteSamples);
}

SampleSpool::~SampleSpool() { ::close(fd_); }

void SampleSpool::Append(std::span<const float> samples) {
  while (!samples.empty()) {
    const std::size_t n = std::min(samples.size(), kWriteSamples - pending_.size());
    pending_.insert(pending_.end(), samples.begin(), samples.begin() + n);
    samples = samples.subspan(n);
    if (pending_.size() == kWriteSamples) Flush();
  }
}

void SampleSpool::Flush() {
  const char* bytes = reinterpret_cast<const char*>(pending_.data());
  std::size_t left = pending_.size() * sizeof(float);
  while (left > 0) {
    const ssize_t n = ::write(fd_, bytes, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      throw Error("cannot write temporary audio in " + directory_.string() + ": " +
                  (n < 0 ? std::strerror(errno) : "nothing written") +
                  "; free some disk space there or set TMPDIR to another directory");
    }
    bytes += n;
    left -= static_cast<std::size_t>(n);
  }
  size_ += static_cast<std::int64_t>(pending_.size());
  pending_.clear();
}

void SampleSpool::Replay(const std::function<void(std::span<const float>)>& sink,
                         std::size_t chunk_samples) {
  Flush();
  ReplayRange(0, size_, sink, chunk_samples);
}

void SampleSpool::ReplayRange(std::int64_t begin, std::int64_t end,
                              const std::function<void(std::span<const float>)>& sink,
                              std::size_t chunk_samples) const {
  begin = std::clamp<std::int64_t>(begin, 0, size_);
  end = std::clamp<std::int64_t>(end, begin, size_);
  std::vector<float> chunk(std::max<std::size_t>(chunk_samples, 1));
  off_t offset = static_cast<off_t>(begin * static_cast<std::int64_t>(sizeof(float)));
  for (std::int64_t left = end - begin; left > 0;) {
    const std::size_t want = static_cast<std::size_t>(
        std::min<std::int64_t>(left, static_cast<std::int64_t>(chunk.size())));
    const ssize_t n = ::pread(fd_, chunk.data(), want * sizeof(float), offset);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0 || n % sizeof(float) != 0) {
      throw Error("cannot read back temporary audio in " + directory_.string() + ": " +
                  (n < 0 ? std::strerror(errno) : "the file is shorter than written"));
    }
    const std::size_t count = static_cast<std::size_t>(n) / sizeof(float);
    sink(std::span<const float>(chunk.data(), count));
    offset += n;
    left -= static_cast<std::int64_t>(count);
  }
}

}  // namespace briefcast
