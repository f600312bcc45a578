#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace briefcast {

// What a frame-by-frame scan of an MPEG audio stream finds. Cheap: headers only, no decoding.
struct Mp3Scan {
  std::int64_t audio_frames = 0;  // complete frames, not counting a Xing/Info frame
  int sample_rate_hz = 0;
  int samples_per_frame = 0;  // 1152 for MPEG-1 Layer III, 576 for MPEG-2/2.5
  // From the Xing/Info frame, when there is one.
  bool has_info_frame = false;
  std::int64_t info_frame_count = -1;  // frames the Info frame announces; -1 when absent
  int encoder_delay = 0;               // samples, from the LAME tag
  int encoder_padding = 0;
  // Damage: bytes between frames that are not a frame, and a cut-off last frame.
  std::int64_t junk_bytes = 0;
  std::int64_t truncated_bytes = 0;  // bytes of an incomplete last frame

  // Playable duration: frames times samples per frame, less the LAME delay and padding.
  double duration_seconds() const;
};

// Scans `bytes`, skipping an ID3v2 tag at the start and an ID3v1 tag at the end. nullopt
// when no MPEG audio frame is found at all.
std::optional<Mp3Scan> ScanMp3(std::string_view bytes);

}  // namespace briefcast
