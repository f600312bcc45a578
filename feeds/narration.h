#pragma once

#include <cstdint>
#include <functional>
#include <span>
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

// Receives a narration's samples in order, a segment or a pause at a time.
using SampleSink = std::function<void(std::span<const float>)>;

// Speaks `segments` as Narrate() does but hands the audio to `sink` as it is made instead of
// keeping it (memory does not grow with the narration) and returns the timeline.
std::vector<TimedSegment> NarrateTo(const std::vector<Segment>& segments, EspeakSession& speaker,
                                    const PinyinConverter& converter, const PauseSettings& pauses,
                                    const SampleSink& sink);

// NarrateTo() in a child process forked for the purpose, the samples coming back through a
// pipe, so that every call starts from the same eSpeak state. eSpeak NG 1.51 carries state
// from one utterance to the next (the same text comes out a little longer or shorter, and
// a process's first utterance much faster), so only a fresh copy of the state makes two
// passes over a script, or one script in any worker, sound exactly the same. The child
// also overlaps synthesis with the caller's processing of the samples. Throws Error with
// the child's message when synthesis fails, or when the child dies.
std::vector<TimedSegment> NarrateInChildProcess(const std::vector<Segment>& segments,
                                                EspeakSession& speaker,
                                                const PinyinConverter& converter,
                                                const PauseSettings& pauses,
                                                const SampleSink& sink);

// Speaks `segments` in order (normalization + pinyin + eSpeak for each) with the silence
// `pauses` gives after each, and pauses.edge before the first and after the last.
// Segments with nothing to say (punctuation only) get no audio and no pause.
Narration Narrate(const std::vector<Segment>& segments, EspeakSession& speaker,
                  const PinyinConverter& converter, const PauseSettings& pauses);

}  // namespace briefcast
