#pragma once

#include <cstddef>
#include <functional>

namespace briefcast {

// Runs run(0) .. run(job_count - 1) in up to `workers` child processes, or in this process when
// there is one worker or one job. Processes, not threads, because eSpeak NG keeps its state in
// globals. Jobs start in order of their numbers, each in the first worker that is free: give the
// longest jobs the lowest numbers. Jobs communicate only through the files they write. Waits for
// every worker; throws Error carrying the messages of the jobs that failed (each job's
// briefcast::Error text, or how its worker died).
void RunInWorkers(std::size_t job_count, int workers, const std::function<void(std::size_t)>& run);

}  // namespace briefcast
