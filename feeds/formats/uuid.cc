#include "feeds/formats/uuid.h"

#include <array>
#include <cstdint>

#include "audio/error.h"
#include "feeds/formats/sha1.h"

namespace briefcast {
namespace {

constexpr char kHex[] = "0123456789abcdef";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string ParseUuidBytes(std::string_view uuid) {
  std::string bytes;
  int high = -1;
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    bool dash_position = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash_position && uuid[i] == '-') continue;
    int value = HexValue(uuid[i]);
    if (value < 0 || dash_position) break;
    if (high < 0) {
      high = value;
    } else {
      bytes.push_back(static_cast<char>(high * 16 + value));
      high = -1;
    }
  }
  if (uuid.size() != 36 || bytes.size() != 16) {
    throw Error("\"" + std::string(uuid) + "\" is not a UUID (expected 8-4-4-4-12 hex digits)");
  }
  return bytes;
}

std::string FormatUuid(const std::uint8_t* bytes) {
  std::string text;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text.push_back('-');
    text.push_back(kHex[bytes[i] >> 4]);
    text.push_back(kHex[bytes[i] & 0xF]);
  }
  return text;
}

}  // namespace

std::string UuidV5(std::string_view namespace_uuid, std::string_view name) {
  std::string input = ParseUuidBytes(namespace_uuid);
  input.append(name);
  std::array<std::uint8_t, 20> digest = Sha1(input);
  digest[6] = (digest[6] & 0x0F) | 0x50;  // version 5
  digest[8] = (digest[8] & 0x3F) | 0x80;  // RFC variant
  return FormatUuid(digest.data());
}

std::string PodcastGuid(std::string_view feed_url) {
  std::size_t scheme_end = feed_url.find("://");
  if (scheme_end != std::string_view::npos) feed_url.remove_prefix(scheme_end + 3);
  while (!feed_url.empty() && feed_url.back() == '/') feed_url.remove_suffix(1);
  return UuidV5(kPodcastGuidNamespace, feed_url);
}

}  // namespace briefcast
