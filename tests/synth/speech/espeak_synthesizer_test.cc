#include "synth/speech/espeak_synthesizer.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>

#include "audio/audio_file.h"
#include "audio/error.h"
#include "audio/loudness.h"
#include "audio/mp3_encoder.h"
#include "audio/resampler.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

SpokenTokens Syllables(std::initializer_list<const char*> texts) {
  SpokenTokens tokens;
  for (const char* text : texts) tokens.push_back({SpokenToken::Kind::kSyllable, text});
  return tokens;
}

double Rms(const Pcm& pcm) {
  double sum = 0;
  for (float s : pcm.samples) sum += static_cast<double>(s) * s;
  return pcm.samples.empty() ? 0 : std::sqrt(sum / pcm.samples.size());
}

TEST_CASE("ToEspeakSsml separates syllables and spells letters", "[espeak]") {
  SpokenTokens tokens = Syllables({"zhong1", "guo2"});
  tokens.push_back({SpokenToken::Kind::kLetters, "CEO"});
  CHECK(ToEspeakSsml(tokens) == "zhong1 guo2 C E O ");
}

TEST_CASE("ToEspeakSsml re-opens the pinyin voice after a Latin word", "[espeak]") {
  SpokenTokens tokens = Syllables({"mai3"});
  tokens.push_back({SpokenToken::Kind::kLatinWord, "iPhone"});
  tokens.push_back({SpokenToken::Kind::kSyllable, "le5"});
  CHECK(ToEspeakSsml(tokens, "cmn-latn-pinyin+f2") ==
        "mai3 <voice xml:lang=\"en\">iPhone</voice>"
        "<voice name=\"cmn-latn-pinyin+f2\"> le5 </voice>");
}

TEST_CASE("ToEspeakSsml escapes markup and breaks only at clause marks", "[espeak]") {
  SpokenTokens tokens = {{SpokenToken::Kind::kLatinWord, "AT&T<b>"},
                         {SpokenToken::Kind::kBreak, "\xEF\xBC\x8C"},   // ，
                         {SpokenToken::Kind::kBreak, "\xE2\x80\x9C"}};  // “
  CHECK(ToEspeakSsml(tokens) ==
        "<voice xml:lang=\"en\">AT&amp;T&lt;b&gt;</voice>"
        "<voice name=\"cmn-latn-pinyin\"> <break time=\"150ms\"/> </voice>");
}

// eSpeak's own default pace, which the length bounds below are written for.
VoiceSettings AtEspeakDefaultRate() {
  VoiceSettings settings;
  settings.rate_wpm = 175;
  return settings;
}

TEST_CASE("EspeakSession speaks pinyin in memory at 22050 Hz", "[espeak]") {
  EspeakSession session(AtEspeakDefaultRate());
  REQUIRE(session.sample_rate_hz() == 22050);
  std::vector<std::int64_t> word_starts;
  Pcm pcm = session.Speak(Syllables({"ni3", "hao3"}), &word_starts);
  CHECK(pcm.sample_rate_hz == 22050);
  // Two syllables at the default rate: a few hundred milliseconds of real sound.
  CHECK(pcm.DurationSeconds() > 0.3);
  CHECK(pcm.DurationSeconds() < 1.5);
  CHECK(Rms(pcm) > 0.02);
  REQUIRE(word_starts.size() == 2);
  CHECK(word_starts[0] < word_starts[1]);
  CHECK(word_starts[1] < static_cast<std::int64_t>(pcm.samples.size()));

  SECTION("leading and trailing silence is trimmed to about 10 ms") {
    auto audible = [](float s) { return std::fabs(s) >= 0.001f; };
    auto first = std::find_if(pcm.samples.begin(), pcm.samples.end(), audible);
    auto last = std::find_if(pcm.samples.rbegin(), pcm.samples.rend(), audible);
    CHECK(first - pcm.samples.begin() <= 221);
    CHECK(last - pcm.samples.rbegin() <= 221);
  }
  SECTION("empty input gives empty audio") { CHECK(session.Speak({}).samples.empty()); }
  SECTION("a second live session throws") {
    CHECK_THROWS_AS(EspeakSession(VoiceSettings{}), Error);
  }
}

TEST_CASE("EspeakSession reads letters and Latin words with plausible lengths", "[espeak]") {
  EspeakSession session(AtEspeakDefaultRate());
  Pcm letters = session.Speak({{SpokenToken::Kind::kLetters, "CEO"}});
  // Three letter names, each roughly a syllable or two.
  CHECK(letters.DurationSeconds() > 0.5);
  CHECK(letters.DurationSeconds() < 3.0);
  SpokenTokens mixed = Syllables({"mai3"});
  mixed.push_back({SpokenToken::Kind::kLatinWord, "iPhone"});
  mixed.push_back({SpokenToken::Kind::kSyllable, "le5"});
  Pcm speech = session.Speak(mixed);
  CHECK(speech.DurationSeconds() > 0.6);
  CHECK(speech.DurationSeconds() < 3.0);
}

