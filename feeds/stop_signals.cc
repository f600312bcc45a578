#include "feeds/stop_signals.h"

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

namespace briefcast {
namespace {

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr std::size_t kMaxChildren = 64;

// Written by the handler and read anywhere: lock-free atomics only.
std::atomic<int> stop_signal{0};
std::atomic<pid_t> children[kMaxChildren];
static_assert(std::atomic<pid_t>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

struct sigaction previous[std::size(kStopSignals)];

void OnStopSignal(int signal) {
  const int saved_errno = errno;
  int none = 0;
  stop_signal.compare_exchange_strong(none, signal);
  for (const std::atomic<pid_t>& child : children) {
    const pid_t pid = child.load();
    if (pid > 0) ::kill(pid, SIGTERM);
  }
  errno = saved_errno;
}

const char* SignalName(int signal) {
  switch (signal) {
    case SIGINT:
      return "SIGINT";
    case SIGTERM:
      return "SIGTERM";
    case SIGHUP:
      return "SIGHUP";
  }
  return "a signal";
}

}  // namespace

StopOnSignals::StopOnSignals() {
  struct sigaction action = {};
  action.sa_handler = OnStopSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: blocking reads and waits return EINTR
  for (std::size_t i = 0; i < std::size(kStopSignals); ++i) {
    ::sigaction(kStopSignals[i], &action, &previous[i]);
  }
}

StopOnSignals::~StopOnSignals() {
  for (std::size_t i = 0; i < std::size(kStopSignals); ++i) {
    ::sigaction(kStopSignals[i], &previous[i], nullptr);
  }
}

Stopped::Stopped(int signal)
    : Error(std::string("stopped by ") + SignalName(signal) +
            "; the episodes finished before it are published, the others are not (publish "
            "again to make them)") {}

int StopSignal() { return stop_signal.load(); }

void ThrowIfStopped() {
  if (const int signal = StopSignal()) throw Stopped(signal);
}

void RegisterChildProcess(pid_t pid) {
  for (std::atomic<pid_t>& child : children) {
    pid_t empty = 0;
    if (child.compare_exchange_strong(empty, pid)) break;
  }
  if (StopSignal()) ::kill(pid, SIGTERM);  // the signal came between fork and here
}

void UnregisterChildProcess(pid_t pid) {
  for (std::atomic<pid_t>& child : children) {
    pid_t expected = pid;
    if (child.compare_exchange_strong(expected, 0)) break;
  }
}

void BecomeChildProcess(pid_t parent) {
  for (std::atomic<pid_t>& child : children) child.store(0);  // this process's copy
  for (int signal : kStopSignals) ::signal(signal, SIG_DFL);
  ::prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (::getppid() != parent) ::_exit(1);  // the parent died before prctl
}

}  // namespace briefcast
