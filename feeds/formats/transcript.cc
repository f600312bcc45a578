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

// A stretch [begin, end) of a cue's line of text.
struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
};

// What is known about each character of a cue's line: whether a line may start there
// without cutting a word (the cue's timed words, else runs of ASCII letters and digits),
// and when the word starting there is heard (negative when none starts there).
struct LineText {
  std::u32string text;
  std::vector<bool> may_start;
  std::vector<double> word_start;
};

LineText Analyze(const Cue& cue) {
  LineText line{OneLine(cue.text), {}, {}};
  const std::size_t n = line.text.size();
  line.may_start.assign(n + 1, true);
  line.word_start.assign(n + 1, -1);
  for (std::size_t i = 1; i < n; ++i) {
    const auto alnum = [&](char32_t c) { return utf8::IsAsciiLetter(c) || utf8::IsAsciiDigit(c); };
    if (alnum(line.text[i - 1]) && alnum(line.text[i])) line.may_start[i] = false;
  }
  std::size_t at = 0;
  for (const TimedWord& word : cue.words) {
    const std::u32string text = utf8::Decode(word.text);
    const std::size_t found = text.empty() ? std::u32string::npos : line.text.find(text, at);
    if (found == std::u32string::npos) continue;
    for (std::size_t i = found + 1; i < found + text.size(); ++i) line.may_start[i] = false;
    line.word_start[found] = word.start_seconds;
    at = found + text.size();
  }
  return line;
}

// Pieces that end after a run of punctuation, each at most kMaxLineChars long; a longer
// stretch is cut before the last character that starts a word.
std::vector<Range> BreakPieces(const LineText& line) {
  const std::u32string& text = line.text;
  std::vector<Range> pieces{{0, 0}};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (pieces.back().size() == kMaxLineChars) {
      std::size_t cut = i;
      while (cut > pieces.back().begin + 1 && !line.may_start[cut]) --cut;
      if (!line.may_start[cut]) cut = i;
      pieces.back().end = cut;
      pieces.push_back({cut, cut});
      for (std::size_t k = cut; k < i; ++k) ++pieces.back().end;
    }
    ++pieces.back().end;
    const bool run_ends = i + 1 == text.size() || !IsBreakPunctuation(text[i + 1]);
    if (BreaksAfter(text, i) && run_ends) pieces.push_back({i + 1, i + 1});
  }
  if (pieces.back().size() == 0) pieces.pop_back();
  return pieces;
}

// Lines of at most kMaxLineChars, filled greedily with whole pieces, spaces at their ends
// left out.
std::vector<Range> BreakLines(const LineText& line) {
  std::vector<Range> lines;
  for (const Range& piece : BreakPieces(line)) {
    if (lines.empty() || lines.back().size() + piece.size() > kMaxLineChars) {
      lines.push_back({piece.begin, piece.begin});
    }
    lines.back().end = piece.end;
  }
  for (Range& range : lines) {
    while (range.size() > 0 && line.text[range.end - 1] == U' ') --range.end;
    while (range.size() > 0 && line.text[range.begin] == U' ') ++range.begin;
  }
  std::erase_if(lines, [](const Range& range) { return range.size() == 0; });
  return lines;
}

// When the caption made of `lines` [first, last) starts: when its first timed word is
// heard, else in proportion to the characters before it.
double CaptionStart(const Cue& cue, const LineText& line, const std::vector<Range>& lines,
                    std::size_t first, std::size_t last, std::size_t total_chars) {
  for (std::size_t i = lines[first].begin; i < lines[last - 1].end; ++i) {
    if (line.word_start[i] >= 0) return std::max(cue.start_seconds, line.word_start[i]);
  }
  std::size_t chars_before = 0;
  for (std::size_t k = 0; k < first; ++k) chars_before += lines[k].size();
  return cue.start_seconds +
         (cue.end_seconds - cue.start_seconds) * chars_before / std::max<double>(1, total_chars);
}

void AppendCaptions(const Cue& cue, std::vector<CaptionCue>& captions) {
  const LineText line = Analyze(cue);
  const std::vector<Range> lines = BreakLines(line);
  std::size_t total_chars = 0;
  for (const Range& range : lines) total_chars += range.size();
  const std::size_t first_caption = captions.size();
  for (std::size_t first = 0; first < lines.size(); first += kMaxCueLines) {
    const std::size_t last = std::min(lines.size(), first + kMaxCueLines);
    CaptionCue caption;
    for (std::size_t i = first; i < last; ++i) {
      caption.lines.push_back(utf8::Encode(line.text.substr(lines[i].begin, lines[i].size())));
    }
    caption.start_seconds = CaptionStart(cue, line, lines, first, last, total_chars);
    if (captions.size() > first_caption) {
      caption.start_seconds = std::max(caption.start_seconds, captions.back().start_seconds);
    }
    captions.push_back(std::move(caption));
  }
  // Each caption of the cue ends where the next starts, the last with the cue.
  for (std::size_t k = first_caption; k < captions.size(); ++k) {
    captions[k].end_seconds =
        k + 1 < captions.size() ? captions[k + 1].start_seconds : cue.end_seconds;
  }
  if (first_caption < captions.size()) captions[first_caption].start_seconds = cue.start_seconds;
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