TEST_CASE("EspeakSession settings change the audio", "[espeak]") {
  double normal = 0;
  {
    EspeakSession session(AtEspeakDefaultRate());
    normal = session.Speak(Syllables({"zhong1", "guo2", "ren2", "min2"})).DurationSeconds();
  }
  VoiceSettings fast;
  fast.rate_wpm = 300;
  fast.variant = "f2";
  EspeakSession session(fast);
  double quick = session.Speak(Syllables({"zhong1", "guo2", "ren2", "min2"})).DurationSeconds();
  CHECK(quick < normal * 0.8);
}

TEST_CASE("EspeakSession rejects an unknown variant", "[espeak]") {
  VoiceSettings settings;
  settings.variant = "no-such-variant";
  CHECK_THROWS_AS(EspeakSession(settings), Error);
  EspeakSession recovered(VoiceSettings{});  // the failed one released the engine
  CHECK(recovered.sample_rate_hz() == 22050);
}

// About 20 s of news in pinyin, one sentence per line.
constexpr const char* kNews[] = {
    "zhong1 guo2 ren2 min2 yin2 hang2 jin1 tian1 xuan1 bu4 jiang4 di1 cun2 kuan3 zhun3 bei4 "
    "jin1 lv4 ling2 dian3 wu3 ge4 bai3 fen1 dian3",
    "ci3 ci4 jiang4 zhun3 jiang1 shi4 fang4 chang2 qi1 zi1 jin1 yue1 yi2 wan4 yi4 yuan2",
    "zhuan1 jia1 ren4 wei2 zhe4 yi1 cuo4 shi1 you3 zhu4 yu2 wen3 ding4 jing1 ji4 zeng1 zhang3",
    "bei3 jing1 shi4 zheng4 fu3 biao3 shi4 jiang1 ji4 xu4 tui1 jin4 cheng2 shi4 geng1 xin1",
    "ke1 ji4 chuang4 xin1 cheng2 wei2 tui1 dong4 fa1 zhan3 de5 zhong4 yao4 li4 liang4",
    "tian1 qi4 yu4 bao4 xian3 shi4 ming2 tian1 bei3 fang1 da4 bu4 fen1 di4 qu1 you3 xiao3 yu3",
};

// The episode chain: speech + pauses at eSpeak's rate, resampled, normalized once.
Pcm NewsEpisode(EspeakSession& session) {
  Pcm episode{session.sample_rate_hz(), {}};
  AppendSilence(episode, std::chrono::milliseconds(250));
  for (const char* sentence : kNews) {
    std::istringstream words(sentence);
    SpokenTokens tokens;
    for (std::string word; words >> word;) tokens.push_back({SpokenToken::Kind::kSyllable, word});
    const Pcm speech = session.Speak(tokens);
    episode.samples.insert(episode.samples.end(), speech.samples.begin(), speech.samples.end());
    AppendSilence(episode, std::chrono::milliseconds(300));
  }
  Pcm resampled = Resample(episode, 44100);
  NormalizeLoudness(resampled, LoudnessTarget{});
  return resampled;
}

TEST_CASE("A normalized eSpeak episode meets -16 LUFS / -1 dBTP as a decoded MP3",
          "[espeak][lame][slow]") {
  EspeakSession session(VoiceSettings{});
  const Pcm episode = NewsEpisode(session);
  REQUIRE(episode.DurationSeconds() > 15);
  testing::TempDir dir;
  const auto path = dir.path() / "news.mp3";
  std::ofstream(path, std::ios::binary) << EncodeMp3(episode, Mp3Settings{});
  const LoudnessMeasurement m = MeasureLoudness(ReadAudioFile(path));
  CHECK(m.integrated_lufs == Approx(-16.0).margin(0.5));
  CHECK(m.true_peak_dbtp <= -1.0);

  if (testing::RunCommand("command -v ffmpeg").exit_code != 0) {
    WARN("ffmpeg not installed: cross-check skipped");
    return;
  }
  // The check the issue names, parsed from ffmpeg's summary.
  const auto ffmpeg = testing::RunCommand("ffmpeg -hide_banner -nostats -i '" + path.string() +
                                          "' -af ebur128=peak=true -f null - 2>&1 | "
                                          "sed -n '/Summary/,$p' | grep -E 'I:|Peak:'");
  double lufs = 0, peak = 0;
  REQUIRE(std::sscanf(ffmpeg.output.c_str(), " I: %lf LUFS Peak: %lf", &lufs, &peak) == 2);
  CHECK(lufs >= -17.0);
  CHECK(lufs <= -15.0);
  CHECK(peak <= -1.0);
}

}  // namespace
}  // namespace briefcast
