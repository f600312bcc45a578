#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "audio/loudness.h"
#include "audio/mp3_encoder.h"
#include "feeds/channel.h"
#include "synth/speech/espeak_synthesizer.h"
#include "synth/speech/segment.h"

namespace briefcast {

// Everything a publish run can be told. Defaults are complete: no file is needed.
// feeds/cli/config_file.h reads it from a TOML file.
struct Config {
  Channel channel;
  VoiceSettings voice;
  PauseSettings pauses;
  LoudnessTarget loudness;
  Mp3Settings mp3;
  int sample_rate_hz = 44100;
  std::filesystem::path lexicon;  // user pronunciation lexicon; none when empty
  // What `publish` reads when given no ARTICLE: URLs, and paths made relative to the
  // config file's directory.
  std::vector<std::string> sources;
};

}  // namespace briefcast
