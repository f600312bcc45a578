#pragma once

#include <optional>
#include <string>

#include "feeds/channel.h"

namespace briefcast {

// A square artwork for podcasts without one: a diagonal gradient with broadcast rings and
// a waveform, its colours derived from the channel title (so two podcasts differ, and the
// same podcast keeps its art). No text, no external assets. Returns the PNG file's bytes
// (8-bit RGB). Throws Error when size_px is outside 16..3000 or libpng fails.
std::string GenerateCoverPng(const Channel& channel, int size_px = 1400);

struct PngDimensions {
  int width = 0;
  int height = 0;
};

// Width and height from a PNG's header (signature and IHDR chunk); nullopt when the bytes
// do not start like a PNG file.
std::optional<PngDimensions> PngSize(const std::string& png_bytes);

}  // namespace briefcast
