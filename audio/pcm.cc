#include "audio/pcm.h"

namespace briefcast {

double Pcm::DurationSeconds() const {
  return sample_rate_hz > 0 ? static_cast<double>(samples.size()) / sample_rate_hz : 0.0;
}

std::int64_t SampleCount(std::chrono::milliseconds duration, int sample_rate_hz) {
  return static_cast<std::int64_t>(duration.count()) * sample_rate_hz / 1000;
}

void AppendSilence(Pcm& pcm, std::chrono::milliseconds duration) {
  pcm.samples.resize(pcm.samples.size() +
                     static_cast<std::size_t>(SampleCount(duration, pcm.sample_rate_hz)));
}

}  // namespace briefcast
