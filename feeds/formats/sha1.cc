#include "feeds/formats/sha1.h"

#include <nettle/sha1.h>

namespace briefcast {

std::array<std::uint8_t, 20> Sha1(std::string_view data) {
  static_assert(SHA1_DIGEST_SIZE == 20);
  sha1_ctx context;
  sha1_init(&context);
  sha1_update(&context, data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
  std::array<std::uint8_t, 20> digest;
  sha1_digest(&context, digest.size(), digest.data());
  return digest;
}

std::string Sha1Hex(std::string_view data) {
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  for (std::uint8_t byte : Sha1(data)) {
    hex.push_back(kHex[byte >> 4]);
    hex.push_back(kHex[byte & 0xF]);
  }
  return hex;
}

}  // namespace briefcast
