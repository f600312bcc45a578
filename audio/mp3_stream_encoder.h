#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>

#include "audio/mp3_encoder.h"

namespace briefcast {

// Encodes a mono stream as one CBR MP3 stream (LAME) into `out`, a chunk at a time, in
// constant memory. Finish() flushes the encoder and writes the LAME Info frame (exact sample
// count, encoder delay and padding) over the placeholder frame at the start of the stream,
// so `out` must be seekable (a file or a string stream). No ID3 tag is written.
// Each encoder owns its own LAME instance: encoders may run on different threads.
class Mp3StreamEncoder {
 public:
  // Throws Error when LAME rejects the settings at this sample rate.
  Mp3StreamEncoder(int sample_rate_hz, const Mp3Settings& settings, std::ostream& out);
  ~Mp3StreamEncoder();
  Mp3StreamEncoder(const Mp3StreamEncoder&) = delete;
  Mp3StreamEncoder& operator=(const Mp3StreamEncoder&) = delete;

  // Samples in [-1, 1] at sample_rate_hz. Throws Error when LAME or the stream fails.
  void Encode(std::span<const float> samples);

  // REQUIRES: called once, after the last Encode(). Throws Error when the bitrate is too
  // low for the Info frame to fit (below about 56 kbps at 22.05 kHz) or the stream fails.
  void Finish();

 private:
  struct Lame;
  void Write(int bytes);

  std::unique_ptr<Lame> lame_;
  std::ostream& out_;
  std::streampos start_;
  std::string description_;  // the settings, for messages
};

}  // namespace briefcast
