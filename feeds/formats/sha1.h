#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace briefcast {

// SHA-1 (FIPS 180-4) of `data`. Used only where a standard demands it (UUIDv5 names, the
// podcast:guid); it is not a security measure here.
std::array<std::uint8_t, 20> Sha1(std::string_view data);

// The digest as 40 lowercase hex digits: Sha1Hex("abc") ==
// "a9993e364706816aba3e25717850c26c9cd0d89d".
std::string Sha1Hex(std::string_view data);

}  // namespace briefcast
