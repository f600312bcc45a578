#include "synth/normalize/measure_rules.h"

namespace briefcast::tn {
namespace {

// Longest forms first, so HK$ wins over $.
constexpr Rewrite kCurrencies[] = {
    {U"HK$", U"港元"}, {U"US$", U"美元"},   {U"A$", U"澳元"},    {U"HKD", U"港元"},
    {U"USD", U"美元"}, {U"CNY", U"人民币"}, {U"RMB", U"人民币"}, {U"EUR", U"欧元"},
    {U"GBP", U"英镑"}, {U"JPY", U"日元"},   {U"¥", U"元"},       {U"￥", U"元"},
    {U"$", U"美元"},   {U"€", U"欧元"},     {U"£", U"英镑"},     {U"₩", U"韩元"},
};

// Written after an amount and spoken before the unit: 1.5万 -> 一点五万.
constexpr TextView kMultipliers[] = {U"万亿", U"亿", U"万", U"千", U"百"};

struct Unit {
  TextView written;
  TextView spoken;
  TextView prefix;  // spoken before the number: 10km/h -> 每小时十公里
};

constexpr Unit kUnits[] = {
    {U"km/h", U"公里", U"每小时"},
    {U"m/s", U"米", U"每秒"},
    {U"km²", U"平方公里", U""},
    {U"km2", U"平方公里", U""},
    {U"m²", U"平方米", U""},
    {U"cm²", U"平方厘米", U""},
    {U"mm²", U"平方毫米", U""},
    {U"m³", U"立方米", U""},
    {U"°C", U"摄氏度", U""},
    {U"℃", U"摄氏度", U""},
    {U"°F", U"华氏度", U""},
    {U"℉", U"华氏度", U""},
    {U"°", U"度", U""},
    {U"kWh", U"千瓦时", U""},
    {U"mAh", U"毫安时", U""},
    {U"GHz", U"吉赫兹", U""},
    {U"MHz", U"兆赫兹", U""},
    {U"kHz", U"千赫兹", U""},
    {U"Hz", U"赫兹", U""},
    {U"kPa", U"千帕", U""},
    {U"MPa", U"兆帕", U""},
    {U"Pa", U"帕", U""},
    {U"dB", U"分贝", U""},
    {U"km", U"公里", U""},
    {U"kg", U"千克", U""},
    {U"mg", U"毫克", U""},
    {U"cm", U"厘米", U""},
    {U"mm", U"毫米", U""},
    {U"nm", U"纳米", U""},
    {U"μm", U"微米", U""},
    {U"ms", U"毫秒", U""},
    {U"ml", U"毫升", U""},
    {U"mL", U"毫升", U""},
    {U"kW", U"千瓦", U""},
    {U"MW", U"兆瓦", U""},
    {U"min", U"分钟", U""},
    {U"m", U"米", U""},
    {U"g", U"克", U""},
    {U"t", U"吨", U""},
    {U"s", U"秒", U""},
    {U"h", U"小时", U""},
    {U"L", U"升", U""},
    {U"W", U"瓦", U""},
    {U"w", U"万", U""},
};

// Measure words and units before which a lone 2 is 两.
constexpr TextView kLiangWords[] = {
    U"个",   U"位",   U"名",   U"次",   U"天", U"年",   U"周",   U"岁",   U"人",   U"家",   U"件",
    U"条",   U"只",   U"张",   U"本",   U"辆", U"台",   U"部",   U"种",   U"项",   U"份",   U"批",
    U"座",   U"所",   U"层",   U"倍",   U"千", U"万",   U"亿",   U"百",   U"小时", U"分钟", U"秒钟",
    U"公里", U"千克", U"公斤", U"米",   U"吨", U"元",   U"块",   U"斤",   U"套",   U"场",   U"轮",
    U"起",   U"篇",   U"句",   U"股",   U"支", U"枚",   U"颗",   U"架",   U"艘",   U"间",   U"双",
    U"对",   U"类",   U"组",   U"队",   U"国", U"方",   U"成",   U"门",   U"户",   U"头",   U"匹",
    U"棵",   U"片",   U"杯",   U"瓶",   U"碗", U"克",   U"亩",   U"公顷", U"趟",   U"遍",   U"下",
    U"声",   U"段",   U"节",   U"首",   U"幅", U"届",   U"美元", U"欧元", U"英镑", U"日元", U"港元",
    U"韩元", U"澳元", U"毫米", U"厘米", U"升", U"平方", U"立方", U"点",   U"步",   U"口",   U"岸",
    U"样",   U"笔",   U"串",   U"群",   U"张", U"款",   U"具",
};

bool EndsWord(TextView text, std::size_t at) {
  return at >= text.size() || !IsAsciiLetter(text[at]);
}

// A number right after a Latin word is a model name (iPhone 5s), not a quantity.
bool AfterLatinWord(TextView text, std::size_t pos) {
  while (pos > 0 && IsInlineSpace(text[pos - 1])) --pos;
  return pos > 0 && IsAsciiLetter(text[pos - 1]);
}

}  // namespace

bool TakesLiang(TextView text, std::size_t pos) {
  pos = SkipSpaces(text, pos);
  if (StartsWith(text, pos, U"年级")) return false;
  for (TextView word : kLiangWords) {
    if (StartsWith(text, pos, word)) return true;
  }
  return false;
}

bool CountsSomething(TextView text, std::size_t pos) {
  pos = SkipSpaces(text, pos);
  bool fraction = StartsWith(text, pos, U"分之") && pos + 2 < text.size() && IsDigit(text[pos + 2]);
  return TakesLiang(text, pos) || (StartsWith(text, pos, U"分") && !fraction);
}

MaybeMatch TryMoney(TextView text, std::size_t pos) {
  if (pos > 0 && IsAsciiLetter(text[pos - 1])) return std::nullopt;
  for (const Rewrite& currency : kCurrencies) {
    if (!StartsWith(text, pos, currency.written)) continue;
    std::size_t at = SkipSpaces(text, pos + currency.written.size());
    auto number = ScanNumber(text, at);
    if (!number || number->negative) return std::nullopt;
    Text spoken = ReadNumber(*number, Two::kLiang, true);
    std::size_t end = number->end;
    for (TextView multiplier : kMultipliers) {
      if (StartsWith(text, end, multiplier)) {
        spoken += multiplier;
        end += multiplier.size();
        break;
      }
    }
    return Match{end, spoken + Text(currency.spoken)};
  }
  return std::nullopt;
}

MaybeMatch TryPercent(TextView text, const NumberToken& number) {
  auto percent_word = [&](std::size_t at) -> TextView {
    if (at < text.size() && text[at] == U'%') return U"百分之";
    if (at < text.size() && text[at] == U'‰') return U"千分之";
    return {};
  };
  auto read = [](const NumberToken& n, TextView word) {
    return (n.negative ? Text(U"负") : Text()) + Text(word) + ReadDecimal(n.integer, n.fraction);
  };
  TextView word = percent_word(number.end);
  std::size_t after = number.end + (word.empty() ? 0 : 1);
  // A range: 30%~40%, 30~40%, 30%-40%.
  std::size_t dash = SkipSpaces(text, after);
  bool is_range = dash < text.size() && (text[dash] == U'~' || text[dash] == U'～' ||
                                         text[dash] == U'-' || text[dash] == U'—');
  if (is_range) {
    auto second = ScanNumber(text, SkipSpaces(text, dash + 1));
    TextView second_word = second ? percent_word(second->end) : TextView();
    if (second && !second->negative && !second_word.empty() &&
        (word.empty() || word == second_word)) {
      return Match{second->end + 1, read(number, second_word) + U"到" + read(*second, second_word)};
    }
  }
  if (word.empty()) return std::nullopt;
  return Match{after, read(number, word)};
}

MaybeMatch TryUnit(TextView text, const NumberToken& number) {
  if (AfterLatinWord(text, number.begin)) return std::nullopt;
  std::size_t at = SkipSpaces(text, number.end);
  for (const Unit& unit : kUnits) {
    std::size_t end = at + unit.written.size();
    if (!StartsWith(text, at, unit.written) || !EndsWord(text, end)) continue;
    bool temperature = unit.spoken == U"摄氏度" || unit.spoken == U"华氏度";
    Text spoken(unit.prefix);
    if (temperature && number.negative) {
      NumberToken positive = number;
      positive.negative = false;
      spoken += U"零下" + ReadNumber(positive);
    } else {
      bool liang = number.integer == U"2" && !number.has_point && TakesLiang(unit.spoken, 0);
      spoken += ReadNumber(number, liang ? Two::kLiang : Two::kEr);
    }
    return Match{end, spoken + Text(unit.spoken)};
  }
  return std::nullopt;
}

}  // namespace briefcast::tn
