#include "synth/tn_text.h"

namespace briefcast::tn {
namespace {

// Number of continuation bytes for a lead byte, or -1 when it cannot lead.
int ContinuationCount(unsigned char lead) {
  if (lead < 0x80) return 0;
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return -1;
}

constexpr char32_t kMinForLength[] = {0, 0x80, 0x800, 0x10000};

}  // namespace

Text DecodeUtf8(std::string_view bytes) {
  Text out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  while (i < bytes.size()) {
    auto lead = static_cast<unsigned char>(bytes[i]);
    int extra = ContinuationCount(lead);
    if (extra < 0 || (extra > 0 && i + extra >= bytes.size())) {
      ++i;  // invalid lead, or a sequence cut off by the end of the input
      continue;
    }
    char32_t c = extra == 0 ? lead : lead & (0x3F >> extra);
    int k = 1;
    for (; k <= extra; ++k) {
      auto next = static_cast<unsigned char>(bytes[i + k]);
      if ((next & 0xC0) != 0x80) break;
      c = (c << 6) | (next & 0x3F);
    }
    if (k <= extra) {
      i += k;  // resynchronize at the byte that broke the sequence
      continue;
    }
    i += extra + 1;
    bool valid = c >= kMinForLength[extra] && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
    if (valid) out.push_back(c);
  }
  return out;
}

std::string EncodeUtf8(TextView text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t c : text) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007;
}

bool PrecededBy(TextView text, std::size_t pos, TextView word) {
  while (pos > 0 && IsSpace(text[pos - 1])) --pos;
  return pos >= word.size() && text.substr(pos - word.size(), word.size()) == word;
}

bool ContextBefore(TextView text, std::size_t pos, TextView words, std::size_t window) {
  std::size_t from = pos > window ? pos - window : 0;
  TextView before = text.substr(from, pos - from);
  while (!words.empty()) {
    std::size_t bar = words.find(U'|');
    TextView word = words.substr(0, bar);
    if (!word.empty() && before.find(word) != TextView::npos) return true;
    if (bar == TextView::npos) break;
    words.remove_prefix(bar + 1);
  }
  return false;
}

bool StartsWith(TextView text, std::size_t pos, TextView word) {
  return pos <= text.size() && text.substr(pos).starts_with(word);
}

std::size_t SkipSpaces(TextView text, std::size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  return pos;
}

std::size_t DigitRun(TextView text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && IsDigit(text[end])) ++end;
  return end - pos;
}

}  // namespace briefcast::tn
