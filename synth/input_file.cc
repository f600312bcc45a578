#include "synth/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <istream>

#include "audio/error.h"

namespace briefcast {
namespace {

std::string Mebibytes(std::uintmax_t bytes) {
  return bytes >= (1 << 20) ? std::to_string(bytes >> 20) + " MiB"
                            : std::to_string(bytes) + " bytes";
}

}  // namespace

std::string_view IndefiniteArticle(std::string_view noun) {
  return !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos
             ? "an "
             : "a ";
}

namespace {

[[noreturn]] void TooLarge(std::string_view name, std::uintmax_t max_bytes, std::string_view what) {
  throw Error(std::string(name) + ": is larger than " + Mebibytes(max_bytes) + ", the limit for " +
              std::string(IndefiniteArticle(what)) + std::string(what) + " file; " +
              (what == "article" ? "split it into several articles" : "give a smaller file"));
}

// Why a file of this mode is not read, or empty for a regular file.
std::string NotRegular(mode_t mode) {
  if (S_ISREG(mode)) return "";
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "is a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "is a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device";
  return "is not a regular file";
}

[[noreturn]] void CannotOpen(const std::filesystem::path& path, int error, std::string_view what) {
  if (error == ENOENT || error == ENOTDIR) {
    throw Error(path.string() + ": does not exist; check the path of the " + std::string(what));
  }
  throw Error(path.string() + ": cannot be read: " + std::strerror(error) +
              "; check its permissions");
}

void RequireRegular(const std::filesystem::path& path, mode_t mode, std::string_view what) {
  const std::string why = NotRegular(mode);
  if (why.empty()) return;
  throw Error(path.string() + ": " + why + ", not a regular file; give the " + std::string(what) +
              " as a file");
}

}  // namespace

std::string ReadInputFile(const std::filesystem::path& path, std::uintmax_t max_bytes,
                          std::string_view what) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) CannotOpen(path, errno, what);
  RequireRegular(path, info.st_mode, what);  // before open: opening a FIFO would block
  // O_NONBLOCK: should the path become a FIFO after the stat, open does not wait for it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) CannotOpen(path, errno, what);
  std::string content;
  try {
    if (::fstat(fd, &info) != 0) CannotOpen(path, errno, what);
    RequireRegular(path, info.st_mode, what);
    if (static_cast<std::uintmax_t>(info.st_size) > max_bytes)
      TooLarge(path.string(), max_bytes, what);
    content.resize(static_cast<std::size_t>(info.st_size));
    std::size_t size = 0;
    for (;;) {  // the file may have grown or shrunk since the fstat
      if (size == content.size())
        content.resize(std::min<std::uintmax_t>(max_bytes + 1, size * 2 + 4096));
      const ssize_t n = ::read(fd, content.data() + size, content.size() - size);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) CannotOpen(path, errno, what);
      if (n == 0) break;
      size += static_cast<std::size_t>(n);
      if (size > max_bytes) TooLarge(path.string(), max_bytes, what);
    }
    content.resize(size);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return content;
}

std::string ReadInputStream(std::istream& in, std::uintmax_t max_bytes, std::string_view name,
                            std::string_view what) {
  std::string content;
  char buffer[65536];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (content.size() > max_bytes) TooLarge(name, max_bytes, what);
  }
  return content;
}

bool ReadInputLine(std::istream& in, std::string* line, std::size_t max_bytes,
                   std::string_view name, std::size_t line_number) {
  line->clear();
  std::streambuf* buffer = in.rdbuf();
  for (int c; (c = buffer->sbumpc()) != std::char_traits<char>::eof();) {
    if (c == '\n') return true;
    line->push_back(static_cast<char>(c));
    if (line->size() > max_bytes) {
      throw Error(std::string(name) + ":" + std::to_string(line_number) +
                  ": the line is longer than " + Mebibytes(max_bytes) +
                  "; give one sentence or paragraph a line");
    }
  }
  return !line->empty();
}

void ForEachInputLine(std::istream& in, std::string_view name,
                      const std::function<void(const std::string&)>& f) {
  std::string line;
  for (std::size_t number = 1; ReadInputLine(in, &line, kMaxInputLineBytes, name, number);
       ++number) {
    f(line);
  }
}

}  // namespace briefcast
