#include "synth/normalize/text_normalizer.h"

#include <utility>
#include <vector>

#include "synth/normalize/code_rules.h"
#include "synth/normalize/date_time_rules.h"
#include "synth/normalize/math_rules.h"
#include "synth/normalize/measure_rules.h"
#include "synth/normalize/number_verbalizer.h"
#include "synth/normalize/punctuation_rules.h"
#include "synth/normalize/tn_text.h"
#include "synth/punctuation_width.h"
#include "synth/utf8.h"

// Tag -> verbalize, in one left-to-right pass: at each position the rules are
// tried from the most specific (dates, times, codes, money) to the most
// general (a plain number); the first that recognizes the text there speaks
// it and the scan resumes after it. Every rule looks at a bounded window, so
// the whole pass is linear in the input.

namespace briefcast {
namespace {

using tn::MaybeMatch;
using tn::Text;
using tn::TextView;
using NumeralKind = briefcast::NumeralKind;

bool StartsNumber(TextView text, std::size_t pos) {
  char32_t c = text[pos];
  bool next_digit = pos + 1 < text.size() && tn::IsDigit(text[pos + 1]);
  if (tn::IsDigit(c)) return true;
  if (c == U'.') return next_digit && (pos == 0 || !tn::IsDigit(text[pos - 1]));
  return (c == U'-' || c == 0x2212 || c == 0xFF0D) && next_digit;
}

// The rules that read a number together with what follows it, and what they read it as.
struct QuantityRule {
  MaybeMatch (*read)(TextView, const tn::NumberToken&);
  NumeralKind kind;
};
constexpr QuantityRule kQuantityRules[] = {
    {tn::TryPercent, NumeralKind::kCardinal}, {tn::TryDecade, NumeralKind::kDate},
    {tn::TryUnit, NumeralKind::kCount},       {tn::TryFraction, NumeralKind::kFraction},
    {tn::TryRatio, NumeralKind::kRatio},      {tn::TryDateUnit, NumeralKind::kDate},
};

// What a plain number read by ReadNumber is: 第1 an ordinal, 007 a digit string, Q1 a
// model name, 1个 a count, 下午1点 a time, else a value.
NumeralKind PlainKind(TextView text, const tn::NumberToken& number, bool ordinal) {
  const Text& digits = number.integer;
  if (ordinal) return NumeralKind::kOrdinal;
  if (digits.size() > 16 || (digits.size() > 1 && digits[0] == U'0')) return NumeralKind::kDigits;
  if (number.has_point) return NumeralKind::kDecimal;
  if (number.begin > 0 && tn::IsAsciiLetter(text[number.begin - 1])) return NumeralKind::kCode;
  std::size_t after = tn::SkipSpaces(text, number.end);
  if (tn::StartsWith(text, after, U"点") &&
      tn::ContextBefore(text, number.begin, tn::kDayPartWords, 3)) {
    return NumeralKind::kTime;
  }
  return tn::CountsSomething(text, after) ? NumeralKind::kCount : NumeralKind::kCardinal;
}

// A plain number with what follows it: %, a unit, /N, :N, 年/月/日, a measure word.
MaybeMatch ReadQuantity(TextView text, std::size_t pos) {
  auto number = tn::ScanNumber(text, pos);
  if (!number) return std::nullopt;
  for (const QuantityRule& rule : kQuantityRules) {
    if (auto match = rule.read(text, *number)) {
      bool value = rule.kind == NumeralKind::kCardinal || rule.kind == NumeralKind::kCount;
      match->kind = value && number->has_point ? NumeralKind::kDecimal : rule.kind;
      return match;
    }
  }
  bool ordinal = tn::PrecededBy(text, number->begin, U"第");
  bool liang = number->integer == U"2" && !number->has_point && !number->negative && !ordinal &&
               tn::TakesLiang(text, number->end);
  tn::Two two = ordinal ? tn::Two::kOrdinal : liang ? tn::Two::kLiang : tn::Two::kEr;
  bool money = tn::StartsWith(text, tn::SkipSpaces(text, number->end), U"元");
  return tn::Match{number->end, tn::ReadNumber(*number, two, money),
                   PlainKind(text, *number, ordinal)};
}

// `match` with its numeral kind set to `kind`.
MaybeMatch As(NumeralKind kind, MaybeMatch match) {
  if (match) match->kind = kind;
  return match;
}

MaybeMatch ReadAt(TextView text, std::size_t pos) {
  if (text[pos] == U'2') {
    if (auto match = tn::TryOperator(text, pos)) return match;  // O2O
  }
  if (StartsNumber(text, pos)) {
    if (tn::IsDigit(text[pos])) {
      if (auto match = As(NumeralKind::kDate, tn::TryNumericDate(text, pos))) return match;
      if (auto match = As(NumeralKind::kTime, tn::TryClockTime(text, pos))) return match;
      if (auto match = As(NumeralKind::kCode, tn::TryCode(text, pos))) return match;
    }
    if (auto match = ReadQuantity(text, pos)) return match;
  }
  if (text[pos] == U'+') {
    if (auto match = As(NumeralKind::kCode, tn::TryCode(text, pos))) return match;
  }
  if (auto match = As(NumeralKind::kCount, tn::TryMoney(text, pos))) return match;
  return tn::TryOperator(text, pos);
}

// A stretch of the output [begin, end) read from input [source_begin, source_end), in code
// points.
using Piece = SourcePiece;

// How many characters at `pos` are a number's magnitude or currency written after it
// (亿, 万亿, 元, 亿美元): read as they are, but one written unit with the number, so that
// "14.54亿元" is one word of the transcript.
std::size_t NumberSuffix(TextView text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && TextView(U"十百千万亿").find(text[end]) != TextView::npos) ++end;
  for (TextView currency : {U"元", U"美元", U"欧元", U"港元", U"日元", U"英镑"}) {
    if (tn::StartsWith(text, end, currency)) return end + currency.size() - pos;
  }
  return end - pos;
}

// `spans` receives the numerals and `pieces` where each stretch of the result came from,
// in code points of the result and of `text`.
Text Normalize(TextView text, std::vector<NumeralSpan>& spans, std::vector<Piece>& pieces) {
  Text out;
  out.reserve(text.size() * 2);
  std::size_t pos = 0;
  std::size_t numeral_end = Text::npos;  // where the last numeral's written form ends
  const auto emit = [&](const Text& spoken, std::size_t end) {
    if (!spoken.empty()) pieces.push_back({out.size(), out.size() + spoken.size(), pos, end});
    out += spoken;
    pos = end;
  };
  while (pos < text.size()) {
    if (auto match = ReadAt(text, pos)) {
      if (match->kind != NumeralKind::kNone) {
        spans.push_back({out.size(), out.size() + match->spoken.size(), match->kind});
      }
      emit(match->spoken, match->end);
      if (match->kind != NumeralKind::kNone) numeral_end = pos;
    } else if (pos == numeral_end && !pieces.empty() && NumberSuffix(text, pos) > 0) {
      const std::size_t n = NumberSuffix(text, pos);
      out += text.substr(pos, n);
      pieces.back().end += n;
      pieces.back().source_end += n;
      pos += n;
    } else if (tn::IsInlineSpace(text[pos])) {
      if (tn::IsPhraseGap(text, pos)) {
        emit(Text(1, U'，'), tn::SkipSpaces(text, pos));
      } else {
        const bool keep = tn::KeepSpace(text, pos) && !out.empty() && out.back() != U' ';
        emit(keep ? Text(1, U' ') : Text(), tn::SkipSpaces(text, pos));
      }
    } else if (tn::IsAsciiLetter(text[pos])) {
      tn::Match word = tn::ReadLatinWord(text, pos);
      emit(word.spoken, word.end);
    } else {
      emit(Text(1, text[pos]), pos + 1);
    }
  }
  return out;
}

// `text` in UTF-8, with the code-point spans turned into byte spans; `source_at[i]` is the
// byte of the original text where input code point i starts (one more at the end).
NormalizedText Encode(TextView text, std::vector<NumeralSpan> spans, std::vector<Piece> pieces,
                      const std::vector<std::size_t>& source_at) {
  NormalizedText result;
  std::vector<std::size_t> byte_at;
  byte_at.reserve(text.size() + 1);
  result.text.reserve(text.size() * 3);
  for (char32_t c : text) {
    byte_at.push_back(result.text.size());
    utf8::Append(&result.text, c);
  }
  byte_at.push_back(result.text.size());
  for (NumeralSpan& span : spans) span = {byte_at[span.begin], byte_at[span.end], span.kind};
  for (Piece& piece : pieces) {
    piece = {byte_at[piece.begin], byte_at[piece.end], source_at[piece.source_begin],
             source_at[piece.source_end]};
  }
  result.numerals = std::move(spans);
  result.sources = std::move(pieces);
  return result;
}

// The code points of `text` (invalid bytes dropped, as utf8::Decode does) and in
// `source_at` the byte each starts at, with text.size() at the end.
Text DecodeWithOffsets(std::string_view text, std::vector<std::size_t>& source_at) {
  Text decoded;
  decoded.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t begin = pos;
    const char32_t c = utf8::Next(text, &pos);
    if (c == utf8::kInvalid) continue;
    decoded.push_back(c);
    source_at.push_back(begin);
  }
  source_at.push_back(text.size());
  return decoded;
}

}  // namespace

NormalizedText NormalizeForReading(std::string_view text) {
  std::vector<std::size_t> source_at;
  Text decoded = DecodeWithOffsets(text, source_at);
  // Both change characters one for one, so code point i still comes from source_at[i].
  tn::FoldWidth(decoded);
  WidenPunctuation(decoded);  // before the rules, so they see what CleanText leaves
  std::vector<NumeralSpan> spans;
  std::vector<Piece> pieces;
  Text normalized = Normalize(decoded, spans, pieces);
  return Encode(normalized, std::move(spans), std::move(pieces), source_at);
}

std::string NormalizeText(std::string_view text) { return NormalizeForReading(text).text; }

}  // namespace briefcast
