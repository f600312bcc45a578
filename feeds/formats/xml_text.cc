#include "feeds/formats/xml_text.h"

#include "synth/utf8.h"

namespace briefcast {
namespace {

bool IsPublishable(char32_t c) {
  if (c == utf8::kInvalid) return false;
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0x7F && c <= 0x9F) return false;
  return c != 0xFFFE && c != 0xFFFF;
}

bool IsContinuationByte(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

std::string XmlSafeText(std::string_view text) {
  std::string clean;
  clean.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t c = utf8::Next(text, &pos);
    if (IsPublishable(c)) clean.append(text.substr(start, pos - start));
  }
  return clean;
}

std::string TruncateUtf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  static constexpr std::string_view kEllipsis = "…";
  std::size_t cut = max_bytes - kEllipsis.size();
  while (cut > 0 && IsContinuationByte(text[cut])) --cut;
  std::string truncated(text.substr(0, cut));
  truncated.append(kEllipsis);
  return truncated;
}

}  // namespace briefcast
