#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "feeds/config.h"
#include "feeds/publish/episode_plan.h"
#include "feeds/site_layout.h"
#include "synth/pinyin/pinyin_converter.h"

namespace briefcast {

// What every episode job of a run shares.
struct EpisodeJobSettings {
  const SiteLayout& site;
  const Config& config;  // with the channel the site's identity resolves to
  const PinyinConverter& converter;
  bool keep_wav = false;         // also write episodes/<id>.wav
  const std::string& cover_png;  // the APIC picture; none when empty
};

// Told as a job goes: the stage ("synthesis", "encoding", "files") and the fraction of the
// episode's audio that stage has done, 0..1 (several times per stage, at most about every
// percent).
using StageReport = std::function<void(const std::string& stage, double fraction)>;

struct MadeEpisode {
  double duration_seconds = 0;
  std::int64_t audio_bytes = 0;
  std::vector<std::pair<std::string, double>> stage_seconds;  // each stage's wall time, in order
  int mp3_parts = 0;         // the MP3 was encoded in this many parts ...
  int rerendered_parts = 0;  // ... of which these were rendered twice (an MP3 peak over)
};

// Writes the episode's audio, transcripts and chapters, then its record (last: a record names
// only files that are complete), as episodes/<id>.* of the site. Throws Error.
MadeEpisode MakeEpisode(const EpisodePlan& plan, const EpisodeJobSettings& settings,
                        const StageReport& report);

}  // namespace briefcast
