#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "feeds/episode.h"

namespace briefcast {

// Caption layout limits: at most kMaxCueLines lines of at most kMaxLineChars characters
// (code points; a Han character counts as one): a caption holds at most 32 characters.
inline constexpr std::size_t kMaxLineChars = 16;
inline constexpr std::size_t kMaxCueLines = 2;

// A cue ready to display: its text already broken into lines.
struct CaptionCue {
  double start_seconds = 0;
  double end_seconds = 0;
  std::vector<std::string> lines;
};

// Lays each segment's cue out as captions: lines broken after clause punctuation where
// possible and never inside a word (the cue's timed words; without them, runs of ASCII
// letters and digits), and a segment too long for one caption split into consecutive
// captions, each starting when its first word is heard (without word times, dividing the
// segment's time in proportion to the characters). Text is cleaned of characters XML
// forbids and newlines; segments with no text are left out.
std::vector<CaptionCue> LayOutCaptions(const std::vector<Cue>& cues);

// WebVTT (W3C): "WEBVTT", then "00:00:05.000 --> 00:00:07.250" and the lines, with
// & < > escaped as the format requires.
std::string BuildWebVtt(const std::vector<Cue>& cues);

// SubRip: numbered cues timed "00:00:05,000 --> 00:00:07,250", the text with < > written
// fullwidth (＜ ＞): SRT has no escapes and players read tags in it.
std::string BuildSrt(const std::vector<Cue>& cues);

// 5.0 -> "00:00:05.000" with `decimal_separator` '.' (WebVTT) or ',' (SRT).
std::string CaptionTimestamp(double seconds, char decimal_separator);

}  // namespace briefcast
