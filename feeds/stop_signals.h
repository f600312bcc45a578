#pragma once

#include <sys/types.h>

#include <string>

#include "audio/error.h"

namespace briefcast {

// Stopping a run on SIGINT, SIGTERM or SIGHUP (docs/robustness.md, "Stopping a run").
// While a StopOnSignals object lives, those signals do not kill the process: the handler
// records the signal and sends SIGTERM to every registered child process (workers,
// narration children), whose pipes then close; blocking calls return EINTR. Long loops
// call ThrowIfStopped(); the command line turns Stopped into exit status 128 + signal.
class StopOnSignals {
 public:
  StopOnSignals();
  ~StopOnSignals();
  StopOnSignals(const StopOnSignals&) = delete;
  StopOnSignals& operator=(const StopOnSignals&) = delete;
};

// Thrown when a stop signal has arrived. An Error, so that what cleans up after a failed
// run cleans up after a stopped one; the command line tells them apart by StopSignal().
class Stopped : public Error {
 public:
  explicit Stopped(int signal);
};

// The stop signal that arrived, 0 when none.
int StopSignal();

// Throws Stopped when a stop signal has arrived.
void ThrowIfStopped();

// Child processes the stop handler sends SIGTERM to (at most 64 at a time).
void RegisterChildProcess(pid_t pid);
void UnregisterChildProcess(pid_t pid);

// Call first in a child process forked by briefcast, with the parent's pid (taken before the
// fork). The child dies when its parent dies (PR_SET_PDEATHSIG), even if that already
// happened, and takes the default action for the stop signals, so nothing briefcast started
// outlives it.
void BecomeChildProcess(pid_t parent);

}  // namespace briefcast
