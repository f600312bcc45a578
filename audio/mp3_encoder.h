#pragma once

#include <string>
#include <vector>

#include "audio/pcm.h"

namespace briefcast {

struct Mp3Settings {
  int bitrate_kbps = 64;  // CBR; 96 is Apple's recommendation for mono spoken word
  // LAME's algorithm quality, 0 (slowest) .. 9 (fastest). 3 measured best for speech at
  // 64 kbps mono 44.1 kHz: the error of q0-q2 at 1.3-4x the speed of q2 (docs/audio.md).
  int quality = 3;
};

// Encodes mono `pcm` as a CBR MP3 stream at pcm.sample_rate_hz (no resampling is done here:
// resample first). The stream starts with a LAME Info frame carrying the exact sample count
// and encoder delay/padding, so players show the exact duration. No ID3 tag is written.
// Throws Error when LAME rejects the settings, or when the bitrate is too low for the Info
// frame to fit (below about 56 kbps at 22.05 kHz).
std::string EncodeMp3(const Pcm& pcm, const Mp3Settings& settings);

// The CBR bitrates (kbps, ascending) EncodeMp3 accepts at `sample_rate_hz`: those MPEG
// allows at that rate whose frames hold the Info frame. Empty for a rate MP3 does not have.
std::vector<int> Mp3Bitrates(int sample_rate_hz);

}  // namespace briefcast
