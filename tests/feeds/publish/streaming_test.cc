// Streaming, parallel rendering: the same bytes whatever the number of workers, one valid
// MP3 stream per episode at the loudness aim, and a kept WAV that is the MP3's audio.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "audio/audio_file.h"
#include "audio/id3_tags.h"
#include "feeds/formats/cover_art.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

void Publish(const fs::path& site, const std::string& options) {
  const fs::path examples = testing::SourceDir() / "docs" / "examples";
  auto run = RunCommand(std::string(BRIEFCAST_BINARY) + " publish --site " + site.string() + " " +
                        options + " " + (examples / "2024-07-01-volunteers.txt").string() + " " +
                        (examples / "2024-06-12-5g-network.txt").string() + " " +
                        (examples / "2024-06-20-customer-service.txt").string());
  INFO(run.output);
  REQUIRE(run.exit_code == 0);
}

// The record's duration, cues and chapters against the decoded audio of its MP3 (made of
// parts encoded apart and joined): the exact length; ffprobe's duration within 0.05 s;
// every cue and chapter starting where speech starts after a pause, within 50 ms.
void CheckTimedToAudio(const fs::path& mp3, const Pcm& decoded) {
  fs::path record_path = mp3;
  record_path.replace_extension(".json");
  const auto record = nlohmann::json::parse(testing::ReadFile(record_path));
  const double duration = record["duration_seconds"];
  CHECK(static_cast<double>(decoded.samples.size()) == Approx(duration * 44100).margin(0.5));
  const auto probe = RunCommand("ffprobe -v error -show_entries format=duration -of csv=p=0 '" +
                                mp3.string() + "'");
  if (probe.exit_code == 0) CHECK(std::stod(probe.output) == Approx(duration).margin(0.05));
  const auto peak = [&](double from, double to) {
    float loudest = 0;
    for (auto i = static_cast<std::size_t>(std::max(0.0, from) * 44100);
         i < std::min<std::size_t>(decoded.samples.size(), to * 44100); ++i) {
      loudest = std::max(loudest, std::abs(decoded.samples[i]));
    }
    return loudest;
  };
  std::vector<double> starts;
  for (const auto& cue : record["cues"]) starts.push_back(cue["start_seconds"]);
  for (const auto& chapter : record["chapters"]) starts.push_back(chapter["start_seconds"]);
  for (const double start : starts) {
    if (start == 0) continue;
    INFO("speech starting at " << start << " s");
    CHECK(peak(start - 0.08, start - 0.05) < 0.01);  // a pause before (below -40 dBFS)
    CHECK(peak(start, start + 0.05) > 0.03);         // speech at once
  }
}

// The pauses (>= 100 ms below -60 dBFS) that speech runs into still above -30 dBFS in its
// last millisecond: a hard cut, as scripts/count-hard-cuts counts them.
int HardCutsIntoPauses(const Pcm& pcm) {
  const auto& s = pcm.samples;
  const std::size_t ms = static_cast<std::size_t>(pcm.sample_rate_hz / 1000);
  const float silent = std::pow(10.0f, -60.0f / 20), loud = std::pow(10.0f, -30.0f / 20);
  int cuts = 0;
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (std::abs(s[i]) < silent) {
      ++run;
      continue;
    }
    const std::size_t begin = i - run;
    if (run >= ms * 100 && begin >= ms) {
      float before = 0;
      for (std::size_t k = begin - ms; k < begin; ++k) before = std::max(before, std::abs(s[k]));
      cuts += before > loud ? 1 : 0;
    }
    run = 0;
  }
  return cuts;
}

TEST_CASE("two workers publish the same MP3s and transcripts as one (--jobs 2, --jobs 1)",
          "[e2e][espeak][lame][slow]") {
  testing::TempDir dir;
  Publish(dir.path() / "one", "--jobs 1 --keep-wav");
  Publish(dir.path() / "two", "--jobs 2");
  int episodes = 0;
  for (const auto& entry : fs::directory_iterator(dir.path() / "one" / "episodes")) {
    const fs::path name = entry.path().filename();
    const std::string extension = name.extension().string();
    if (extension != ".mp3" && extension != ".vtt" && extension != ".srt") continue;
    INFO(name);
    const std::string single = testing::ReadFile(entry.path());
    REQUIRE(!single.empty());
    CHECK(single == testing::ReadFile(dir.path() / "two" / "episodes" / name));
    if (extension != ".mp3") continue;
    ++episodes;
    // The kept WAV is the audio before encoding: the MP3 decodes to its length.
    fs::path wav = entry.path();
    wav.replace_extension(".wav");
    const Pcm before = ReadAudioFile(wav);
    const Pcm decoded = ReadAudioFile(entry.path());
    CHECK(before.sample_rate_hz == 44100);
    CHECK(decoded.samples.size() == before.samples.size());  // joined from parts, exactly
    CHECK(HardCutsIntoPauses(before) == 0);                  // speech fades into its pauses
    // The cover drawn for the channel is embedded, as players show it.
    const std::string cover = ReadId3Tags(entry.path()).cover_png;
    REQUIRE(PngSize(cover).has_value());
    CHECK(PngSize(cover)->width == 600);
    CheckTimedToAudio(entry.path(), decoded);
    // What the listener hears: -16 LUFS (the MP3's loudness follows from the model's
    // choice of gain, audio/limited_loudness.h) and no true peak over -1 dBTP.
    const LoudnessMeasurement heard = MeasureAudioFile(entry.path());
    CHECK(heard.integrated_lufs == Approx(-16.0).margin(0.7));
    CHECK(heard.true_peak_dbtp <= -1.0);
    if (RunCommand("command -v mp3val").exit_code == 0) {
      auto check = RunCommand("mp3val '" + entry.path().string() + "'");
      CHECK(check.output.find("WARNING") == std::string::npos);
      CHECK(check.output.find("ERROR") == std::string::npos);
    }
  }
  CHECK(episodes == 3);
}

}  // namespace
}  // namespace briefcast
