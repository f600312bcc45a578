#pragma once

#include <chrono>
#include <span>

namespace briefcast {

// How speech that digital silence follows and precedes begins and ends. The fade-out is
// long enough that a syllable which stops dead at full scale is below -30 dBFS in its last
// millisecond even after the +13 dB the loudness stage adds (-45 dB before it).
struct EdgeFade {
  std::chrono::microseconds in{5000};    // onsets are short: keep the consonant's attack
  std::chrono::microseconds out{20000};  // about a voice's own decay
  // Digital silence at least this long inside the speech is a pause (eSpeak's breaks);
  // shorter runs are stop closures within a word, left alone.
  std::chrono::microseconds min_pause{50000};
};

// Shapes every stretch of `samples` (mono, at sample_rate_hz) that borders on a pause — the
// span's start and end, and both sides of each run of digital silence of at least
// fade.min_pause — with raised-cosine ramps (fade.in after a pause, fade.out before one),
// so that speech never starts or stops into silence with a step, whatever the
// synthesizer's last sample was. A stretch shorter than both ramps gets each ramp
// shortened in proportion. Samples elsewhere are untouched.
void FadeAroundPauses(std::span<float> samples, int sample_rate_hz, const EdgeFade& fade = {});

}  // namespace briefcast
