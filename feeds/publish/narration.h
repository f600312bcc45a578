#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "audio/pcm.h"
#include "synth/pinyin/pinyin_converter.h"
#include "synth/speech/espeak_synthesizer.h"
#include "synth/speech/segment.h"
#include "synth/speech/spoken_words.h"

namespace briefcast {

// A segment and where it is heard: [start_sample, start_sample + sample_count) of the
// narration's PCM, speech only (the pause after it is not included).
// `words` are its words as the reader sees them (bytes of segment.text), each starting at
// a sample of the narration's PCM, in order.
struct TimedSegment {
  Segment segment;
  std::int64_t start_sample = 0;
  std::int64_t sample_count = 0;
  std::vector<SpokenWord> words;
};

// When each segment of a narration is heard.
struct NarrationTimeline {
  int sample_rate_hz = 0;
  std::vector<TimedSegment> segments;

  double StartSeconds(const TimedSegment& t) const;
  double EndSeconds(const TimedSegment& t) const;
};

// Receives a narration's samples in order, a segment or a pause at a time.
using SampleSink = std::function<void(std::span<const float>)>;
// Told after each segment and the pause after it are in the sink: how many segments are done.
using SegmentsDone = std::function<void(std::size_t done)>;

// Speaks `segments` in order (normalization + pinyin + eSpeak for each) with the silence
// `pauses` gives after each, and pauses.edge before the first and after the last, handing
// the audio to `sink` as it is made (memory does not grow with the narration); returns the
// timeline. Segments with nothing to say (punctuation only) get no audio and no pause.
std::vector<TimedSegment> NarrateTo(const std::vector<Segment>& segments, EspeakSession& speaker,
                                    const PinyinConverter& converter, const PauseSettings& pauses,
                                    const SampleSink& sink, const SegmentsDone& done = {});

// NarrateTo() in a child process forked for the purpose, the samples coming back through a
// pipe, so that every call starts from the same eSpeak state. eSpeak NG 1.51 carries state
// from one utterance to the next (the same text comes out a little longer or shorter, and
// a process's first utterance much faster), so only a fresh copy of the state makes one
// script sound exactly the same in any worker, whatever that worker spoke before. The child
// also overlaps synthesis with the caller's processing of the samples. Throws Error with
// the child's message when synthesis fails, or when the child dies.
std::vector<TimedSegment> NarrateInChildProcess(const std::vector<Segment>& segments,
                                                EspeakSession& speaker,
                                                const PinyinConverter& converter,
                                                const PauseSettings& pauses, const SampleSink& sink,
                                                const SegmentsDone& done = {});

}  // namespace briefcast
