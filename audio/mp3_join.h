#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "audio/mp3_scan.h"

namespace briefcast {

// Joins MP3 streams that independent LAME encoders with the same settings made of
// consecutive pieces of one signal into one stream with one Info frame. Each part is a
// whole stream as Mp3StreamEncoder writes it: its Info frame, then its audio frames. The
// joined stream is the first part's Info frame, rebuilt for the whole (frame and byte
// counts, seek TOC, the first part's encoder delay and the last part's padding, music
// length, music CRC and tag CRC), then the audio frames of every part in order.
//
// Decoded, the joined stream plays each later part's frames right after the earlier ones:
// the earlier part's padding and the later part's encoder delay stay in the stream. The
// caller makes up for them by leaving out as many samples (of a pause) where the parts
// meet; EncodeMp3InParts (audio/mp3_parts.h) does.
class Mp3Joiner {
 public:
  // `out` must be seekable; the stream is written from its current position.
  explicit Mp3Joiner(std::ostream& out);

  // Appends the audio frames of `part`. Throws Error when `part` is not a CBR stream with
  // an Info frame, when its format differs from the first part's, or when `out` fails.
  void Append(std::string_view part);

  // Writes the Info frame for the whole stream over the first part's. REQUIRES: at least
  // one part was appended. Throws Error when `out` fails.
  void Finish();

  std::int64_t frames() const { return static_cast<std::int64_t>(frame_ends_.size()); }
  int delay_samples() const { return delay_; }
  int padding_samples() const { return padding_; }

 private:
  // Appends the ends of a part's audio frames (all of `frames` but its Info frame) to
  // frame_ends_. Throws Error when they are not back to back, all of the first part's
  // format, filling the part's `part_bytes`.
  void AppendFrameEnds(const std::vector<Mp3Frame>& frames, std::size_t part_bytes);

  std::ostream& out_;
  std::streampos start_;
  std::string info_;                       // the first part's Info frame
  std::size_t tag_ = 0;                    // where "Info" starts in it
  std::uint32_t format_ = 0;               // header bits all frames share
  std::vector<std::uint32_t> frame_ends_;  // bytes from the start to each frame's end
  std::uint16_t music_crc_ = 0;            // of the audio frames
  int delay_ = 0;
  int padding_ = 0;
};

// CRC-16 as the LAME tag uses it (polynomial 0x8005, reflected, starting from `crc`).
std::uint16_t Crc16(std::string_view bytes, std::uint16_t crc = 0);

}  // namespace briefcast
