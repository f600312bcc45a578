#include "feeds/formats/cover_art.h"

#include <png.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "audio/error.h"
#include "feeds/formats/sha1.h"

namespace briefcast {
namespace {

struct Rgb {
  double r = 0, g = 0, b = 0;
};

// hue in degrees, saturation and value in 0..1.
Rgb FromHsv(double hue, double saturation, double value) {
  auto channel = [&](double n) {
    double k = std::fmod(n + hue / 60.0, 6.0);
    return value - value * saturation * std::clamp(std::min(k, 4.0 - k), 0.0, 1.0);
  };
  return {channel(5), channel(3), channel(1)};
}

Rgb Mix(const Rgb& under, const Rgb& over, double alpha) {
  return {under.r + (over.r - under.r) * alpha, under.g + (over.g - under.g) * alpha,
          under.b + (over.b - under.b) * alpha};
}

// Anti-aliased coverage of a shape whose signed distance (negative inside) is `distance`,
// both in pixels.
double Coverage(double distance) { return std::clamp(0.5 - distance, 0.0, 1.0); }

// The artwork's design in unit coordinates (0..1 across the square), evaluated per pixel.
class CoverDesign {
 public:
  CoverDesign(double hue, int size)
      : size_(size),
        dark_(FromHsv(hue, 0.75, 0.22)),
        light_(FromHsv(hue + 35, 0.65, 0.55)),
        dot_(FromHsv(hue + 150, 0.5, 0.98)) {}

  Rgb Pixel(int x, int y) const {
    double u = (x + 0.5) / size_, v = (y + 0.5) / size_;
    Rgb color = Mix(dark_, light_, (u + v) / 2);
    const Rgb white{1, 1, 1};
    double ring_distance = Length(u - 0.3, v - 0.7);
    for (int i = 1; i <= 4; ++i) {
      double edge = std::abs(ring_distance - 0.1 * i - 0.06) - 0.012;
      color = Mix(color, white, (0.45 - 0.08 * i) * Coverage(edge * size_));
    }
    color = Mix(color, dot_, Coverage((ring_distance - 0.09) * size_));
    return Mix(color, white, 0.9 * Coverage(BarDistance(u, v) * size_));
  }

 private:
  // Signed distance to the nearest of nine capsule-shaped waveform bars in the upper right.
  static double BarDistance(double u, double v) {
    static constexpr std::array<double, 9> kHeights = {0.08, 0.16, 0.26, 0.18, 0.34,
                                                       0.22, 0.28, 0.12, 0.06};
    double best = 1;
    for (std::size_t i = 0; i < kHeights.size(); ++i) {
      double center_u = 0.46 + 0.05 * i, half_width = 0.016;
      double du = std::abs(u - center_u);
      double dv = std::max(std::abs(v - 0.32) - kHeights[i] / 2 + half_width, 0.0);
      best = std::min(best, Length(du, dv) - half_width);
    }
    return best;
  }

  // std::hypot guards against overflow, which unit coordinates cannot reach, at several
  // times the cost: this runs about 30 million times per cover.
  static double Length(double x, double y) { return std::sqrt(x * x + y * y); }

  int size_;
  Rgb dark_, light_, dot_;  // the background's two ends, the dot in the rings
};

void AppendToString(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), length);
}

// Owns libpng's write state; frees it on every path, including after a longjmp.
struct PngWriteState {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~PngWriteState() { png_destroy_write_struct(&png, &info); }
};

bool EncodeRgbPng(std::vector<std::uint8_t>& rgb, int size, std::string* out) {
  PngWriteState state;
  state.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (state.png == nullptr) return false;
  state.info = png_create_info_struct(state.png);
  if (state.info == nullptr) return false;
  std::vector<png_bytep> rows(size);
  for (int y = 0; y < size; ++y) rows[y] = rgb.data() + static_cast<std::size_t>(y) * size * 3;
  // libpng reports errors by longjmp; nothing with a destructor is created below.
  if (setjmp(png_jmpbuf(state.png))) return false;
  png_set_write_fn(state.png, out, AppendToString, nullptr);
  png_set_IHDR(state.png, state.info, size, size, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(state.png, state.info);
  png_write_image(state.png, rows.data());
  png_write_end(state.png, nullptr);
  return true;
}

}  // namespace

std::string GenerateCoverPng(const Channel& channel, int size_px) {
  if (size_px < 16 || size_px > 3000) {
    throw Error("cover art size " + std::to_string(size_px) + " px is outside 16..3000");
  }
  double hue = Sha1(channel.title)[0] * 360.0 / 256.0;
  CoverDesign design(hue, size_px);
  std::vector<std::uint8_t> rgb(static_cast<std::size_t>(size_px) * size_px * 3);
  for (int y = 0; y < size_px; ++y) {
    for (int x = 0; x < size_px; ++x) {
      Rgb pixel = design.Pixel(x, y);
      std::uint8_t* out = &rgb[(static_cast<std::size_t>(y) * size_px + x) * 3];
      out[0] = static_cast<std::uint8_t>(std::lround(std::clamp(pixel.r, 0.0, 1.0) * 255));
      out[1] = static_cast<std::uint8_t>(std::lround(std::clamp(pixel.g, 0.0, 1.0) * 255));
      out[2] = static_cast<std::uint8_t>(std::lround(std::clamp(pixel.b, 0.0, 1.0) * 255));
    }
  }
  std::string png;
  if (!EncodeRgbPng(rgb, size_px, &png)) throw Error("libpng could not encode the cover art");
  return png;
}

std::optional<PngDimensions> PngSize(const std::string& png_bytes) {
  static const std::string kSignature = "\x89PNG\r\n\x1a\n";
  if (png_bytes.size() < 24 || png_bytes.compare(0, 8, kSignature) != 0 ||
      png_bytes.compare(12, 4, "IHDR") != 0) {
    return std::nullopt;
  }
  auto read_u32 = [&](std::size_t offset) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) {
      value = (value << 8) | static_cast<std::uint8_t>(png_bytes[offset + i]);
    }
    return static_cast<int>(value & 0x7FFFFFFF);
  };
  return PngDimensions{read_u32(16), read_u32(20)};
}

}  // namespace briefcast
