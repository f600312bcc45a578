#include "feeds/site/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>

#include "audio/error.h"

namespace briefcast {
namespace {

constexpr std::string_view kTemporaryMarker = ".tmp-";

[[noreturn]] void FailWith(const std::filesystem::path& path, const std::string& action) {
  throw Error(path.string() + ": cannot " + action + ": " + std::strerror(errno) +
              "; free space or fix permissions, then publish again");
}

void SyncDirectory(const std::filesystem::path& dir) {
  int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

// Writes all of `content` to `fd`; false (errno set) on failure.
bool WriteAll(int fd, std::string_view content) {
  for (std::size_t written = 0; written < content.size();) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return true;
}

// Removes `temporary` and throws, keeping the errno of the failure.
[[noreturn]] void Abandon(const std::filesystem::path& temporary, const std::filesystem::path& path,
                          const std::string& action) {
  const int saved = errno;
  std::error_code ignored;
  std::filesystem::remove(temporary, ignored);
  errno = saved;
  FailWith(path, action);
}

}  // namespace

std::filesystem::path TemporaryPathFor(const std::filesystem::path& path) {
  return path.parent_path() / ("." + path.filename().string() + std::string(kTemporaryMarker) +
                               std::to_string(::getpid()));
}

bool IsTemporaryName(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  return name.starts_with(".") && name.find(kTemporaryMarker) != std::string::npos;
}

void WriteFileAtomically(const std::filesystem::path& path, std::string_view content,
                         const std::function<void(const std::filesystem::path&)>& finish) {
  std::error_code ignored;
  if (!path.parent_path().empty()) std::filesystem::create_directories(path.parent_path(), ignored);
  const std::filesystem::path temporary = TemporaryPathFor(path);
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) FailWith(path, "create a temporary file");
  const bool written = WriteAll(fd, content);
  if (::close(fd) != 0 || !written) Abandon(temporary, path, "write");
  if (finish) {
    try {
      finish(temporary);
    } catch (...) {
      std::filesystem::remove(temporary, ignored);
      throw;
    }
  }
  fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) Abandon(temporary, path, "flush");
  ::close(fd);
  if (::rename(temporary.c_str(), path.c_str()) != 0) Abandon(temporary, path, "replace");
  SyncDirectory(path.parent_path());
}

bool WriteFileIfChanged(const std::filesystem::path& path, std::string_view content) {
  if (ReadFileOfSize(path, content.size()) == content) return false;
  WriteFileAtomically(path, content);
  return true;
}

std::optional<std::string> ReadFileOfSize(const std::filesystem::path& path, std::size_t size) {
  std::error_code error;
  if (std::filesystem::file_size(path, error) != size || error) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string content(size, '\0');
  if (!in.read(content.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return content;
}

}  // namespace briefcast
