#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace briefcast {

struct Id3Chapter {
  std::string title;
  double start_seconds = 0;
  double end_seconds = 0;
};

struct Id3Tags {
  std::string title;
  std::string artist;                // the publisher
  std::string album;                 // the podcast's title
  std::string date;                  // YYYY-MM-DD
  std::string comment;               // the episode description
  std::string cover_png;             // PNG bytes; no APIC frame when empty
  std::vector<Id3Chapter> chapters;  // in order; one CTOC + one CHAP each
};

// Replaces the tags of the MP3 file at `mp3_path` with `tags` as ID3v2.3 (UTF-16 text),
// chapters as one ordered top-level CTOC with a TIT2 plus one CHAP (with TIT2) per chapter.
// Throws Error when the file cannot be read or written.
void WriteId3Tags(const std::filesystem::path& mp3_path, const Id3Tags& tags);

// Reads back what WriteId3Tags wrote (for checks and tests).
Id3Tags ReadId3Tags(const std::filesystem::path& mp3_path);

}  // namespace briefcast
