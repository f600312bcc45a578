#include "feeds/publish/narration.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <utility>

#include "audio/edge_fade.h"
#include "audio/error.h"
#include "feeds/stop_signals.h"
#include "synth/speech/front_end.h"

namespace briefcast {
namespace {

// Pauses go to the sink in pieces of at most this many samples (bounded memory).
constexpr std::size_t kSilenceChunk = 8192;

void EmitSilence(const SampleSink& sink, std::int64_t count) {
  static const std::vector<float> kZeros(kSilenceChunk, 0.0f);
  while (count > 0) {
    const auto n = static_cast<std::size_t>(std::min<std::int64_t>(count, kSilenceChunk));
    sink(std::span<const float>(kZeros.data(), n));
    count -= static_cast<std::int64_t>(n);
  }
}

// The pipe from a narrating child: frames of an int64 header and a payload. A positive
// header is a count of float samples that follow.
// then (start, count, word count, (start, begin, end) per word) per segment; the end
constexpr std::int64_t kTimelineFrame = -1;
constexpr std::int64_t kErrorFrame = -2;     // then the message's length and bytes
constexpr std::int64_t kProgressFrame = -3;  // then how many segments are done
constexpr std::size_t kFrameSamples = 16384;

bool WriteAll(int fd, const void* data, std::size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool ReadAll(int fd, void* data, std::size_t size) {
  char* bytes = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t n = ::read(fd, bytes, size);
    if (n < 0 && errno == EINTR && !StopSignal()) continue;
    if (n <= 0) return false;
    bytes += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool WriteNumber(int fd, std::int64_t value) { return WriteAll(fd, &value, sizeof value); }

std::int64_t ReadNumber(int fd) {
  std::int64_t value = 0;
  if (!ReadAll(fd, &value, sizeof value)) {
    ThrowIfStopped();  // the stop handler ended the child
    throw Error("the speech synthesis process ended unexpectedly; run again, or with --jobs 1");
  }
  return value;
}

// The child's side: narrates into the pipe, never returns.
[[noreturn]] void RunNarrationChild(int fd, const std::vector<Segment>& segments,
                                    EspeakSession& speaker, const PinyinConverter& converter,
                                    const PauseSettings& pauses, bool tell_progress) {
  int status = 0;
  try {
    // A process's first utterance comes out much faster than every later one for the same
    // text (about 27000 against 47000 samples for ten syllables): throw it away.
    speaker.Speak(ToSpokenTokens("\u4F60\u597D", converter));  // 你好
    std::vector<float> frame;
    const auto flush = [&] {
      if (!frame.empty() && !(WriteNumber(fd, static_cast<std::int64_t>(frame.size())) &&
                              WriteAll(fd, frame.data(), frame.size() * sizeof(float)))) {
        ::_exit(1);  // the parent stopped reading
      }
      frame.clear();
    };
    SegmentsDone done;
    if (tell_progress) {
      done = [&](std::size_t count) {
        flush();
        if (!(WriteNumber(fd, kProgressFrame) &&
              WriteNumber(fd, static_cast<std::int64_t>(count)))) {
          ::_exit(1);
        }
      };
    }
    const std::vector<TimedSegment> timeline = NarrateTo(
        segments, speaker, converter, pauses,
        [&](std::span<const float> samples) {
          frame.insert(frame.end(), samples.begin(), samples.end());
          if (frame.size() >= kFrameSamples) flush();
        },
        done);
    flush();
    WriteNumber(fd, kTimelineFrame);
    for (const TimedSegment& t : timeline) {
      WriteNumber(fd, t.start_sample);
      WriteNumber(fd, t.sample_count);
      WriteNumber(fd, static_cast<std::int64_t>(t.words.size()));
      for (const SpokenWord& word : t.words) {
        WriteNumber(fd, word.start_sample);
        WriteNumber(fd, static_cast<std::int64_t>(word.source_begin));
        WriteNumber(fd, static_cast<std::int64_t>(word.source_end));
      }
    }
  } catch (const std::exception& e) {
    const std::string message = e.what();
    WriteNumber(fd, kErrorFrame);
    WriteNumber(fd, static_cast<std::int64_t>(message.size()));
    WriteAll(fd, message.data(), message.size());
    status = 1;
  }
  ::close(fd);
  ::_exit(status);  // no destructors, no stdio flush: those belong to the parent
}

// The parent's hold on a narrating child: its pipe is closed and the child reaped (killed
// first if it is still running) however the parent leaves.
class NarrationChild {
 public:
  NarrationChild(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  ~NarrationChild() {
    ::close(fd_);
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      Wait(pid_);
    }
  }
  NarrationChild(const NarrationChild&) = delete;
  NarrationChild& operator=(const NarrationChild&) = delete;

  int fd() const { return fd_; }
  // Waits for the child; throws Error unless it exited cleanly.
  void Reap() {
    const int status = Wait(std::exchange(pid_, -1));
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      ThrowIfStopped();
      throw Error("the speech synthesis process failed; run again, or with --jobs 1");
    }
  }

 private:
  static int Wait(pid_t pid) {
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    UnregisterChildProcess(pid);
    return status;
  }

  pid_t pid_;
  int fd_;
};

}  // namespace

double NarrationTimeline::StartSeconds(const TimedSegment& t) const {
  return static_cast<double>(t.start_sample) / sample_rate_hz;
}

double NarrationTimeline::EndSeconds(const TimedSegment& t) const {
  return static_cast<double>(t.start_sample + t.sample_count) / sample_rate_hz;
}

std::vector<TimedSegment> NarrateTo(const std::vector<Segment>& segments, EspeakSession& speaker,
                                    const PinyinConverter& converter, const PauseSettings& pauses,
                                    const SampleSink& sink, const SegmentsDone& done) {
  const int rate = speaker.sample_rate_hz();
  std::vector<TimedSegment> timeline;
  std::int64_t position = SampleCount(pauses.edge, rate);
  EmitSilence(sink, position);
  for (const Segment& segment : segments) {
    const SpokenTokens tokens = ToSpokenTokens(segment.text, converter);
    const bool has_speech = std::any_of(tokens.begin(), tokens.end(), [](const SpokenToken& t) {
      return t.kind != SpokenToken::Kind::kBreak;
    });
    TimedSegment timed{segment, position, 0, {}};
    if (has_speech) {
      std::vector<std::int64_t> token_starts;
      Pcm speech = speaker.Speak(tokens, &token_starts);
      FadeAroundPauses(speech.samples, rate);  // no hard cut into or out of a pause
      timed.words = GroupSpokenWords(tokens, token_starts);
      for (SpokenWord& word : timed.words) word.start_sample += position;
      sink(speech.samples);
      timed.sample_count = static_cast<std::int64_t>(speech.samples.size());
      const bool last = &segment == &segments.back();
      const std::int64_t pause =
          SampleCount(last ? pauses.edge : pauses.After(segment.boundary), rate);
      EmitSilence(sink, pause);
      position += timed.sample_count + pause;
    }
    timeline.push_back(std::move(timed));
    if (done) done(timeline.size());
  }
  return timeline;
}

std::vector<TimedSegment> NarrateInChildProcess(const std::vector<Segment>& segments,
                                                EspeakSession& speaker,
                                                const PinyinConverter& converter,
                                                const PauseSettings& pauses, const SampleSink& sink,
                                                const SegmentsDone& done) {
  int fds[2];
  if (::pipe(fds) != 0) throw Error("cannot create a pipe for speech synthesis");
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw Error("cannot start a speech synthesis process (out of memory or processes?)");
  }
  if (pid == 0) {
    BecomeChildProcess(parent);
    ::close(fds[0]);
    RunNarrationChild(fds[1], segments, speaker, converter, pauses, static_cast<bool>(done));
  }
  RegisterChildProcess(pid);
  ::close(fds[1]);
  NarrationChild child(pid, fds[0]);
  std::vector<float> samples;
  std::int64_t header = 0;
  while ((header = ReadNumber(child.fd())) > 0 || header == kProgressFrame) {
    ThrowIfStopped();
    if (header == kProgressFrame) {
      const std::int64_t count = ReadNumber(child.fd());
      if (done) done(static_cast<std::size_t>(count));
      continue;
    }
    samples.resize(static_cast<std::size_t>(header));
    if (!ReadAll(child.fd(), samples.data(), samples.size() * sizeof(float))) {
      ThrowIfStopped();
      throw Error("the speech synthesis process ended unexpectedly; run again");
    }
    sink(samples);
  }
  if (header == kErrorFrame) {
    std::string message(static_cast<std::size_t>(ReadNumber(child.fd())), '\0');
    ReadAll(child.fd(), message.data(), message.size());
    throw Error(message);
  }
  std::vector<TimedSegment> timeline;
  for (const Segment& segment : segments) {
    TimedSegment& timed = timeline.emplace_back();
    timed.segment = segment;
    timed.start_sample = ReadNumber(child.fd());
    timed.sample_count = ReadNumber(child.fd());
    const std::int64_t words = ReadNumber(child.fd());
    if (words < 0 || words > static_cast<std::int64_t>(segment.text.size())) {
      throw Error("internal: the speech synthesis process sent a damaged timeline");
    }
    timed.words.resize(static_cast<std::size_t>(words));
    for (SpokenWord& word : timed.words) {
      word.start_sample = ReadNumber(child.fd());
      word.source_begin = static_cast<std::size_t>(ReadNumber(child.fd()));
      word.source_end = static_cast<std::size_t>(ReadNumber(child.fd()));
    }
  }
  child.Reap();
  return timeline;
}

}  // namespace briefcast
