#include "synth/normalize/tn_text.h"

namespace briefcast::tn {

bool PrecededBy(TextView text, std::size_t pos, TextView word) {
  while (pos > 0 && IsInlineSpace(text[pos - 1])) --pos;
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
  while (pos < text.size() && IsInlineSpace(text[pos])) ++pos;
  return pos;
}

std::size_t DigitRun(TextView text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && IsDigit(text[end])) ++end;
  return end - pos;
}

}  // namespace briefcast::tn
