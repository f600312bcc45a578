#pragma once

#include <cstdint>
#include <vector>

#include "audio/pcm.h"
#include "synth/espeak_synthesizer.h"
#include "synth/pinyin_converter.h"
#include "synth/segment.h"

namespace briefcast {

// A segment and where it is heard: [start_sample, start_sample + sample_count) of the
// narration's PCM, speech only (the pause after it is not included).
struct TimedSegment {
  Segment segment;
  std::int64_t start_sample = 0;
  std::int64_t sample_count = 0;
};

// Speech for a list of segments, with its timeline.
struct Narration {
  Pcm pcm;
  std::vector<TimedSegment> timeline;

  double StartSeconds(const TimedSegment& t) const;
  double EndSeconds(const TimedSegment& t) const;
};

// Speaks `segments` in order (normalization + pinyin + eSpeak for each) with the silence
// `pauses` gives after each, and pauses.edge before the first and after the last.
// Segments with nothing to say (punctuation only) get no audio and no pause.
Narration Narrate(const std::vector<Segment>& segments, EspeakSession& speaker,
                  const PinyinConverter& converter, const PauseSettings& pauses);

}  // namespace briefcast
