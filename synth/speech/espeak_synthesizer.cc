#include "synth/speech/espeak_synthesizer.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <string_view>
#include <utility>

#include "audio/error.h"
#include "synth/speech/espeak_ssml.h"

namespace briefcast {
namespace {

constexpr char kPinyinVoice[] = "cmn-latn-pinyin";
// Below this amplitude (about -60 dBFS) a sample counts as silence when trimming.
constexpr float kSilenceThreshold = 0.001f;
constexpr int kKeptSilenceMs = 10;

// eSpeak keeps its state in globals: at most one session may own it.
std::atomic<bool> g_session_alive{false};

// What the synthesis callback collects for one Speak() call.
struct Capture {
  std::vector<float> samples;
  // Each word eSpeak reports: its character position in the SSML (0-based) and its first
  // sample, from the start of `samples`.
  std::vector<std::pair<std::size_t, std::int64_t>> words;
  int sample_rate_hz = 0;
};

int CollectSamples(short* wav, int count, espeak_EVENT* events) {
  if (events == nullptr) return 0;
  auto* capture = static_cast<Capture*>(events->user_data);
  if (capture == nullptr) return 0;
  for (espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e) {
    if (e->type == espeakEVENT_WORD && e->text_position > 0 && e->length > 0) {
      capture->words.emplace_back(
          static_cast<std::size_t>(e->text_position - 1),
          static_cast<std::int64_t>(e->audio_position) * capture->sample_rate_hz / 1000);
    }
  }
  for (int i = 0; wav != nullptr && i < count; ++i) {
    capture->samples.push_back(static_cast<float>(wav[i]) / 32768.0f);
  }
  return 0;  // continue synthesis
}

std::string StatusMessage(espeak_ng_STATUS status) {
  char buffer[512] = {};
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

void CheckStatus(espeak_ng_STATUS status, const std::string& what) {
  if (status == ENS_OK) return;
  throw Error("eSpeak NG: " + what + " failed: " + StatusMessage(status) +
              ". Install eSpeak NG 1.51 or later with its data (Debian: libespeak-ng1, "
              "espeak-ng-data).");
}

// Points stderr at /dev/null while it lives. eSpeak NG 1.51 opens an audio device through
// pcaudiolib (PulseAudio, then ALSA) in espeak_ng_InitializeOutput() whatever the output mode,
// although synchronous mode only hands samples to our callback and never plays them; without
// a sound server or a writable HOME those libraries print lines such as "Failed to create
// secure directory" to stderr. Only that call is silenced.
class SilencedStderr {
 public:
  SilencedStderr() : saved_(::dup(STDERR_FILENO)) {
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved_ >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
    if (null >= 0) ::close(null);
  }
  ~SilencedStderr() {
    if (saved_ < 0) return;
    ::dup2(saved_, STDERR_FILENO);
    ::close(saved_);
  }
  SilencedStderr(const SilencedStderr&) = delete;
  SilencedStderr& operator=(const SilencedStderr&) = delete;

 private:
  int saved_;
};

// Initializes the library on first use and keeps it for the life of the process:
// eSpeak NG 1.51 hangs in espeak_ng_Terminate() once it has been initialized a second
// time, so sessions share one initialization and the library is never terminated.
// Throws Error (and retries on the next call) when initialization fails.
int InitializedEngineSampleRate() {
  static const int sample_rate_hz = [] {
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (context != nullptr) espeak_ng_ClearErrorContext(&context);
    CheckStatus(status, "initialization");
    espeak_ng_STATUS output = ENS_OK;
    {
      const SilencedStderr silenced;
      output = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    }
    CheckStatus(output, "output initialization");
    espeak_SetSynthCallback(CollectSamples);
    return espeak_ng_GetSampleRate();
  }();
  return sample_rate_hz;
}

// eSpeak silently ignores an unknown variant; this catches a misspelt one.
bool VariantExists(const std::string& variant) {
  if (variant.empty()) return true;
  if (variant.find('/') != std::string::npos || variant.starts_with(".")) return false;
  const char* data_path = nullptr;
  espeak_Info(&data_path);
  if (data_path == nullptr) return false;
  return std::filesystem::is_regular_file(std::filesystem::path(data_path) / "voices" / "!v" /
                                          variant);
}

}  // namespace

bool EspeakVariantExists(const std::string& variant) {
  if (variant.empty()) return true;
  InitializedEngineSampleRate();
  return VariantExists(variant);
}

namespace {

// Index of the first sample of `samples` to keep so that at most `keep` samples of
// silence precede the first audible one.
std::size_t LeadingCut(const std::vector<float>& samples, std::size_t keep) {
  auto first = std::find_if(samples.begin(), samples.end(),
                            [](float s) { return std::fabs(s) >= kSilenceThreshold; });
  std::size_t index = static_cast<std::size_t>(first - samples.begin());
  return index > keep ? index - keep : 0;
}

std::size_t TrailingEnd(const std::vector<float>& samples, std::size_t keep) {
  auto last = std::find_if(samples.rbegin(), samples.rend(),
                           [](float s) { return std::fabs(s) >= kSilenceThreshold; });
  std::size_t end = samples.size() - static_cast<std::size_t>(last - samples.rbegin());
  return std::min(samples.size(), end + keep);
}

// For each token, the first sample of the first word eSpeak reported inside its SSML
// range, less `cut` and clamped to [0, last]; -1 where it reported none.
void AssignTokenStarts(const std::vector<std::pair<std::size_t, std::int64_t>>& words,
                       const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                       std::int64_t cut, std::int64_t last, std::vector<std::int64_t>& starts) {
  for (const auto& [position, sample] : words) {
    // The last token whose range starts at or before the word (ranges are in order).
    auto it = std::upper_bound(ranges.begin(), ranges.end(), position,
                               [](std::size_t at, const auto& range) { return at < range.first; });
    if (it == ranges.begin()) continue;
    --it;
    if (position >= it->second) continue;  // in markup between tokens
    std::int64_t& start = starts[static_cast<std::size_t>(it - ranges.begin())];
    if (start < 0) start = std::clamp<std::int64_t>(sample - cut, 0, last);
  }
}

}  // namespace

std::string EspeakVoiceName(const VoiceSettings& settings) {
  std::string name = kPinyinVoice;
  if (!settings.variant.empty()) name += "+" + settings.variant;
  return name;
}

EspeakSession::EspeakSession(const VoiceSettings& settings)
    : voice_name_(EspeakVoiceName(settings)) {
  if (g_session_alive.exchange(true)) {
    throw Error(
        "eSpeak NG: a second EspeakSession was created while one is alive; eSpeak keeps its "
        "state in globals, so use one session per process (and processes for parallelism).");
  }
  try {
    sample_rate_hz_ = InitializedEngineSampleRate();
    if (!VariantExists(settings.variant) || espeak_SetVoiceByName(voice_name_.c_str()) != EE_OK) {
      throw Error("eSpeak NG: voice \"" + voice_name_ +
                  "\" not found. Check the voice variant in the configuration (e.g. f2, m3) "
                  "and that espeak-ng-data includes cmn-latn-pinyin (eSpeak NG 1.51+).");
    }
    espeak_SetParameter(espeakRATE, settings.rate_wpm, 0);
    espeak_SetParameter(espeakPITCH, settings.pitch, 0);
    espeak_SetParameter(espeakVOLUME, settings.volume, 0);
    espeak_SetParameter(espeakPUNCTUATION, espeakPUNCT_NONE, 0);
  } catch (...) {
    g_session_alive = false;
    throw;
  }
}

EspeakSession::~EspeakSession() { g_session_alive = false; }

Pcm EspeakSession::Speak(const SpokenTokens& tokens, std::vector<std::int64_t>* token_starts) {
  const bool speakable = std::any_of(tokens.begin(), tokens.end(), [](const SpokenToken& t) {
    return t.kind != SpokenToken::Kind::kBreak;
  });
  if (token_starts != nullptr) token_starts->assign(tokens.size(), -1);
  if (!speakable) return Pcm{sample_rate_hz_, {}};
  Capture capture;
  capture.sample_rate_hz = sample_rate_hz_;
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::string ssml = SsmlWithRanges(tokens, voice_name_, &ranges);
  espeak_ERROR result = espeak_Synth(ssml.c_str(), ssml.size() + 1, 0, POS_CHARACTER, 0,
                                     espeakCHARS_UTF8 | espeakSSML, nullptr, &capture);
  if (result != EE_OK) {
    throw Error("eSpeak NG could not synthesize \"" + ssml.substr(0, 200) + "\" (error " +
                std::to_string(static_cast<int>(result)) + ").");
  }
  const std::size_t keep = static_cast<std::size_t>(sample_rate_hz_ * kKeptSilenceMs / 1000);
  std::size_t begin = LeadingCut(capture.samples, keep);
  std::size_t end = std::max(begin, TrailingEnd(capture.samples, keep));
  Pcm pcm{sample_rate_hz_,
          std::vector<float>(capture.samples.begin() + begin, capture.samples.begin() + end)};
  if (token_starts != nullptr) {
    const auto last = std::max<std::int64_t>(0, static_cast<std::int64_t>(pcm.samples.size()) - 1);
    AssignTokenStarts(capture.words, ranges, static_cast<std::int64_t>(begin), last, *token_starts);
  }
  return pcm;
}

}  // namespace briefcast
