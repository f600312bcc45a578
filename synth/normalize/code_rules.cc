#include "synth/normalize/code_rules.h"

#include "synth/normalize/measure_rules.h"
#include "synth/normalize/number_verbalizer.h"

namespace briefcast::tn {
namespace {

// Words after which a number is something to dial, or an identifier.
constexpr TextView kDialWords = U"电话|热线|拨打|致电|尾号|手机|客服|号码|拨|呼叫|短信";
constexpr TextView kIdWords =
    U"编号|代码|邮编|编码|账号|卡号|车次|工号|学号|房间号|订单号|单号|证号|文号|批号|序列号|验证码|"
    U"密码";
constexpr std::size_t kContextWindow = 6;

bool DigitBefore(TextView text, std::size_t pos) { return pos > 0 && IsDigit(text[pos - 1]); }

// No number continues at `end` (another digit, or a decimal point and digit).
bool NumberEnds(TextView text, std::size_t end) {
  if (end >= text.size()) return true;
  if (IsDigit(text[end])) return false;
  bool continues = (text[end] == U'.' || text[end] == U'-' || text[end] == U':') &&
                   end + 1 < text.size() && IsDigit(text[end + 1]);
  return !continues;
}

// "127.0.0.1" -> 一二七点零点零点一.
MaybeMatch TryIpAddress(TextView text, std::size_t pos) {
  Text spoken;
  std::size_t end = pos;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) {
      if (end >= text.size() || text[end] != U'.') return std::nullopt;
      spoken.push_back(U'点');
      ++end;
    }
    std::size_t run = DigitRun(text, end);
    if (run == 0 || run > 3 || std::stoi(utf8::Encode(text.substr(end, run))) > 255) {
      return std::nullopt;
    }
    spoken += ReadDigits(text.substr(end, run));
    end += run;
  }
  if (!NumberEnds(text, end)) return std::nullopt;
  return Match{end, spoken};
}

// Digit groups joined by '-' ("010-66258899", "400-810-8888"): three or more
// groups, or an area code starting with 0 and a 7-8 digit number.
MaybeMatch TryDashedNumber(TextView text, std::size_t pos) {
  std::size_t end = pos;
  int groups = 0;
  std::size_t first_run = DigitRun(text, pos);
  std::size_t last_run = 0;
  while (true) {
    last_run = DigitRun(text, end);
    if (last_run == 0) return std::nullopt;
    end += last_run;
    ++groups;
    if (end + 1 < text.size() && text[end] == U'-' && IsDigit(text[end + 1])) {
      ++end;
      continue;
    }
    break;
  }
  bool landline = groups == 2 && text[pos] == U'0' && first_run >= 3 && first_run <= 4 &&
                  last_run >= 7 && last_run <= 8;
  if (!(groups >= 3 || landline) || !NumberEnds(text, end)) return std::nullopt;
  return Match{end, ReadDigits(text.substr(pos, end - pos), true)};
}

// "+86 18544139121": country code, then the number.
MaybeMatch TryInternational(TextView text, std::size_t pos) {
  std::size_t code = DigitRun(text, pos + 1);
  if (code == 0 || code > 3) return std::nullopt;
  std::size_t number = SkipSpaces(text, pos + 1 + code);
  if (number < text.size() && text[number] == U'-') number = SkipSpaces(text, number + 1);
  std::size_t run = DigitRun(text, number);
  if (run < 7 || run > 12 || !NumberEnds(text, number + run)) return std::nullopt;
  Text spoken = ReadDigits(text.substr(pos + 1, code), true);
  return Match{number + run, spoken + ReadDigits(text.substr(number, run), true)};
}

bool IsMobile(TextView digits) {
  return digits.size() == 11 && digits[0] == U'1' && digits[1] >= U'3';
}

// Five-digit service numbers: carriers (10010, 10086...), public hotlines
// (12xxx), banks and companies (95xxx, 96xxx).
bool IsServiceNumber(TextView digits) {
  if (digits.size() != 5) return false;
  for (TextView carrier : {U"10010", U"10086", U"10060", U"10050", U"10015"}) {
    if (digits == carrier) return true;
  }
  return digits.starts_with(U"12") || digits.starts_with(U"95") || digits.starts_with(U"96");
}

// After a service number: not a quantity (12306人, 12315元, 95555.5, 12000余人, 12000万).
bool EndsAsName(TextView text, std::size_t end) {
  std::size_t at = SkipSpaces(text, end);
  if (at >= text.size()) return true;
  char32_t c = text[at];
  if (IsAsciiLetter(c) || c == U'%' || c == U'.' || c == U'/') return false;
  if (TextView(U"余多万亿").find(c) != TextView::npos) return false;
  return !TakesLiang(text, at) && !StartsWith(text, at, U"元") && !StartsWith(text, at, U"年");
}

// A bare run of digits that context shows to be a code.
MaybeMatch TryDigitRun(TextView text, std::size_t pos) {
  std::size_t run = DigitRun(text, pos);
  std::size_t end = pos + run;
  if (!NumberEnds(text, end)) return std::nullopt;
  TextView digits = text.substr(pos, run);
  if (IsMobile(digits)) return Match{end, ReadDigits(digits, true)};
  // Three or more digits right after letters name a model, train or flight, said digit by
  // digit: C919, G1234, CA1501, ISO9001 (A12, X5 keep their value).
  if (run >= 3 && pos > 0 && IsAsciiLetter(text[pos - 1])) return Match{end, ReadDigits(digits)};
  std::size_t after_digits = SkipSpaces(text, end);
  bool counts = TakesLiang(text, after_digits) || StartsWith(text, after_digits, U"元");
  if (run >= 3 && !counts && ContextBefore(text, pos, kDialWords, kContextWindow)) {
    return Match{end, ReadDigits(digits, true)};
  }
  if (IsServiceNumber(digits) && EndsAsName(text, end)) {
    return Match{end, ReadDigits(digits, true)};
  }
  if (run >= 3 && ContextBefore(text, pos, kIdWords, kContextWindow)) {
    return Match{end, ReadDigits(digits)};
  }
  // "“26314”号": a long number naming something.
  std::size_t after = end < text.size() && (text[end] == U'”' || text[end] == U'"') ? end + 1 : end;
  if (run >= 5 && StartsWith(text, after, U"号")) return Match{end, ReadDigits(digits)};
  // Generations: 80后, 90后, 00后.
  if (run == 2 && digits[1] == U'0' && StartsWith(text, end, U"后")) {
    return Match{end, ReadDigits(digits)};
  }
  return std::nullopt;
}

}  // namespace

MaybeMatch TryCode(TextView text, std::size_t pos) {
  if (text[pos] == U'+') {
    bool word_before = pos > 0 && (IsDigit(text[pos - 1]) || IsAsciiLetter(text[pos - 1]));
    return word_before ? std::nullopt : TryInternational(text, pos);
  }
  if (!IsDigit(text[pos]) || DigitBefore(text, pos)) return std::nullopt;
  if (auto ip = TryIpAddress(text, pos)) return ip;
  if (auto dashed = TryDashedNumber(text, pos)) return dashed;
  return TryDigitRun(text, pos);
}

}  // namespace briefcast::tn
