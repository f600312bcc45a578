#include "feeds/narration.h"

#include <algorithm>

#include "synth/front_end.h"

namespace briefcast {

double Narration::StartSeconds(const TimedSegment& t) const {
  return static_cast<double>(t.start_sample) / pcm.sample_rate_hz;
}

double Narration::EndSeconds(const TimedSegment& t) const {
  return static_cast<double>(t.start_sample + t.sample_count) / pcm.sample_rate_hz;
}

Narration Narrate(const std::vector<Segment>& segments, EspeakSession& speaker,
                  const PinyinConverter& converter, const PauseSettings& pauses) {
  Narration narration;
  narration.pcm.sample_rate_hz = speaker.sample_rate_hz();
  AppendSilence(narration.pcm, pauses.edge);
  for (const Segment& segment : segments) {
    const SpokenTokens tokens = ToSpokenTokens(segment.text, converter);
    const bool has_speech = std::any_of(tokens.begin(), tokens.end(), [](const SpokenToken& t) {
      return t.kind != SpokenToken::Kind::kBreak;
    });
    TimedSegment timed{segment, static_cast<std::int64_t>(narration.pcm.samples.size()), 0};
    if (has_speech) {
      const Pcm speech = speaker.Speak(tokens);
      narration.pcm.samples.insert(narration.pcm.samples.end(), speech.samples.begin(),
                                   speech.samples.end());
      timed.sample_count = static_cast<std::int64_t>(speech.samples.size());
      const bool last = &segment == &segments.back();
      AppendSilence(narration.pcm, last ? pauses.edge : pauses.After(segment.boundary));
    }
    narration.timeline.push_back(std::move(timed));
  }
  return narration;
}

}  // namespace briefcast
