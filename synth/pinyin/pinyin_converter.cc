#include "synth/pinyin/pinyin_converter.h"

#include <cctype>
#include <memory>
#include <string>

#include "synth/pinyin/pinyin_latin.h"
#include "synth/pinyin/pinyin_lexicon.h"
#include "synth/pinyin/pinyin_polyphone_model.h"
#include "synth/pinyin/pinyin_run.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

using pinyin::PinyinLexicon;

bool IsAsciiAlnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// Marks that give a pause. Other symbols (emoji, $, @ ...) are skipped silently.
bool IsBreakMark(char32_t cp) {
  static const std::u32string_view kAscii = U",.!?;:'\"()[]{}-";
  return kAscii.find(cp) != std::u32string_view::npos ||
         (cp >= 0x3001 && cp <= 0x303F && cp != 0x3007) ||  // 、。〈〉《》「」【】〜 ...
         (cp >= 0x2010 && cp <= 0x205E) ||                  // dashes, quotes, …
         cp == 0x00B7 || cp == 0xFE30 || (cp >= 0xFE50 && cp <= 0xFE6B);
}

// Full-width ASCII (ＡＰＰ, １２３, ，) as ASCII; the ideographic space as a space.
char32_t Narrow(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  if (cp == 0x3000) return ' ';
  return cp;
}

// What the text right before byte `begin` leaves a Han run starting there (spaces skipped):
// a closing quote or bracket, or Latin letters or digits, end a phrase of the same clause.
pinyin::RunStart RunStartAt(std::string_view text, size_t begin) {
  size_t at = begin;
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at == 0) return pinyin::RunStart::kClause;
  size_t from = at - 1;
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  const char32_t cp = Narrow(utf8::Next(text, &from));
  static constexpr std::u32string_view kClosing = U"”’」』》〉】〕）)]";
  return IsAsciiAlnum(cp) || kClosing.find(cp) != std::u32string_view::npos
             ? pinyin::RunStart::kAfterPhrase
             : pinyin::RunStart::kClause;
}

class LexiconConverter : public PinyinConverter {
 public:
  explicit LexiconConverter(std::shared_ptr<const PinyinLexicon> lexicon)
      : lexicon_(std::move(lexicon)) {}

  using PinyinConverter::Convert;
  SpokenTokens Convert(std::string_view text,
                       std::span<const NumeralSpan> numerals) const override {
    if (lexicon_->replacements().empty()) return ConvertText(text, numerals);
    std::string replaced = lexicon_->replacements().Apply(text);
    if (replaced == text) return ConvertText(text, numerals);
    // Rewritten text has no byte-for-byte source: every token spans the whole text.
    SpokenTokens tokens = ConvertText(replaced, {});
    for (SpokenToken& token : tokens) {
      token.source_begin = 0;
      token.source_end = text.size();
    }
    return tokens;
  }

 private:
  SpokenTokens ConvertText(std::string_view text, std::span<const NumeralSpan> numerals) const {
    SpokenTokens tokens;
    std::string latin;
    size_t han_begin = 0, han_end = 0, latin_begin = 0, latin_end = 0;
    auto flush = [&] {
      if (han_end > han_begin) AppendHan(text, han_begin, han_end, numerals, tokens);
      han_begin = han_end = 0;
      if (!latin.empty()) {
        const size_t first = tokens.size();
        pinyin::AppendLatinTokens(latin, tokens);
        for (size_t i = first; i < tokens.size(); ++i) {
          tokens[i].source_begin = latin_begin;
          tokens[i].source_end = latin_end;
        }
      }
      latin.clear();
    };
    for (size_t pos = 0; pos < text.size();) {
      size_t begin = pos;
      char32_t original = utf8::Next(text, &pos);
      char32_t cp = Narrow(original);
      if (utf8::IsHan(cp) && !lexicon_->CharReadings(cp).empty()) {
        if (han_end != begin || !latin.empty()) flush();
        if (han_end == 0) han_begin = begin;
        han_end = pos;
        continue;
      }
      // don't, Wi-Fi: one word for the English voice.
      bool joiner_in_word = (cp == '\'' || cp == '-') && !latin.empty() &&
                            std::isalpha(static_cast<unsigned char>(latin.back())) &&
                            pos < text.size() &&
                            std::isalpha(static_cast<unsigned char>(text[pos]));
      if (IsAsciiAlnum(cp) || joiner_in_word) {
        if (han_end > han_begin) flush();
        if (latin.empty()) latin_begin = begin;
        latin_end = pos;
        latin.push_back(static_cast<char>(cp));
        continue;
      }
      flush();
      if (IsBreakMark(cp)) {
        std::string mark;
        utf8::Append(&mark, original);
        tokens.push_back({SpokenToken::Kind::kBreak, mark, begin, pos});
      }
    }
    flush();
    return tokens;
  }

  // Reads the Han run text[begin, end).
  void AppendHan(std::string_view text, size_t begin, size_t end,
                 std::span<const NumeralSpan> numerals, SpokenTokens& tokens) const {
    pinyin::HanRun run = pinyin::SegmentAndRead(*lexicon_, text.substr(begin, end - begin));
    pinyin::MarkNumerals(text, begin, numerals, run);
    pinyin::ApplyPolyphoneRules(run, RunStartAt(text, begin));
    pinyin::PolyphoneModel::Builtin().Disambiguate(run);
    pinyin::ApplyYiBuSandhi(*lexicon_, run);
    // One syllable per character of the run, in order.
    size_t at = begin;
    for (auto& syllable : run) {
      const size_t from = at;
      utf8::Next(text, &at);
      tokens.push_back({SpokenToken::Kind::kSyllable, std::move(syllable.syllable), from, at});
    }
  }

  std::shared_ptr<const PinyinLexicon> lexicon_;
};

}  // namespace

const PinyinConverter& PinyinConverter::Builtin() {
  static const LexiconConverter converter(
      std::shared_ptr<const PinyinLexicon>(&PinyinLexicon::Builtin(), [](auto*) {}));
  return converter;
}

std::unique_ptr<PinyinConverter> PinyinConverter::WithUserLexicon(std::string_view user_lexicon_tsv,
                                                                  std::string_view source_name) {
  auto lexicon = std::make_shared<PinyinLexicon>(PinyinLexicon::Builtin());
  lexicon->AddEntries(user_lexicon_tsv, source_name, pinyin::Source::kUser);
  return std::make_unique<LexiconConverter>(std::move(lexicon));
}

std::string FormatPinyinLine(const SpokenTokens& tokens) {
  std::string line;
  for (const SpokenToken& token : tokens) {
    if (token.kind == SpokenToken::Kind::kBreak) continue;
    if (!line.empty()) line += ' ';
    line += token.text;
  }
  return line;
}

}  // namespace briefcast
