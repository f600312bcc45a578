#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace briefcast {

// What libmpg123 finds parsing an MPEG audio stream frame by frame (headers only, no
// decoding): its exact length and the damage a published file can have.
struct Mp3Scan {
  std::int64_t audio_frames = 0;  // complete frames, not counting a Xing/Info frame
  int sample_rate_hz = 0;
  int samples_per_frame = 0;  // 1152 for MPEG-1 Layer III, 576 for MPEG-2/2.5
  // Playable samples per channel: the frames' samples less the LAME tag's encoder delay
  // and padding, as a gapless decoder plays them.
  std::int64_t samples = 0;
  // From the Xing/Info frame and its LAME tag, when there is one.
  bool has_info_frame = false;
  std::int64_t info_frame_count = -1;  // frames the Info frame announces; -1 when absent
  int encoder_delay = 0;               // samples
  int encoder_padding = 0;
  // Damage: bytes between two frames that are not a frame, and bytes after the last
  // complete frame (a cut-off frame), not counting an ID3v1 tag.
  std::int64_t junk_bytes = 0;
  std::int64_t truncated_bytes = 0;

  // samples / sample_rate_hz.
  double duration_seconds() const;
};

// One MPEG audio frame of a stream, as libmpg123 finds it.
struct Mp3Frame {
  std::int64_t offset = 0;   // of its header, from the start of the stream
  std::int64_t bytes = 0;    // header, side information and main data
  std::uint32_t header = 0;  // its four header bytes, the first in the high bits
};

// The frames libmpg123 finds in `bytes`, in order, the Xing/Info frame among them (as a
// frame; its tag is not read). A gap between two frames' bytes is junk libmpg123 skipped;
// bytes after the last frame are a cut-off frame or a tag.
std::vector<Mp3Frame> ListMp3Frames(std::string_view bytes);

// Scans `bytes`, an MP3 file, with libmpg123 (which skips ID3v2 tags at the start and
// junk before the first frame). nullopt when no MPEG audio frame is found at all.
std::optional<Mp3Scan> ScanMp3(std::string_view bytes);

}  // namespace briefcast
