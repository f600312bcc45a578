#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace briefcast::fuzz {

// The fuzzer's bytes as text (any bytes: invalid UTF-8 and NULs included).
inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace briefcast::fuzz
