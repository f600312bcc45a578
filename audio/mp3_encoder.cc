#include "audio/mp3_encoder.h"

#include <sstream>

#include "audio/error.h"
#include "audio/mp3_stream_encoder.h"

namespace briefcast {

std::string EncodeMp3(const Pcm& pcm, const Mp3Settings& settings) {
  std::ostringstream out(std::ios::binary);
  Mp3StreamEncoder encoder(pcm.sample_rate_hz, settings, out);
  encoder.Encode(pcm.samples);
  encoder.Finish();
  return std::move(out).str();
}

std::vector<int> Mp3Bitrates(int sample_rate_hz) {
  // Every bitrate of MPEG-1, -2 and -2.5 layer III; which of them a rate allows, and whether
  // the Info frame fits, LAME itself is asked (a frame of silence is encoded).
  static const int kCandidates[] = {8,  16,  24,  32,  40,  48,  56,  64,  80,
                                    96, 112, 128, 144, 160, 192, 224, 256, 320};
  std::vector<int> allowed;
  for (const int kbps : kCandidates) {
    Mp3Settings settings;
    settings.bitrate_kbps = kbps;
    try {
      EncodeMp3(Pcm{sample_rate_hz, std::vector<float>(1152)}, settings);
      allowed.push_back(kbps);
    } catch (const Error&) {
    }
  }
  return allowed;
}

}  // namespace briefcast
