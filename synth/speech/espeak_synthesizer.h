#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "audio/pcm.h"
#include "synth/spoken_token.h"

namespace briefcast {

struct VoiceSettings {
  // eSpeak words per minute. 215 reads the seed article at about 260 Chinese characters
  // a minute, pauses included: a newsreader's pace (docs/audio.md, "Reading pace").
  int rate_wpm = 215;
  int pitch = 50;       // 0..100
  int volume = 100;     // eSpeak amplitude, 0..200
  std::string variant;  // eSpeak voice variant ("f2", "m3"); empty for the default
};

// The eSpeak voice name for `settings`: "cmn-latn-pinyin" or "cmn-latn-pinyin+f2".
std::string EspeakVoiceName(const VoiceSettings& settings);

// True when eSpeak NG has the voice variant `variant` (a file in its voices/!v; empty is the
// default voice). Initializes the library (as the first EspeakSession would) unless `variant`
// is empty. Throws Error
// when eSpeak cannot be initialized.
bool EspeakVariantExists(const std::string& variant);

// Owns libespeak-ng's global state (voice, parameters, synthesis callback): at most one
// instance is alive at a time (a second live instance throws Error); use it from one thread.
// The library is initialized by the first session and stays initialized until the process
// exits, because eSpeak NG 1.51 cannot be terminated and initialized again. Synthesis is in
// memory; no file is written.
class EspeakSession {
 public:
  // Throws Error when eSpeak NG or its cmn-latn-pinyin voice (or the variant) is missing,
  // or when another EspeakSession is alive.
  explicit EspeakSession(const VoiceSettings& settings);
  ~EspeakSession();
  EspeakSession(const EspeakSession&) = delete;
  EspeakSession& operator=(const EspeakSession&) = delete;

  int sample_rate_hz() const { return sample_rate_hz_; }

  // Speaks `tokens` with the cmn-latn-pinyin voice (Latin words with the English voice).
  // Leading and trailing silence that eSpeak adds is trimmed to about 10 ms; pauses are the
  // caller's. An empty token list gives empty audio.
  // When `token_starts` is given it receives one entry per token: the first sample (within
  // the returned Pcm, clamped to its range) where eSpeak reports a word starting in what
  // the token was written as, or -1 for a token eSpeak reported no word for (breaks).
  // eSpeak's word events are matched to tokens by their place in the SSML, so a Latin word
  // eSpeak reads as two words ("iPhone": "i", "Phone") starts at the first.
  Pcm Speak(const SpokenTokens& tokens, std::vector<std::int64_t>* token_starts = nullptr);

 private:
  int sample_rate_hz_ = 0;
  std::string voice_name_;
};

// The SSML text eSpeak is given for `tokens` (exposed for tests). After a Latin word, which
// is read by the English voice, `voice_name` is re-opened (eSpeak 1.51 would otherwise fall
// back to the `cmn` voice).
std::string ToEspeakSsml(const SpokenTokens& tokens,
                         const std::string& voice_name = "cmn-latn-pinyin");

}  // namespace briefcast
