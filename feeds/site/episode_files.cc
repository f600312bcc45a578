#include "feeds/site/episode_files.h"

#include "feeds/formats/chapters_json.h"
#include "feeds/formats/transcript.h"
#include "feeds/formats/transcript_json.h"
#include "feeds/site/atomic_file.h"

namespace briefcast {

std::vector<std::pair<std::string, std::string>> DerivedEpisodeFiles(const EpisodeRecord& record) {
  return {{".vtt", BuildWebVtt(record.cues)},
          {".srt", BuildSrt(record.cues)},
          {".transcript.json", BuildJsonTranscript(record.cues)},
          {".chapters.json", BuildChaptersJson(record.chapters)}};
}

std::vector<std::string> RestoreDerivedFiles(const SiteLayout& site, const EpisodeRecord& record) {
  std::vector<std::string> restored;
  for (const auto& [suffix, content] : DerivedEpisodeFiles(record)) {
    const std::filesystem::path path = site.episode_file(record.id, suffix);
    if (WriteFileIfChanged(path, content)) restored.push_back("episodes/" + record.id + suffix);
  }
  return restored;
}

}  // namespace briefcast
