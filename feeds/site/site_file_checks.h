#pragma once

#include <string>
#include <vector>

namespace briefcast {

// Validators for the files of one episode. Each returns one line per problem, prefixed with
// `name` (the file as the user knows it, "episodes/x.vtt"); empty when the file is fine.
// `duration_seconds` is the audio's length: no cue or chapter may start after it.

// WebVTT: the "WEBVTT" signature, then cues whose timing lines parse with start <= end.
std::vector<std::string> CheckWebVtt(const std::string& text, const std::string& name,
                                     double duration_seconds);

// SubRip: numbered cues with "00:00:05,000 --> 00:00:07,000" timings, start <= end.
std::vector<std::string> CheckSrt(const std::string& text, const std::string& name,
                                  double duration_seconds);

// JSON chapters: valid JSON, "version", "chapters" with numeric startTime in order and a
// string title.
std::vector<std::string> CheckChaptersJson(const std::string& text, const std::string& name,
                                           double duration_seconds);

// Podcasting 2.0 JSON transcript: valid JSON, "version", "segments" each with numeric
// startTime and endTime (start <= end, starts in order, ending inside the audio) and a
// string body.
std::vector<std::string> CheckJsonTranscript(const std::string& text, const std::string& name,
                                             double duration_seconds);

// The check for a file of the MIME type a feed gives it ("text/vtt", "application/x-subrip"
// or "application/srt", "application/json" (a transcript), "application/json+chapters"); no
// problems for other types.
std::vector<std::string> CheckEpisodeFile(const std::string& mime_type, const std::string& text,
                                          const std::string& name, double duration_seconds);

}  // namespace briefcast
