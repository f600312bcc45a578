#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace briefcast {

// How a job tells the parent what it is doing (progress, a finished episode): the message
// reaches the parent's `on_message` while the job runs, in the order it was sent.
using WorkerMessage = std::function<void(const std::string& message)>;
using WorkerJob = std::function<void(std::size_t job, const WorkerMessage& tell)>;

// Runs run(0, tell) .. run(job_count - 1, tell) in up to `workers` child processes, or in this
// process when there is one worker or one job. Processes, not threads, because eSpeak NG keeps
// its state in globals. Jobs start in order of their numbers, each in the first worker that is
// free: give the longest jobs the lowest numbers. Jobs communicate only through the files they
// write and the messages they send, which the parent hands to `on_message` (when set) as they
// arrive, on the parent's thread. Waits for every worker; throws Error carrying the messages
// of the jobs that failed (each job's briefcast::Error text, or how its worker died).
void RunInWorkers(std::size_t job_count, int workers, const WorkerJob& run,
                  const WorkerMessage& on_message = {});

}  // namespace briefcast
