#include "audio/mp3_encoder.h"

#include <sstream>

#include "audio/mp3_stream_encoder.h"

namespace briefcast {

std::string EncodeMp3(const Pcm& pcm, const Mp3Settings& settings) {
  std::ostringstream out(std::ios::binary);
  Mp3StreamEncoder encoder(pcm.sample_rate_hz, settings, out);
  encoder.Encode(pcm.samples);
  encoder.Finish();
  return std::move(out).str();
}

}  // namespace briefcast
