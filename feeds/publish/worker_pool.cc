#include "feeds/publish/worker_pool.h"

#include <poll.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "audio/error.h"
#include "feeds/stop_signals.h"

namespace briefcast {
namespace {

// What a worker sends on its pipe: frames of a kind byte, a 4-byte length and that many
// bytes of text.
constexpr char kMessageFrame = 'M';  // a job's message, for on_message
constexpr char kFailureFrame = 'F';  // a job's failure
constexpr std::size_t kFrameHeader = 5;

struct Worker {
  pid_t pid = -1;
  int pipe = -1;        // read end, -1 once closed
  std::string pending;  // bytes read that do not make a whole frame yet
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

void WriteFrame(int fd, char kind, const std::string& text) {
  std::string frame(kFrameHeader, kind);
  const auto size = static_cast<std::uint32_t>(text.size());
  std::memcpy(frame.data() + 1, &size, sizeof size);
  frame += text;
  for (std::size_t done = 0; done < frame.size();) {
    const ssize_t n = ::write(fd, frame.data() + done, frame.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) ::_exit(1);  // the parent is gone
    done += static_cast<std::size_t>(n);
  }
}

// The child's side: runs jobs until none is left, reports failures, never returns.
[[noreturn]] void RunChild(JobCounter& jobs, std::size_t job_count, const WorkerJob& run, int fd) {
  int status = 0;
  const WorkerMessage tell = [fd](const std::string& text) { WriteFrame(fd, kMessageFrame, text); };
  for (std::size_t job; (job = jobs.Take()) < job_count;) {
    try {
      run(job, tell);
    } catch (const std::exception& e) {
      WriteFrame(fd, kFailureFrame, e.what());
      status = 1;
    }
  }
  ::close(fd);
  ::_exit(status);  // no destructors, no stdio flush: those belong to the parent
}

// Hands the whole frames in worker.pending to on_message or `failures`.
void TakeFrames(Worker& worker, const WorkerMessage& on_message, std::string* failures) {
  std::size_t at = 0;
  while (worker.pending.size() - at >= kFrameHeader) {
    std::uint32_t size = 0;
    std::memcpy(&size, worker.pending.data() + at + 1, sizeof size);
    if (worker.pending.size() - at - kFrameHeader < size) break;
    const std::string text = worker.pending.substr(at + kFrameHeader, size);
    if (worker.pending[at] == kFailureFrame) {
      *failures += text + "\n";
    } else if (on_message) {
      try {  // the workers are still read and reaped when the parent cannot take a message
        on_message(text);
      } catch (const std::exception& e) {
        *failures += std::string(e.what()) + "\n";
      }
    }
    at += kFrameHeader + size;
  }
  worker.pending.erase(0, at);
}

// Reads every worker's pipe as frames arrive until all are closed (a stop signal interrupts
// the wait and kills the workers, which closes the pipes).
void ReadWorkers(std::vector<Worker>& pool, const WorkerMessage& on_message,
                 std::string* failures) {
  for (;;) {
    std::vector<pollfd> open;
    for (const Worker& worker : pool) {
      if (worker.pipe >= 0) open.push_back({worker.pipe, POLLIN, 0});
    }
    if (open.empty()) return;
    if (::poll(open.data(), open.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw Error("cannot wait for the worker processes: " + std::string(std::strerror(errno)));
    }
    for (Worker& worker : pool) {
      for (const pollfd& polled : open) {
        if (polled.fd != worker.pipe || polled.revents == 0) continue;
        char buffer[4096];
        const ssize_t n = ::read(worker.pipe, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
          ::close(std::exchange(worker.pipe, -1));
          continue;
        }
        worker.pending.append(buffer, static_cast<std::size_t>(n));
        TakeFrames(worker, on_message, failures);
      }
    }
  }
}

int Reap(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  UnregisterChildProcess(pid);
  return status;
}

}  // namespace

void RunInWorkers(std::size_t job_count, int workers, const WorkerJob& run,
                  const WorkerMessage& on_message) {
  const WorkerMessage tell = [&](const std::string& text) {
    if (on_message) on_message(text);
  };
  if (workers <= 1 || job_count <= 1) {
    for (std::size_t job = 0; job < job_count; ++job) {
      ThrowIfStopped();
      run(job, tell);
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
      for (const Worker& other : pool) ::close(other.pipe);
      RunChild(jobs, job_count, run, fds[1]);
    }
    RegisterChildProcess(pid);
    ::close(fds[1]);
    pool.push_back({pid, fds[0], {}});
  }
  std::string failures;
  ReadWorkers(pool, on_message, &failures);
  for (const Worker& worker : pool) {
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
