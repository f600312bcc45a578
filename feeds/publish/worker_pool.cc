#include "feeds/publish/worker_pool.h"

#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <exception>
#include <new>
#include <string>
#include <vector>

#include "audio/error.h"
#include "feeds/stop_signals.h"

namespace briefcast {
namespace {

struct Worker {
  pid_t pid = -1;
  int error_pipe = -1;  // read end; the child writes its failure messages here
};

// The next job to start, shared by the workers (an anonymous shared mapping): a worker
// that finishes early takes the next one, so no worker idles while jobs wait.
class JobCounter {
 public:
  JobCounter() {
    void* memory = ::mmap(nullptr, sizeof(std::atomic<std::size_t>), PROT_READ | PROT_WRITE,
                          MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) throw Error("cannot share memory with worker processes");
    next_ = new (memory) std::atomic<std::size_t>(0);
  }
  ~JobCounter() { ::munmap(next_, sizeof *next_); }
  JobCounter(const JobCounter&) = delete;
  JobCounter& operator=(const JobCounter&) = delete;

  std::size_t Take() { return next_->fetch_add(1); }

 private:
  std::atomic<std::size_t>* next_;
};
static_assert(std::atomic<std::size_t>::is_always_lock_free, "shared between processes");

// The child's side: runs jobs until none is left, reports failures, never returns.
[[noreturn]] void RunChild(JobCounter& jobs, std::size_t job_count,
                           const std::function<void(std::size_t)>& run, int error_fd) {
  int status = 0;
  for (std::size_t job; (job = jobs.Take()) < job_count;) {
    try {
      run(job);
    } catch (const std::exception& e) {
      const std::string message = std::string(e.what()) + "\n";
      [[maybe_unused]] ssize_t n = ::write(error_fd, message.data(), message.size());
      status = 1;
    }
  }
  ::close(error_fd);
  ::_exit(status);  // no destructors, no stdio flush: those belong to the parent
}

// Everything the worker writes until it closes its pipe (a stop signal interrupts reads,
// and kills the worker, which closes the pipe).
std::string ReadAll(int fd) {
  std::string text;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) != 0;) {
    if (n > 0) text.append(buffer, static_cast<std::size_t>(n));
    if (n < 0 && errno != EINTR) break;
  }
  return text;
}

int Reap(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  UnregisterChildProcess(pid);
  return status;
}

}  // namespace

void RunInWorkers(std::size_t job_count, int workers, const std::function<void(std::size_t)>& run) {
  if (workers <= 1 || job_count <= 1) {
    for (std::size_t job = 0; job < job_count; ++job) {
      ThrowIfStopped();
      run(job);
    }
    return;
  }
  if (static_cast<std::size_t>(workers) > job_count) workers = static_cast<int>(job_count);
  JobCounter jobs;
  std::vector<Worker> pool;
  for (int k = 0; k < workers; ++k) {
    int fds[2];
    if (::pipe(fds) != 0) throw Error("cannot create a pipe for worker processes");
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) throw Error("cannot start a worker process; try --jobs 1");
    if (pid == 0) {
      BecomeChildProcess(parent);
      ::close(fds[0]);
      RunChild(jobs, job_count, run, fds[1]);
    }
    RegisterChildProcess(pid);
    ::close(fds[1]);
    pool.push_back({pid, fds[0]});
  }
  std::string failures;
  for (const Worker& worker : pool) {
    failures += ReadAll(worker.error_pipe);
    ::close(worker.error_pipe);
    const int status = Reap(worker.pid);
    if (WIFSIGNALED(status) && !StopSignal()) {
      failures += "a worker process died of signal " + std::to_string(WTERMSIG(status)) + "\n";
    }
  }
  ThrowIfStopped();
  if (!failures.empty()) {
    failures.pop_back();
    throw Error(failures);
  }
}

}  // namespace briefcast
