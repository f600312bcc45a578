#include "audio/resampler.h"

#include "audio/stream_resampler.h"

namespace briefcast {

Pcm Resample(const Pcm& pcm, int target_rate_hz) {
  StreamResampler resampler(pcm.sample_rate_hz, target_rate_hz);
  Pcm out;
  out.sample_rate_hz = target_rate_hz;
  resampler.Process(pcm.samples, out.samples);
  resampler.Finish(out.samples);
  return out;
}

}  // namespace briefcast
