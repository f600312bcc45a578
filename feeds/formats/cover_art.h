#pragma once

#include <optional>
#include <string>

#include "feeds/channel.h"

namespace briefcast {

// A square artwork for podcasts without one, drawn with cairo: the channel's title set large
// in Noto Sans CJK (wrapped, shrunk to fit, at most five lines) and its author, on a diagonal
// gradient with broadcast rings and a waveform mark. The colours come from the title's hash
// (so two podcasts differ, and the same podcast keeps its art); the same channel gives the
// same bytes. Returns the PNG file's bytes (8-bit RGB). Throws Error when size_px is outside
// 16..3000, when the font is not installed (Debian fonts-noto-cjk), or when cairo fails.
std::string GenerateCoverPng(const Channel& channel, int size_px = 1400);

struct PngDimensions {
  int width = 0;
  int height = 0;
};

// Width and height from a PNG's header (signature and IHDR chunk); nullopt when the bytes
// do not start like a PNG file.
std::optional<PngDimensions> PngSize(const std::string& png_bytes);

}  // namespace briefcast
