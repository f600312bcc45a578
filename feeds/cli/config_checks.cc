#include "feeds/cli/config_checks.h"

#include <algorithm>
#include <set>

#include "audio/error.h"
#include "audio/mp3_encoder.h"
#include "feeds/channel_rules.h"
#include "feeds/formats/cover_image_check.h"
#include "synth/input_file.h"
#include "synth/speech/espeak_synthesizer.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

// Why the configured cover file cannot be the podcast's artwork, or "": read (a regular file
// under the image cap) and checked before the site is touched.
std::string CoverFileProblem(const fs::path& cover) {
  try {
    const std::string problem =
        CoverImageProblem(ReadInputFile(cover, kMaxImageFileBytes, "cover image"));
    return problem.empty() ? "" : "\"" + cover.string() + "\" " + problem;
  } catch (const Error& error) {
    return std::string("cannot be used: ") + error.what();
  }
}

// Why the configured lexicon cannot be read, or "".
std::string LexiconFileProblem(const fs::path& lexicon) {
  try {
    ReadInputFile(lexicon, kMaxLexiconFileBytes, "lexicon");
    return "";
  } catch (const Error& error) {
    return std::string("cannot be used: ") + error.what();
  }
}

std::string Listed(const std::vector<int>& values) {
  std::string text;
  for (const int value : values) text += (text.empty() ? "" : ", ") + std::to_string(value);
  return text;
}

}  // namespace

void ValidateConfig(const fs::path& file, Config* config,
                    const std::function<int(const std::string& key)>& line_of) {
  auto fail = [&](const std::string& key, const std::string& what) {
    throw Error(file.string() + ":" + std::to_string(line_of(key)) + ": '" + key + "' " + what +
                " (see docs/configuration.md)");
  };
  Channel& channel = config->channel;
  for (const ChannelProblem& problem : ChannelProblems(channel)) {
    fail("podcast." + problem.key, problem.what);
  }
  channel.base_url = WithFinalSlash(channel.base_url);
  if (!channel.cover_image.empty()) {
    const std::string problem = CoverFileProblem(channel.cover_image);
    if (!problem.empty()) fail("podcast.cover_image", problem);
  }
  if (!config->lexicon.empty()) {
    const std::string problem = LexiconFileProblem(config->lexicon);
    if (!problem.empty()) fail("lexicon", problem);
  }
  if (!EspeakVariantExists(config->voice.variant)) {
    fail("voice.variant", "\"" + config->voice.variant +
                              "\" is not an eSpeak NG voice variant (f2, m3, klatt, ...)");
  }
  static const std::set<int> kMp3Rates = {8000,  11025, 12000, 16000, 22050,
                                          24000, 32000, 44100, 48000};
  if (!kMp3Rates.count(config->sample_rate_hz)) {
    fail("mp3.sample_rate_hz", "is not an MP3 sample rate (e.g. 22050, 44100, 48000)");
  }
  const std::vector<int> bitrates = Mp3Bitrates(config->sample_rate_hz);
  if (std::find(bitrates.begin(), bitrates.end(), config->mp3.bitrate_kbps) == bitrates.end()) {
    fail("mp3.bitrate_kbps", "is " + std::to_string(config->mp3.bitrate_kbps) + ", not a bitrate " +
                                 "MP3 allows at " + std::to_string(config->sample_rate_hz) +
                                 " Hz (" + Listed(bitrates) + ")");
  }
}

}  // namespace briefcast
