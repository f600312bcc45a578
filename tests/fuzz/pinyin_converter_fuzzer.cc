// The pinyin converter on raw and on normalized text, and user-lexicon parsing (first
// byte 'L'): a clean Error from a malformed lexicon is fine, anything else is a finding.
#include <cstdint>

#include "audio/error.h"
#include "synth/normalize/text_normalizer.h"
#include "synth/pinyin/pinyin_converter.h"
#include "synth/speech/front_end.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = briefcast::fuzz::AsText(data, size);
  const briefcast::PinyinConverter& builtin = briefcast::PinyinConverter::Builtin();
  if (size > 0 && data[0] == 'L') {
    try {
      auto user = briefcast::PinyinConverter::WithUserLexicon(text.substr(1), "fuzz.tsv");
      user->Convert("重要的银行行长");
    } catch (const briefcast::Error&) {
    }
    return 0;
  }
  briefcast::FormatPinyinLine(builtin.Convert(text));
  briefcast::ToSpokenTokens(text, builtin);
  return 0;
}
