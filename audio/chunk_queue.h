#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace briefcast {

// Chunks of samples from one thread to another (synthesis to encoding), at most `capacity`
// waiting: Push blocks when full, Pop when empty. Close() ends the stream for the consumer;
// Abort() (the consumer failed) makes Push return false.
class ChunkQueue {
 public:
  explicit ChunkQueue(std::size_t capacity) : capacity_(capacity) {}

  // False when the consumer gave up (Abort): the chunk is dropped.
  bool Push(std::vector<float> chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return queue_.size() < capacity_ || aborted_; });
    if (aborted_) return false;
    queue_.push_back(std::move(chunk));
    changed_.notify_all();
    return true;
  }
  // False once the queue is closed and empty, or aborted.
  bool Pop(std::vector<float>& chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !queue_.empty() || closed_ || aborted_; });
    if (aborted_ || queue_.empty()) return false;
    chunk = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();
    return true;
  }
  void Close() { Set(closed_); }
  void Abort() { Set(aborted_); }

 private:
  void Set(bool& flag) {
    std::lock_guard lock(mutex_);
    flag = true;
    changed_.notify_all();
  }

  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<float>> queue_;
  bool closed_ = false;
  bool aborted_ = false;
};

}  // namespace briefcast
