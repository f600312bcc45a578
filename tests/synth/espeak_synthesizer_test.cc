#include "synth/espeak_synthesizer.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "audio/error.h"

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
  CHECK(ToEspeakSsml(tokens) == "<speak>zhong1 guo2 C E O </speak>");
}

TEST_CASE("ToEspeakSsml re-opens the pinyin voice after a Latin word", "[espeak]") {
  SpokenTokens tokens = Syllables({"mai3"});
  tokens.push_back({SpokenToken::Kind::kLatinWord, "iPhone"});
  tokens.push_back({SpokenToken::Kind::kSyllable, "le5"});
  CHECK(ToEspeakSsml(tokens, "cmn-latn-pinyin+f2") ==
        "<speak>mai3 <voice xml:lang=\"en\">iPhone</voice>"
        "<voice name=\"cmn-latn-pinyin+f2\"> le5 </voice></speak>");
}

TEST_CASE("ToEspeakSsml escapes markup and breaks only at clause marks", "[espeak]") {
  SpokenTokens tokens = {{SpokenToken::Kind::kLatinWord, "AT&T<b>"},
                         {SpokenToken::Kind::kBreak, "\xEF\xBC\x8C"},   // ，
                         {SpokenToken::Kind::kBreak, "\xE2\x80\x9C"}};  // “
  CHECK(ToEspeakSsml(tokens) ==
        "<speak><voice xml:lang=\"en\">AT&amp;T&lt;b&gt;</voice>"
        "<voice name=\"cmn-latn-pinyin\"> <break time=\"150ms\"/> </voice></speak>");
}

TEST_CASE("EspeakSession speaks pinyin in memory at 22050 Hz", "[espeak]") {
  EspeakSession session(VoiceSettings{});
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
  EspeakSession session(VoiceSettings{});
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
    EspeakSession session(VoiceSettings{});
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

}  // namespace
}  // namespace briefcast
