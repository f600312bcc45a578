#include "feeds/formats/transcript_json.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "feeds/formats/xml_text.h"

namespace briefcast {
namespace {

double Milliseconds(double seconds) { return std::round(seconds * 1000) / 1000; }

// `text` on one line: newlines and tabs made spaces.
std::string OneLine(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return text;
}

}  // namespace

std::vector<TranscriptSegment> TranscriptSegments(const Cue& cue) {
  const std::string& text = cue.text;
  // Where each word starts in the text, found in order; words not found are left out.
  std::vector<std::pair<std::size_t, const TimedWord*>> found;
  std::size_t at = 0;
  for (const TimedWord& word : cue.words) {
    const std::size_t where = word.text.empty() ? std::string::npos : text.find(word.text, at);
    if (where == std::string::npos) continue;
    found.emplace_back(where, &word);
    at = where + word.text.size();
  }
  if (found.empty()) return {{cue.start_seconds, cue.end_seconds, text}};
  std::vector<TranscriptSegment> segments;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::size_t from = i == 0 ? 0 : found[i].first;
    const std::size_t to = i + 1 < found.size() ? found[i + 1].first : text.size();
    const TimedWord& word = *found[i].second;
    segments.push_back({word.start_seconds, word.end_seconds, text.substr(from, to - from)});
  }
  return segments;
}

std::string BuildJsonTranscript(const std::vector<Cue>& cues) {
  // One segment a line, so that the file reads and diffs well.
  std::string out = "{\"version\": \"1.0.0\", \"segments\": [";
  const char* separator = "\n";
  double last_start = 0;
  for (const Cue& cue : cues) {
    for (const TranscriptSegment& segment : TranscriptSegments(cue)) {
      const std::string body = OneLine(XmlSafeText(segment.body));
      if (body.find_first_not_of(' ') == std::string::npos) continue;
      const double start = std::max(last_start, Milliseconds(segment.start_seconds));
      const double end = std::max(start, Milliseconds(segment.end_seconds));
      const nlohmann::json item = {{"startTime", start}, {"endTime", end}, {"body", body}};
      out += separator + item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      separator = ",\n";
      last_start = start;
    }
  }
  return out + "\n]}\n";
}

}  // namespace briefcast
