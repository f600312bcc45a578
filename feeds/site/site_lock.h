#pragma once

#include <filesystem>
#include <iosfwd>

namespace briefcast {

// An exclusive lock on a site directory (flock on <site>/.lock), held for the object's
// lifetime, so two publishes never interleave their writes. When another process holds
// it: with `wait`, says so on `messages` and blocks until it is free; without, throws
// Error telling the user to try again. The lock is released when the process dies, so a
// crashed run never leaves the site locked.
class SiteLock {
 public:
  SiteLock(const std::filesystem::path& site, bool wait, std::ostream& messages);
  ~SiteLock();
  SiteLock(const SiteLock&) = delete;
  SiteLock& operator=(const SiteLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace briefcast
