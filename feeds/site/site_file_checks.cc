#include "feeds/site/site_file_checks.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <sstream>

namespace briefcast {
namespace {

// Allowance for rounding between cue times and the audio's length.
constexpr double kSlackSeconds = 0.5;

// "00:01:02.500" or "01:02.500" (separator '.' or ','), in seconds.
std::optional<double> ParseCueTime(const std::string& text, char separator) {
  static const std::regex kTime(R"((?:(\d+):)?([0-5]\d):([0-5]\d)[.,](\d{3}))");
  std::smatch match;
  if (!std::regex_match(text, match, kTime) || text[text.size() - 4] != separator) {
    return std::nullopt;
  }
  double hours = match[1].matched ? std::stod(match[1]) : 0;
  return hours * 3600 + std::stod(match[2]) * 60 + std::stod(match[3]) + std::stod(match[4]) / 1000;
}

// Checks one "start --> end[ settings]" line; returns a problem or "".
std::string CheckTiming(const std::string& line, char separator, double duration_seconds) {
  std::size_t arrow = line.find(" --> ");
  if (arrow == std::string::npos) return "expected a timing line \"start --> end\"";
  std::string end_text = line.substr(arrow + 5);
  end_text = end_text.substr(0, end_text.find(' '));
  auto start = ParseCueTime(line.substr(0, arrow), separator);
  auto end = ParseCueTime(end_text, separator);
  if (!start || !end) return "malformed timestamp in \"" + line + "\"";
  if (*end < *start) return "cue ends before it starts: \"" + line + "\"";
  if (*start > duration_seconds + kSlackSeconds) {
    return "cue starts after the audio ends: \"" + line + "\"";
  }
  return "";
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// Cue blocks: runs of non-empty lines, with the number of their first line.
std::vector<std::pair<int, std::vector<std::string>>> Blocks(const std::vector<std::string>& lines,
                                                             std::size_t first) {
  std::vector<std::pair<int, std::vector<std::string>>> blocks;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    if (i == first || lines[i - 1].empty()) blocks.push_back({static_cast<int>(i + 1), {}});
    blocks.back().second.push_back(lines[i]);
  }
  return blocks;
}

std::string At(const std::string& name, int line) {
  return name + ":" + std::to_string(line) + ": ";
}

}  // namespace

std::vector<std::string> CheckWebVtt(const std::string& text, const std::string& name,
                                     double duration_seconds) {
  std::vector<std::string> lines = Lines(text);
  std::string first = lines.empty() ? "" : lines[0];
  if (first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3);
  if (first.rfind("WEBVTT", 0) != 0) return {name + ": does not start with \"WEBVTT\""};
  auto blocks = Blocks(lines, 1);
  if (blocks.empty()) return {name + ": has no cues"};
  for (const auto& [line, block] : blocks) {
    if (block[0].rfind("NOTE", 0) == 0 || block[0].rfind("STYLE", 0) == 0) continue;
    bool has_id = block[0].find("-->") == std::string::npos && block.size() > 1;
    std::string problem = CheckTiming(block[has_id ? 1 : 0], '.', duration_seconds);
    if (!problem.empty()) return {At(name, line + (has_id ? 1 : 0)) + problem};
  }
  return {};
}

std::vector<std::string> CheckSrt(const std::string& text, const std::string& name,
                                  double duration_seconds) {
  auto blocks = Blocks(Lines(text), 0);
  if (blocks.empty()) return {name + ": has no cues"};
  int expected = 1;
  for (const auto& [line, block] : blocks) {
    if (block[0] != std::to_string(expected)) {
      return {At(name, line) + "expected cue number " + std::to_string(expected)};
    }
    if (block.size() < 2) return {At(name, line) + "cue has no timing line"};
    std::string problem = CheckTiming(block[1], ',', duration_seconds);
    if (!problem.empty()) return {At(name, line + 1) + problem};
    ++expected;
  }
  return {};
}

std::vector<std::string> CheckChaptersJson(const std::string& text, const std::string& name,
                                           double duration_seconds) {
  nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded()) return {name + ": not valid JSON"};
  if (!root.is_object() || !root.contains("version") || !root["version"].is_string()) {
    return {name + ": \"version\" is missing"};
  }
  if (!root.contains("chapters") || !root["chapters"].is_array()) {
    return {name + ": \"chapters\" is missing or not an array"};
  }
  double previous = 0;
  for (std::size_t i = 0; i < root["chapters"].size(); ++i) {
    const nlohmann::json& chapter = root["chapters"][i];
    std::string where = name + ": chapter " + std::to_string(i + 1) + ": ";
    if (!chapter.is_object() || !chapter.contains("startTime") ||
        !chapter["startTime"].is_number()) {
      return {where + "\"startTime\" is missing or not a number"};
    }
    if (!chapter.contains("title") || !chapter["title"].is_string()) {
      return {where + "\"title\" is missing or not a string"};
    }
    double start = chapter["startTime"].get<double>();
    if (start < previous) return {where + "starts before the chapter before it"};
    if (start > duration_seconds + kSlackSeconds) return {where + "starts after the audio ends"};
    previous = start;
  }
  return {};
}

std::vector<std::string> CheckJsonTranscript(const std::string& text, const std::string& name,
                                             double duration_seconds) {
  nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
  if (root.is_discarded()) return {name + ": not valid JSON"};
  if (!root.is_object() || !root.contains("version") || !root["version"].is_string()) {
    return {name + ": \"version\" is missing"};
  }
  if (!root.contains("segments") || !root["segments"].is_array()) {
    return {name + ": \"segments\" is missing or not an array"};
  }
  double previous = 0;
  for (std::size_t i = 0; i < root["segments"].size(); ++i) {
    const nlohmann::json& segment = root["segments"][i];
    const std::string where = name + ": segment " + std::to_string(i + 1) + ": ";
    const auto number = [&](const char* key) {
      return segment.is_object() && segment.contains(key) && segment[key].is_number();
    };
    if (!number("startTime") || !number("endTime")) {
      return {where + "\"startTime\" or \"endTime\" is missing or not a number"};
    }
    if (!segment.contains("body") || !segment["body"].is_string()) {
      return {where + "\"body\" is missing or not a string"};
    }
    const double start = segment["startTime"].get<double>();
    const double end = segment["endTime"].get<double>();
    if (start < previous) return {where + "starts before the segment before it"};
    if (end < start) return {where + "ends before it starts"};
    if (end > duration_seconds + kSlackSeconds) return {where + "ends after the audio ends"};
    previous = start;
  }
  return {};
}

std::vector<std::string> CheckEpisodeFile(const std::string& mime_type, const std::string& text,
                                          const std::string& name, double duration_seconds) {
  if (mime_type == "text/vtt") return CheckWebVtt(text, name, duration_seconds);
  if (mime_type == "application/x-subrip" || mime_type == "application/srt") {
    return CheckSrt(text, name, duration_seconds);
  }
  if (mime_type == "application/json") return CheckJsonTranscript(text, name, duration_seconds);
  if (mime_type == "application/json+chapters") {
    return CheckChaptersJson(text, name, duration_seconds);
  }
  return {};
}

}  // namespace briefcast
