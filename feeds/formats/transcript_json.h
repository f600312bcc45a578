#pragma once

#include <string>
#include <vector>

#include "feeds/episode.h"

namespace briefcast {

// The Podcasting 2.0 JSON transcript (podcast namespace, transcripts.md), version 1.0.0:
// {"version": "1.0.0", "segments": [{"startTime": 0.25, "endTime": 0.41, "body": "…"}]}.
// A segment per timed word of each cue (a cue without word times is one segment), times in
// seconds rounded to milliseconds, in order. A word's body runs to the next word of its cue
// (the punctuation after it included), the first word's from the start of the cue, so the
// bodies of a cue put together are its text. Text is cleaned as the captions' are.
std::string BuildJsonTranscript(const std::vector<Cue>& cues);

// The segments of BuildJsonTranscript before they are written.
struct TranscriptSegment {
  double start_seconds = 0;
  double end_seconds = 0;
  std::string body;
};
std::vector<TranscriptSegment> TranscriptSegments(const Cue& cue);

}  // namespace briefcast
