#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace briefcast {

// Samples [begin, end) of a stream.
struct SampleRange {
  std::int64_t begin = 0;
  std::int64_t end = 0;
};

// Where two parts of an MP3 stream encoded apart meet, this many samples of a pause make
// room for the earlier part's padding and the later part's encoder delay (576 each with
// LAME): the earlier part is encoded up to that many samples before the later one starts
// (audio/mp3_parts.h). A multiple of every MP3 frame size.
inline constexpr std::int64_t kJoinSamples = 1152;

// The first sample of each part (the first is 0) a stream of `total` samples at
// `sample_rate_hz` is encoded in, so that one episode can use every core. The count
// depends on the length alone: an even number of parts of at most kPartSeconds, one part
// below 2 * kMinPartSeconds. Each later part starts inside one of `pauses` (silent ranges,
// in order, not overlapping): the longest pause within a third of a part of the ideal
// split point, the nearest on a tie; at a multiple of kJoinSamples, with the
// kJoinSamples before it and kJoinMarginSeconds either side inside the pause, so that
// the join touches silence only. A split point with no such pause near it is left out.
// The plan depends only on the arguments, never on the number of threads, and so do the
// encoded bytes.
std::vector<std::int64_t> PlanParts(std::span<const SampleRange> pauses, std::int64_t total,
                                    int sample_rate_hz);

// The length, at least `samples` and at most 575 more, to make a stream of so that LAME
// pads its last frame with at most one frame (576 to 1152 samples; up to 1727 otherwise):
// tools that count whole frames, not the Info frame's delay and padding (ffprobe), are
// then at most 1728 samples off (39 ms at 44.1 kHz) instead of up to 2303 (52 ms).
std::int64_t LengthForMp3(std::int64_t samples);

inline constexpr double kPartSeconds = 30;
inline constexpr double kMinPartSeconds = 5;
// Silence kept on both sides of a join: more than the frames (2 x 1152 samples at 44.1 kHz)
// and the decoder delay (529) that the join reaches into.
inline constexpr double kJoinMarginSeconds = 0.06;

}  // namespace briefcast
