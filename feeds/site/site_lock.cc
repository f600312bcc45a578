#include "feeds/site/site_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>

#include "audio/error.h"
#include "feeds/stop_signals.h"

namespace briefcast {

SiteLock::SiteLock(const std::filesystem::path& site, bool wait, std::ostream& messages) {
  std::error_code error;
  std::filesystem::create_directories(site, error);
  const std::filesystem::path path = site / ".lock";
  // O_NOFOLLOW: a .lock that is a symlink is refused, never followed out of the site.
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0644);
  if (fd_ < 0 && errno == ELOOP) {
    throw Error(path.string() +
                ": is a symbolic link; briefcast does not follow it (remove it, then run again)");
  }
  if (fd_ < 0) {
    throw Error(path.string() + ": cannot open the lock file: " + std::strerror(errno));
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  if (!wait) {
    ::close(fd_);
    throw Error(site.string() +
                ": another briefcast is publishing to this site; try again when it has "
                "finished (or leave out --no-wait to wait for it)");
  }
  messages << "briefcast: waiting for another briefcast publishing to " << site.string() << '\n';
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno != EINTR || StopSignal()) {
      const int saved = errno;
      ::close(fd_);
      ThrowIfStopped();
      throw Error(path.string() + ": cannot lock: " + std::strerror(saved));
    }
  }
}

SiteLock::~SiteLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace briefcast
