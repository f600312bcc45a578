#include "audio/pcm.h"

namespace briefcast {

double Pcm::DurationSeconds() const {
  return sample_rate_hz > 0 ? static_cast<double>(samples.size()) / sample_rate_hz : 0.0;
}

void AppendSilence(Pcm& pcm, std::chrono::milliseconds duration) {
  pcm.samples.resize(pcm.samples.size() +
                     static_cast<std::size_t>(duration.count() * pcm.sample_rate_hz / 1000));
}

}  // namespace briefcast
