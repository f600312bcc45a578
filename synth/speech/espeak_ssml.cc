#include "synth/speech/espeak_ssml.h"

#include <algorithm>
#include <cctype>

#include "synth/speech/espeak_synthesizer.h"

namespace briefcast {
namespace {

void AppendEscaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

// The pause for a punctuation mark inside a segment; 0 for marks read without a pause.
// Structural pauses (after clauses, sentences, ...) are silence added by the caller.
int BreakMillisecondsFor(std::string_view mark) {
  if (mark == "\xE3\x80\x81") return 100;  // 、 enumeration comma
  for (std::string_view clause :
       {"\xEF\xBC\x8C", "\xEF\xBC\x9B", "\xEF\xBC\x9A", ",", ";", ":", "\xE2\x80\x94"}) {
    if (mark == clause) return 150;  // ， ； ： , ; : —
  }
  return 0;
}

void AppendLetters(std::string& out, std::string_view letters) {
  for (char c : letters) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out += ' ';
  }
}

std::size_t CharacterCount(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

std::string SsmlWithRanges(const SpokenTokens& tokens, const std::string& voice_name,
                           std::vector<std::pair<std::size_t, std::size_t>>* ranges) {
  // No <speak> root: eSpeak NG 1.51 reloads the voice (its 1.6 MB cmn_dict) for every
  // utterance that has one; the espeakSSML flag alone reads the tags.
  std::string out;
  int open_voices = 0;
  for (const SpokenToken& token : tokens) {
    const std::size_t begin = CharacterCount(out);
    switch (token.kind) {
      case SpokenToken::Kind::kSyllable:
        AppendEscaped(out, token.text);
        out += ' ';
        break;
      case SpokenToken::Kind::kLetters:
        AppendLetters(out, token.text);
        break;
      case SpokenToken::Kind::kLatinWord:
        out += "<voice xml:lang=\"en\">";
        AppendEscaped(out, token.text);
        out += "</voice><voice name=\"";
        AppendEscaped(out, voice_name);
        out += "\"> ";
        ++open_voices;
        break;
      case SpokenToken::Kind::kBreak:
        if (int ms = BreakMillisecondsFor(token.text); ms > 0) {
          out += "<break time=\"" + std::to_string(ms) + "ms\"/> ";
        }
        break;
    }
    if (ranges != nullptr) ranges->emplace_back(begin, CharacterCount(out));
  }
  for (; open_voices > 0; --open_voices) out += "</voice>";
  return out;
}

std::string ToEspeakSsml(const SpokenTokens& tokens, const std::string& voice_name) {
  return SsmlWithRanges(tokens, voice_name, nullptr);
}

}  // namespace briefcast
