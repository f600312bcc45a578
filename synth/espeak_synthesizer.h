#pragma once

#include <memory>
#include <string>

#include "audio/pcm.h"
#include "synth/spoken_token.h"

namespace briefcast {

struct VoiceSettings {
  int rate_wpm = 175;    // eSpeak's words per minute
  int pitch = 50;        // 0..100
  int volume = 100;      // eSpeak amplitude, 0..200
  std::string variant;   // eSpeak voice variant ("f2", "m3"); empty for the default
};

// Owns libespeak-ng's global state: construct one per process (a second live instance
// throws), use it from one thread. Synthesis is in memory; no file is written.
class EspeakSession {
 public:
  explicit EspeakSession(const VoiceSettings& settings);
  ~EspeakSession();
  EspeakSession(const EspeakSession&) = delete;
  EspeakSession& operator=(const EspeakSession&) = delete;

  int sample_rate_hz() const { return sample_rate_hz_; }

  // Speaks `tokens` with the cmn-latn-pinyin voice (Latin words with the English voice).
  // Leading and trailing silence that eSpeak adds is trimmed; pauses are the caller's.
  Pcm Speak(const SpokenTokens& tokens);

 private:
  int sample_rate_hz_ = 0;
};

// The SSML text eSpeak is given for `tokens` (exposed for tests).
std::string ToEspeakSsml(const SpokenTokens& tokens);

}  // namespace briefcast
