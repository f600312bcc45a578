#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace briefcast {

// A word of a cue as the reader sees it (digits and Latin words as written: "14.54亿元" is
// one word) and when it is heard.
struct TimedWord {
  double start_seconds = 0;
  double end_seconds = 0;
  std::string text;
};

// One transcript cue: a segment's original text and when it is heard. `words`, when
// known, are in order, each found in `text` after the one before, within the cue's time.
struct Cue {
  double start_seconds = 0;
  double end_seconds = 0;
  std::string text;
  std::vector<TimedWord> words;
  int paragraph = 0;  // the segment's paragraph in the script (-1 for a title), for the page
};

// One chapter: where a section (title, paragraph group, story) starts.
struct ChapterMark {
  double start_seconds = 0;
  std::string title;
  std::string url;  // the story's source, empty when unknown
};

// The metadata of one published episode: the source of truth the feed, the page and
// the transcripts are rebuilt from. Stored as episodes/<id>.json.
struct EpisodeRecord {
  std::string id;    // ASCII [a-z0-9-], stable for the same article; file name stem
  std::string guid;  // never changes for the same article
  std::string title;
  std::string author;                   // the publisher
  std::string pub_date;                 // RFC 3339 date-time, "2024-06-07T08:00:00+08:00"
  std::string source_url;               // empty when unknown
  std::string episode_type = "full";    // "full", "trailer" or "bonus"
  std::vector<std::string> paragraphs;  // original text, for descriptions and the page
  std::int64_t audio_bytes = 0;         // size of episodes/<id>.mp3
  double duration_seconds = 0;          // exact, from the sample count
  std::string content_hash;             // hash of what was spoken and how
  std::vector<Cue> cues;
  std::vector<ChapterMark> chapters;
};

// JSON (de)serialization of the record. ReadEpisodeRecord throws Error naming the file
// and what is wrong when it is not a valid record.
std::string EpisodeRecordToJson(const EpisodeRecord& record);
EpisodeRecord EpisodeRecordFromJson(const std::string& json, const std::string& source_name);

}  // namespace briefcast
