#include "audio/mp3_stream_encoder.h"

#include <lame/lame.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "audio/error.h"

namespace briefcast {
namespace {

// Samples handed to LAME per call; a multiple of the 1152-sample MPEG-1 frame.
constexpr std::size_t kChunkSamples = 1152 * 16;
// LAME's worst case for kChunkSamples, as lame.h recommends: 1.25 * samples + 7200.
constexpr std::size_t kBufferBytes = kChunkSamples * 5 / 4 + 7200;

// The system's reason for a failed write of the stream (e.g. "No space left on device").
std::string SystemReason() { return errno != 0 ? std::strerror(errno) : "write failed"; }

// lame_init_params() rewrites LAME's process-wide quantizer tables: one at a time.
std::mutex lame_init_mutex;

}  // namespace

struct Mp3StreamEncoder::Lame {
  lame_global_flags* flags = nullptr;
  std::vector<unsigned char> buffer = std::vector<unsigned char>(kBufferBytes);
  ~Lame() {
    if (flags != nullptr) lame_close(flags);
  }
};

Mp3StreamEncoder::Mp3StreamEncoder(int sample_rate_hz, const Mp3Settings& settings,
                                   std::ostream& out)
    : lame_(std::make_unique<Lame>()), out_(out), start_(out.tellp()) {
  description_ = std::to_string(settings.bitrate_kbps) + " kbps CBR mono at " +
                 std::to_string(sample_rate_hz) + " Hz, quality " +
                 std::to_string(settings.quality);
  lame_->flags = lame_init();
  lame_global_flags* lame = lame_->flags;
  if (lame == nullptr) throw Error("LAME could not be initialized (out of memory?)");
  lame_set_num_channels(lame, 1);
  lame_set_mode(lame, MONO);
  // Equal rates: LAME must not resample (resampling is done with libsoxr beforehand).
  lame_set_in_samplerate(lame, sample_rate_hz);
  lame_set_out_samplerate(lame, sample_rate_hz);
  lame_set_VBR(lame, vbr_off);
  lame_set_brate(lame, settings.bitrate_kbps);
  lame_set_quality(lame, settings.quality);
  lame_set_bWriteVbrTag(lame, 1);
  lame_set_write_id3tag_automatic(lame, 0);
  std::unique_lock init_lock(lame_init_mutex);
  const bool initialized =
      settings.quality >= 0 && settings.quality <= 9 && lame_init_params(lame) >= 0;
  init_lock.unlock();
  if (!initialized || lame_get_brate(lame) != settings.bitrate_kbps ||
      lame_get_out_samplerate(lame) != sample_rate_hz) {
    throw Error("LAME rejects the MP3 settings (" + description_ +
                "). Use a bitrate MP3 allows at that rate (e.g. 64 or 96 kbps), a sample rate "
                "such as 44100, 22050 or 48000 Hz, and a quality from 0 to 9.");
  }
}

Mp3StreamEncoder::~Mp3StreamEncoder() = default;

void Mp3StreamEncoder::Write(int bytes) {
  if (bytes < 0) throw Error("LAME failed while encoding (error " + std::to_string(bytes) + ")");
  errno = 0;
  out_.write(reinterpret_cast<const char*>(lame_->buffer.data()), bytes);
  if (!out_)
    throw Error("cannot write the MP3 stream: " + SystemReason() + "; check the free disk space");
}

void Mp3StreamEncoder::Encode(std::span<const float> samples) {
  const int size = static_cast<int>(lame_->buffer.size());
  for (std::size_t begin = 0; begin < samples.size(); begin += kChunkSamples) {
    const int count = static_cast<int>(std::min(kChunkSamples, samples.size() - begin));
    const float* chunk = samples.data() + begin;
    Write(lame_encode_buffer_ieee_float(lame_->flags, chunk, chunk, count, lame_->buffer.data(),
                                        size));
  }
}

void Mp3StreamEncoder::Finish() {
  Write(lame_encode_flush(lame_->flags, lame_->buffer.data(),
                          static_cast<int>(lame_->buffer.size())));
  const std::streampos end = out_.tellp();
  std::vector<unsigned char> frame(2880);
  const std::size_t size = lame_get_lametag_frame(lame_->flags, frame.data(), frame.size());
  if (size == 0 || size > frame.size() || static_cast<std::streamoff>(size) > end - start_) {
    throw Error("LAME wrote no Info frame for " + description_ +
                "; at this bitrate the frame is too small for it. Use 56 kbps or more.");
  }
  out_.seekp(start_);
  out_.write(reinterpret_cast<const char*>(frame.data()), static_cast<std::streamsize>(size));
  out_.seekp(end);
  errno = 0;
  out_.flush();
  if (!out_) {
    throw Error("cannot write the MP3 stream's Info frame: " + SystemReason() +
                "; check the free disk space");
  }
}

int Mp3StreamEncoder::frame_samples() const { return lame_get_framesize(lame_->flags); }

int Mp3StreamEncoder::delay_samples() const { return lame_get_encoder_delay(lame_->flags); }

int Mp3StreamEncoder::padding_samples() const { return lame_get_encoder_padding(lame_->flags); }

}  // namespace briefcast
