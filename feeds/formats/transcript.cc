#include "feeds/formats/transcript.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "feeds/formats/xml_text.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

bool IsBreakPunctuation(char32_t c) {
  return utf8::IsCjkPunctuation(c) || c == ',' || c == '.' || c == ';' || c == ':' || c == '?' ||
         c == '!' || c == ')' || c == '"' || c == ' ';
}

// The text as code points on one line: cleaned, newlines and tabs made spaces, trimmed.
std::u32string OneLine(const std::string& text) {
  std::u32string line = utf8::Decode(XmlSafeText(text));
  std::replace_if(
      line.begin(), line.end(), [](char32_t c) { return c == '\n' || c == '\r' || c == '\t'; },
      U' ');
  std::size_t first = line.find_first_not_of(U' ');
  if (first == std::u32string::npos) return U"";
  return line.substr(first, line.find_last_not_of(U' ') - first + 1);
}

// Whether a line may break after text[i]: after punctuation, but not inside numbers such
// as "9:30", "2.35" or "3,000".
bool BreaksAfter(const std::u32string& text, std::size_t i) {
  if (!IsBreakPunctuation(text[i])) return false;
  bool inside_number = (text[i] == '.' || text[i] == ',' || text[i] == ':') && i > 0 &&
                       i + 1 < text.size() && utf8::IsAsciiDigit(text[i - 1]) &&
                       utf8::IsAsciiDigit(text[i + 1]);
  return !inside_number;
}

// Pieces that end after a run of punctuation, each at most kMaxLineChars long.
std::vector<std::u32string> BreakPieces(const std::u32string& text) {
  std::vector<std::u32string> pieces(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (pieces.back().size() == kMaxLineChars) pieces.emplace_back();
    pieces.back() += text[i];
    bool run_ends = i + 1 == text.size() || !IsBreakPunctuation(text[i + 1]);
    if (BreaksAfter(text, i) && run_ends) pieces.emplace_back();
  }
  if (pieces.back().empty()) pieces.pop_back();
  return pieces;
}

// Lines of at most kMaxLineChars, filled greedily with whole pieces.
std::vector<std::u32string> BreakLines(const std::u32string& text) {
  std::vector<std::u32string> lines;
  for (const std::u32string& piece : BreakPieces(text)) {
    if (lines.empty() || lines.back().size() + piece.size() > kMaxLineChars) {
      lines.emplace_back();
    }
    lines.back() += piece;
  }
  for (std::u32string& line : lines) {
    while (!line.empty() && line.back() == U' ') line.pop_back();
    while (!line.empty() && line.front() == U' ') line.erase(0, 1);
  }
  std::erase_if(lines, [](const std::u32string& line) { return line.empty(); });
  return lines;
}

void AppendCaptions(const Cue& cue, std::vector<CaptionCue>& captions) {
  std::vector<std::u32string> lines = BreakLines(OneLine(cue.text));
  std::size_t total_chars = 0;
  for (const auto& line : lines) total_chars += line.size();
  double seconds_per_char =
      (cue.end_seconds - cue.start_seconds) / std::max<double>(1, total_chars);
  std::size_t chars_before = 0;
  for (std::size_t first = 0; first < lines.size(); first += kMaxCueLines) {
    CaptionCue caption;
    std::size_t chars = 0;
    for (std::size_t i = first; i < std::min(lines.size(), first + kMaxCueLines); ++i) {
      caption.lines.push_back(utf8::Encode(lines[i]));
      chars += lines[i].size();
    }
    caption.start_seconds = cue.start_seconds + chars_before * seconds_per_char;
    chars_before += chars;
    bool last = first + kMaxCueLines >= lines.size();
    caption.end_seconds =
        last ? cue.end_seconds : cue.start_seconds + chars_before * seconds_per_char;
    captions.push_back(std::move(caption));
  }
}

std::string EscapeVtt(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '&') {
      escaped += "&amp;";
    } else if (c == '<') {
      escaped += "&lt;";
    } else if (c == '>') {
      escaped += "&gt;";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

// SRT has no escapes, yet players read <b>, <i>, <font> and some any tag in it: angle
// brackets become fullwidth ＜ ＞ so article text can never be taken for markup.
std::string EscapeSrt(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '<') {
      escaped += "＜";
    } else if (c == '>') {
      escaped += "＞";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

}  // namespace

std::vector<CaptionCue> LayOutCaptions(const std::vector<Cue>& cues) {
  std::vector<CaptionCue> captions;
  for (const Cue& cue : cues) AppendCaptions(cue, captions);
  return captions;
}

std::string CaptionTimestamp(double seconds, char decimal_separator) {
  long long ms = std::llround(std::max(0.0, seconds) * 1000);
  char text[40];
  std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld%c%03lld", ms / 3600000, ms / 60000 % 60,
                ms / 1000 % 60, decimal_separator, ms % 1000);
  return text;
}

std::string BuildWebVtt(const std::vector<Cue>& cues) {
  std::string vtt = "WEBVTT\n";
  for (const CaptionCue& caption : LayOutCaptions(cues)) {
    vtt += "\n" + CaptionTimestamp(caption.start_seconds, '.') + " --> " +
           CaptionTimestamp(caption.end_seconds, '.') + "\n";
    for (const std::string& line : caption.lines) vtt += EscapeVtt(line) + "\n";
  }
  return vtt;
}

std::string BuildSrt(const std::vector<Cue>& cues) {
  std::string srt;
  int number = 0;
  for (const CaptionCue& caption : LayOutCaptions(cues)) {
    if (number > 0) srt += "\n";
    srt += std::to_string(++number) + "\n" + CaptionTimestamp(caption.start_seconds, ',') +
           " --> " + CaptionTimestamp(caption.end_seconds, ',') + "\n";
    for (const std::string& line : caption.lines) srt += EscapeSrt(line) + "\n";
  }
  return srt;
}

}  // namespace briefcast
