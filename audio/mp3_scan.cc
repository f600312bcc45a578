#include "audio/mp3_scan.h"

#include <mpg123.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "audio/error.h"

namespace briefcast {
namespace {

// libmpg123 reads the bytes through these two callbacks (its replaced reader).
struct MemoryReader {
  std::string_view data;
  off_t position = 0;
};

ssize_t ReadMemory(void* handle, void* buffer, size_t count) {
  auto* reader = static_cast<MemoryReader*>(handle);
  const size_t left = reader->data.size() - static_cast<size_t>(reader->position);
  count = std::min(count, left);
  std::memcpy(buffer, reader->data.data() + reader->position, count);
  reader->position += static_cast<off_t>(count);
  return static_cast<ssize_t>(count);
}

off_t SeekMemory(void* handle, off_t offset, int whence) {
  auto* reader = static_cast<MemoryReader*>(handle);
  const off_t base = whence == SEEK_SET   ? 0
                     : whence == SEEK_CUR ? reader->position
                                          : static_cast<off_t>(reader->data.size());
  const off_t target = base + offset;
  if (target < 0 || target > static_cast<off_t>(reader->data.size())) return -1;
  return reader->position = target;
}

struct HandleDeleter {
  void operator()(mpg123_handle* handle) const {
    mpg123_close(handle);
    mpg123_delete(handle);
  }
};
using Handle = std::unique_ptr<mpg123_handle, HandleDeleter>;

// `flags` are MPG123_FLAGS to set beside MPG123_QUIET.
Handle OpenParser(MemoryReader& reader, long flags) {
  int error = MPG123_OK;
  Handle handle(mpg123_new(nullptr, &error));
  if (!handle) throw Error(std::string("libmpg123: ") + mpg123_plain_strerror(error));
  // Not gapless: that would skip the frames that lie wholly in the encoder delay, and every
  // frame is to be counted. Resync over junk anywhere in the stream, so that it can be counted.
  mpg123_param(handle.get(), MPG123_FLAGS, MPG123_QUIET | flags, 0);
  mpg123_param(handle.get(), MPG123_RESYNC_LIMIT, -1, 0);
  if (mpg123_replace_reader_handle(handle.get(), ReadMemory, SeekMemory, nullptr) != MPG123_OK ||
      mpg123_open_handle(handle.get(), &reader) != MPG123_OK) {
    throw Error(std::string("libmpg123: ") + mpg123_strerror(handle.get()));
  }
  return handle;
}

long State(mpg123_handle* handle, enum mpg123_state key) {
  long value = -1;
  double unused = 0;
  if (mpg123_getstate(handle, key, &value, &unused) != MPG123_OK) return -1;
  return value;
}

// Calls `visit` with each frame libmpg123 finds (the Xing/Info frame only when it is told
// to treat it as data), in order, then stops at the end of the stream.
template <typename Visit>
void ForEachFrame(mpg123_handle* handle, Visit visit) {
  for (int status;
       (status = mpg123_framebyframe_next(handle)) == MPG123_OK || status == MPG123_NEW_FORMAT;) {
    unsigned long header = 0;
    unsigned char* body = nullptr;
    size_t body_bytes = 0;
    if (mpg123_framedata(handle, &header, &body, &body_bytes) != MPG123_OK) break;
    visit(Mp3Frame{mpg123_framepos(handle), 4 + static_cast<std::int64_t>(body_bytes),
                   static_cast<std::uint32_t>(header)});
  }
}

// What the first frame tells: format, and the Info frame libmpg123 read before it.
void ReadStreamInfo(mpg123_handle* handle, Mp3Scan& scan) {
  mpg123_frameinfo info{};
  mpg123_info(handle, &info);
  scan.sample_rate_hz = static_cast<int>(info.rate);
  scan.samples_per_frame = mpg123_spf(handle);
  const long delay = State(handle, MPG123_ENC_DELAY);
  scan.has_info_frame = delay >= 0;
  if (!scan.has_info_frame) return;
  scan.encoder_delay = static_cast<int>(delay);
  scan.encoder_padding = static_cast<int>(std::max(0L, State(handle, MPG123_ENC_PADDING)));
  scan.info_frame_count = mpg123_framelength(handle);  // before the scan: the announced count
}

void InitializeOnce() {
  static const int initialized = mpg123_init();  // a no-op since 1.27, required before
  (void)initialized;
}

}  // namespace

double Mp3Scan::duration_seconds() const {
  if (sample_rate_hz == 0) return 0;
  return static_cast<double>(samples) / sample_rate_hz;
}

std::vector<Mp3Frame> ListMp3Frames(std::string_view bytes) {
  InitializeOnce();
  MemoryReader reader{bytes};
  Handle handle = OpenParser(reader, MPG123_IGNORE_INFOFRAME);
  std::vector<Mp3Frame> frames;
  ForEachFrame(handle.get(), [&](const Mp3Frame& frame) { frames.push_back(frame); });
  return frames;
}

std::optional<Mp3Scan> ScanMp3(std::string_view bytes) {
  InitializeOnce();
  MemoryReader reader{bytes};
  Handle handle = OpenParser(reader, 0);
  Mp3Scan scan;
  std::int64_t frame_end = -1;
  ForEachFrame(handle.get(), [&](const Mp3Frame& frame) {
    if (frame_end < 0) ReadStreamInfo(handle.get(), scan);
    if (frame_end >= 0 && frame.offset > frame_end) scan.junk_bytes += frame.offset - frame_end;
    frame_end = frame.offset + frame.bytes;
    ++scan.audio_frames;
  });
  if (scan.audio_frames == 0) return std::nullopt;
  std::size_t end = bytes.size();
  if (end >= 128 && bytes.substr(end - 128, 3) == "TAG") end -= 128;  // ID3v1
  scan.truncated_bytes = std::max<std::int64_t>(0, static_cast<std::int64_t>(end) - frame_end);
  // What a gapless decoder (libmpg123's own gapless mode among them) plays.
  scan.samples = std::max<std::int64_t>(
      0, scan.audio_frames * scan.samples_per_frame - scan.encoder_delay - scan.encoder_padding);
  return scan;
}

}  // namespace briefcast
