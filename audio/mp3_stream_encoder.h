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
// Each encoder owns its own LAME instance: encoders may run on different threads. (LAME
// keeps a few process-wide tables, pow43 and pow20 among them, that every instance's
// initialization recomputes with the same values; the constructors take turns.)
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

  // Samples per MP3 frame (1152 at 32-48 kHz, 576 below).
  int frame_samples() const;
  // The encoder delay: silence LAME puts before the first sample (576), as the Info frame
  // says. A decoder honouring it also skips its own decoder delay (529).
  int delay_samples() const;
  // The zero samples LAME added after the last one to fill the last frame and flush its
  // filter bank: 576 when the sample count is a multiple of frame_samples(), else
  // between 576 and 576 + frame_samples() - 1. REQUIRES: Finish() was called.
  int padding_samples() const;

 private:
  struct Lame;
  void Write(int bytes);

  std::unique_ptr<Lame> lame_;
  std::ostream& out_;
  std::streampos start_;
  std::string description_;  // the settings, for messages
};

}  // namespace briefcast
