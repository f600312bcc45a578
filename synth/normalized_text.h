#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace briefcast {

// What a numeral in normalized text was written as. The normalizer writes every number in
// Hanzi; the pinyin stage reads 一 by its origin: a counted 一 takes sandhi (一个 yi2 ge4,
// 一万 yi2 wan4), a named one keeps yi1 (零点一 ling2 dian3 yi1, 二比一, 一九九八).
enum class NumeralKind : std::uint8_t {
  kNone,      // not written with digits
  kCardinal,  // a value: 11 -> 十一, 1% -> 百分之一, 100 -> 一百
  kCount,     // a quantity before a measure word or unit: 1个, 1万元, 1km, ¥1
  kDecimal,   // 0.1, 4.1%: the digits after 点 are named one by one
  kOrdinal,   // after 第: 第1名, 第100位
  kDigits,    // a number read digit by digit: 007, lines of 17 digits or more
  kCode,      // numbers to dial, identifiers, model names: 12315, 编号27149, Q1, X1
  kRatio,     // ratios and scores: 2:1 -> 二比一
  kFraction,  // 1/3 -> 三分之一
  kDate,      // years, months, days, decades: 2024年1月1日, 1至9月, 1990s
  kTime,      // clock times: 1:10 -> 一点十分, 下午1点
};

// A numeral's place in the normalized text: bytes [begin, end) of `NormalizedText::text`,
// covering the whole spoken form of what the rule read (百分之四点一, 一千克, 二比一).
struct NumeralSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  NumeralKind kind = NumeralKind::kNone;
};

// Where a stretch of normalized text came from: bytes [begin, end) of `NormalizedText::text`
// were read from bytes [source_begin, source_end) of the text given to the normalizer. A
// rule's whole reading is one piece (十四点五四亿元 from "14.54亿元"); other characters are
// pieces of their own.
struct SourcePiece {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t source_begin = 0;
  std::size_t source_end = 0;
};

// Bytes [begin, end) of the text given to the normalizer.
struct SourceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The normalizer's output: the text to read, where its numerals came from, in text
// order, not overlapping, and where every byte of it came from.
struct NormalizedText {
  std::string text;
  std::vector<NumeralSpan> numerals;
  std::vector<SourcePiece> sources;  // in text order, not overlapping

  // The source of bytes [begin, end) of `text`: from the first to the last source byte of
  // the pieces they overlap; an empty span at the source of `begin` when they overlap none.
  SourceSpan SourceOf(std::size_t begin, std::size_t end) const;
};

}  // namespace briefcast
