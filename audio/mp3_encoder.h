#pragma once

#include <string>

#include "audio/pcm.h"

namespace briefcast {

struct Mp3Settings {
  int bitrate_kbps = 64;  // CBR
  int quality = 2;        // LAME's algorithm quality, 0 (best) .. 9 (fastest)
};

// Encodes mono `pcm` as a CBR MP3 stream at pcm.sample_rate_hz (no resampling is done here:
// resample first). The stream starts with a LAME Info frame carrying the exact sample count
// and encoder delay/padding, so players show the exact duration. No ID3 tag is written.
// Throws Error when LAME rejects the settings.
std::string EncodeMp3(const Pcm& pcm, const Mp3Settings& settings);

}  // namespace briefcast
