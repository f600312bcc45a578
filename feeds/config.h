#pragma once

#include <filesystem>
#include <string>

#include "audio/loudness.h"
#include "audio/mp3_encoder.h"
#include "feeds/channel.h"
#include "synth/espeak_synthesizer.h"
#include "synth/segment.h"

namespace briefcast {

// Everything a publish run can be told. Defaults are complete: no file is needed.
struct Config {
  Channel channel;
  VoiceSettings voice;
  PauseSettings pauses;
  LoudnessTarget loudness;
  Mp3Settings mp3;
  int sample_rate_hz = 44100;
  std::filesystem::path lexicon;  // user pronunciation lexicon; none when empty
};

// Reads a TOML config file over the defaults (docs/configuration.md lists every key).
// Throws Error naming the file, the line and the key when a value is wrong or unknown.
Config LoadConfig(const std::filesystem::path& path);

}  // namespace briefcast
