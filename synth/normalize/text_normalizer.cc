#include "synth/normalize/text_normalizer.h"

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

bool StartsNumber(TextView text, std::size_t pos) {
  char32_t c = text[pos];
  bool next_digit = pos + 1 < text.size() && tn::IsDigit(text[pos + 1]);
  if (tn::IsDigit(c)) return true;
  if (c == U'.') return next_digit && (pos == 0 || !tn::IsDigit(text[pos - 1]));
  return (c == U'-' || c == 0x2212 || c == 0xFF0D) && next_digit;
}

// A plain number with what follows it: %, a unit, /N, :N, 年/月/日, a measure word.
MaybeMatch ReadQuantity(TextView text, std::size_t pos) {
  auto number = tn::ScanNumber(text, pos);
  if (!number) return std::nullopt;
  for (auto rule : {tn::TryPercent, tn::TryDecade, tn::TryUnit, tn::TryFraction, tn::TryRatio,
                    tn::TryDateUnit}) {
    if (auto match = rule(text, *number)) return match;
  }
  bool ordinal = tn::PrecededBy(text, number->begin, U"第");
  bool liang = number->integer == U"2" && !number->has_point && !number->negative && !ordinal &&
               tn::TakesLiang(text, number->end);
  tn::Two two = ordinal ? tn::Two::kOrdinal : liang ? tn::Two::kLiang : tn::Two::kEr;
  bool money = tn::StartsWith(text, tn::SkipSpaces(text, number->end), U"元");
  return tn::Match{number->end, tn::ReadNumber(*number, two, money)};
}

MaybeMatch ReadAt(TextView text, std::size_t pos) {
  if (text[pos] == U'2') {
    if (auto match = tn::TryOperator(text, pos)) return match;  // O2O
  }
  if (StartsNumber(text, pos)) {
    if (tn::IsDigit(text[pos])) {
      for (auto rule : {tn::TryNumericDate, tn::TryClockTime, tn::TryCode}) {
        if (auto match = rule(text, pos)) return match;
      }
    }
    if (auto match = ReadQuantity(text, pos)) return match;
  }
  if (text[pos] == U'+') {
    if (auto match = tn::TryCode(text, pos)) return match;
  }
  if (auto match = tn::TryMoney(text, pos)) return match;
  return tn::TryOperator(text, pos);
}

Text Normalize(TextView text) {
  Text out;
  out.reserve(text.size() * 2);
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (auto match = ReadAt(text, pos)) {
      out += match->spoken;
      pos = match->end;
    } else if (tn::IsInlineSpace(text[pos])) {
      if (tn::KeepSpace(text, pos) && !out.empty() && out.back() != U' ') out.push_back(U' ');
      pos = tn::SkipSpaces(text, pos);
    } else if (tn::IsAsciiLetter(text[pos])) {
      tn::Match word = tn::ReadLatinWord(text, pos);
      out += word.spoken;
      pos = word.end;
    } else {
      out.push_back(text[pos++]);
    }
  }
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  Text decoded = utf8::Decode(text);
  tn::FoldWidth(decoded);
  WidenPunctuation(decoded);  // before the rules, so they see what CleanText leaves
  return utf8::Encode(Normalize(decoded));
}

}  // namespace briefcast
