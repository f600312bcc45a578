#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// Why `png_bytes` cannot be a podcast's artwork, or "" when it can (docs/feed.md, "Cover"):
// a PNG file (signature and header), square, 1400-3000 px a side (Apple's limits), and
// decodable to its last row, so a truncated or corrupt image is found. The size is checked
// before the image is decoded: a 20000x20000 PNG costs no memory.
std::string CoverImageProblem(std::string_view png_bytes);

}  // namespace briefcast
