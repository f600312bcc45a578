#include "feeds/formats/cover_image_check.h"

#include <png.h>

#include <memory>
#include <vector>

namespace briefcast {
namespace {

constexpr png_uint_32 kMinSide = 1400;
constexpr png_uint_32 kMaxSide = 3000;

// libpng's simplified reader, freed however the check ends.
class PngReader {
 public:
  PngReader() { image_.version = PNG_IMAGE_VERSION; }
  ~PngReader() { png_image_free(&image_); }
  PngReader(const PngReader&) = delete;
  PngReader& operator=(const PngReader&) = delete;

  png_image& image() { return image_; }
  std::string error() const { return image_.message; }

 private:
  png_image image_{};
};

png_uint_32 BigEndian(std::string_view four) {
  png_uint_32 value = 0;
  for (char c : four) value = (value << 8) | static_cast<unsigned char>(c);
  return value;
}

}  // namespace

std::string CoverImageProblem(std::string_view png_bytes) {
  static constexpr unsigned char kSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (png_bytes.size() < sizeof kSignature ||
      png_bytes.substr(0, sizeof kSignature) !=
          std::string_view(reinterpret_cast<const char*>(kSignature), sizeof kSignature)) {
    return "is not a PNG file (no PNG signature)";
  }
  // The size from the IHDR chunk that must follow the signature, before libpng reads on.
  if (png_bytes.size() < 24 || png_bytes.substr(12, 4) != "IHDR") {
    return "is a damaged PNG file (no IHDR header)";
  }
  const png_uint_32 width = BigEndian(png_bytes.substr(16, 4));
  const png_uint_32 height = BigEndian(png_bytes.substr(20, 4));
  if (width != height || width < kMinSide || width > kMaxSide) {
    return "is " + std::to_string(width) + "x" + std::to_string(height) +
           " px; podcast artwork must be square, 1400-3000 px";
  }
  PngReader reader;
  png_image& image = reader.image();
  if (!png_image_begin_read_from_memory(&image, png_bytes.data(), png_bytes.size())) {
    return "is a damaged PNG file (" + reader.error() + ")";
  }
  image.format = PNG_FORMAT_RGBA;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
    return "is a damaged PNG file (" + reader.error() + ")";
  }
  return "";
}

}  // namespace briefcast
