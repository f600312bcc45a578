// Word timing against the audio a listener hears: words separated by known pauses are
// rendered into an MP3 (resampled, limited, encoded in parts and joined, as published),
// the MP3 is decoded, and each word's recorded start is compared with the onset of sound
// after the silence before it.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "audio/audio_file.h"
#include "feeds/config.h"
#include "feeds/publish/episode_audio.h"
#include "synth/pinyin/pinyin_converter.h"
#include "synth/speech/espeak_synthesizer.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

// Where sound starts after at least `min_silence_seconds` below `quiet`: the first sample
// louder than `loud` after such a stretch, in seconds.
std::vector<double> Onsets(const Pcm& pcm, double min_silence_seconds) {
  constexpr float kQuiet = 0.005f, kLoud = 0.02f;
  const auto min_silence = static_cast<std::size_t>(min_silence_seconds * pcm.sample_rate_hz);
  std::vector<double> onsets;
  std::size_t quiet_run = min_silence;  // the start counts as after a silence
  bool after_silence = true;
  for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
    const float level = std::abs(pcm.samples[i]);
    quiet_run = level < kQuiet ? quiet_run + 1 : 0;
    if (quiet_run >= min_silence) after_silence = true;
    if (level >= kLoud && after_silence) {
      onsets.push_back(static_cast<double>(i) / pcm.sample_rate_hz);
      after_silence = false;
    }
  }
  return onsets;
}

TEST_CASE("each word starts within 50 ms of its onset in the published MP3",
          "[espeak][lame][slow]") {
  Config config;
  EspeakSession speaker(config.voice);
  // Every word is set apart by a comma (a 150 ms pause inside the segment) or by the pause
  // between segments; the numbers, the Latin word and the acronym are one word each.
  EpisodeScript script;
  for (const char* text : {"54.5亿元，你好，二，iPhone，APP，马。", "2024年，我们，来了。",
                           "网络，覆盖，99%，的，农村。"}) {
    script.segments.push_back({text, 0, Boundary::kSentence});
  }
  script.chapters.push_back({0, "test", "", false});
  EpisodeRenderer renderer(script, speaker, PinyinConverter::Builtin(), config);

  std::vector<TimedWord> words;
  for (const Cue& cue : renderer.cues())
    words.insert(words.end(), cue.words.begin(), cue.words.end());
  std::vector<std::string> texts;
  for (const TimedWord& word : words) texts.push_back(word.text);
  CHECK(texts == std::vector<std::string>{"54.5亿元", "你", "好",  "二", "iPhone", "APP", "马",
                                          "2024年",   "我", "们",  "来", "了",     "网",  "络",
                                          "覆",       "盖", "99%", "的", "农",     "村"});

  testing::TempDir dir;
  renderer.RenderMp3File(dir.path() / "words.mp3");
  const Pcm heard = ReadAudioFile(dir.path() / "words.mp3");
  const std::vector<double> onsets = Onsets(heard, 0.1);
  float loudest = 0;
  for (float x : heard.samples) loudest = std::max(loudest, std::abs(x));
  INFO(heard.samples.size() << " samples at " << heard.sample_rate_hz << " Hz, peak " << loudest);
  // Words right after a pause: the first of each comma-separated group.
  std::vector<double> starts;
  for (const Cue& cue : renderer.cues()) {
    std::size_t at = 0;
    bool after_pause = true;
    for (const TimedWord& word : cue.words) {
      const std::size_t found = cue.text.find(word.text, at);
      if (after_pause) starts.push_back(word.start_seconds);
      after_pause = cue.text.compare(found + word.text.size(), 3, "，") == 0;
      at = found + word.text.size();
    }
  }
  REQUIRE(onsets.size() == starts.size());
  double worst = 0;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    INFO("word " << i << " at " << starts[i] << " s, onset at " << onsets[i] << " s");
    CHECK(std::abs(starts[i] - onsets[i]) <= 0.05);
    worst = std::max(worst, std::abs(starts[i] - onsets[i]));
  }
  WARN("largest word start error: " << worst * 1000 << " ms over " << starts.size() << " words");
  // Words inside a group start in order, within their cue.
  for (std::size_t i = 1; i < words.size(); ++i)
    CHECK(words[i].start_seconds >= words[i - 1].start_seconds);
}

}  // namespace
}  // namespace briefcast
