#include "feeds/formats/cover_art.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <memory>

#include "audio/error.h"
#include "feeds/formats/sha1.h"

namespace briefcast {
namespace {

constexpr const char* kFontFamily = "Noto Sans CJK SC";

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

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* object) const { Free(object); }
};
void UnrefLayout(PangoLayout* layout) { g_object_unref(layout); }
using Surface = std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_t, cairo_surface_destroy>>;
using Context = std::unique_ptr<cairo_t, Deleter<cairo_t, cairo_destroy>>;
using Layout = std::unique_ptr<PangoLayout, Deleter<PangoLayout, UnrefLayout>>;
using FontDescription = std::unique_ptr<PangoFontDescription,
                                        Deleter<PangoFontDescription, pango_font_description_free>>;

void SetColor(cairo_t* cr, const Rgb& color, double alpha = 1) {
  cairo_set_source_rgba(cr, color.r, color.g, color.b, alpha);
}

// A diagonal gradient between two shades of the channel's hue, with broadcast rings that
// spread from the lower right corner.
void DrawBackground(cairo_t* cr, double size, double hue) {
  cairo_pattern_t* gradient = cairo_pattern_create_linear(0, 0, size, size);
  const Rgb dark = FromHsv(hue, 0.78, 0.16), light = FromHsv(hue + 35, 0.70, 0.42);
  cairo_pattern_add_color_stop_rgb(gradient, 0, light.r, light.g, light.b);
  cairo_pattern_add_color_stop_rgb(gradient, 1, dark.r, dark.g, dark.b);
  cairo_set_source(cr, gradient);
  cairo_paint(cr);
  cairo_pattern_destroy(gradient);
  cairo_set_line_width(cr, size * 0.018);
  for (int i = 1; i <= 5; ++i) {
    cairo_new_path(cr);
    cairo_arc(cr, size * 1.02, size * 1.02, size * (0.16 + 0.15 * i), 0, 2 * M_PI);
    cairo_set_source_rgba(cr, 1, 1, 1, 0.075 - 0.01 * i);
    cairo_stroke(cr);
  }
}

// A waveform of rounded bars and a rule under it, in the accent colour, at the top left.
void DrawWaveform(cairo_t* cr, double size, const Rgb& accent) {
  static constexpr std::array<double, 11> kHeights = {0.30, 0.55, 0.85, 0.60, 1.00, 0.70,
                                                      0.90, 0.45, 0.65, 0.35, 0.20};
  const double bar = size * 0.018, gap = size * 0.014, full = size * 0.11;
  const double left = size * 0.09, middle = size * 0.16;
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width(cr, bar);
  SetColor(cr, accent);
  for (std::size_t i = 0; i < kHeights.size(); ++i) {
    const double x = left + bar / 2 + i * (bar + gap), half = kHeights[i] * full / 2;
    cairo_move_to(cr, x, middle - half);
    cairo_line_to(cr, x, middle + half);
    cairo_stroke(cr);
  }
}

Layout MakeLayout(cairo_t* cr, const char* weight, double font_px, double width_px) {
  Layout layout(pango_cairo_create_layout(cr));
  PangoContext* context = pango_layout_get_context(layout.get());
  pango_context_set_language(context, pango_language_from_string("zh-cn"));
  // Unhinted outlines, so the picture depends on the font alone, not on the machine's
  // fontconfig settings.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options(context, options);
  cairo_font_options_destroy(options);
  pango_layout_context_changed(layout.get());
  FontDescription font(
      pango_font_description_from_string((std::string(kFontFamily) + " " + weight).c_str()));
  pango_font_description_set_absolute_size(font.get(), font_px * PANGO_SCALE);
  pango_layout_set_font_description(layout.get(), font.get());
  pango_layout_set_width(layout.get(), static_cast<int>(width_px * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  return layout;
}

// Fails unless fontconfig finds the CJK font; without it the title would show as boxes.
void RequireFont(PangoLayout* layout) {
  PangoContext* context = pango_layout_get_context(layout);
  PangoFont* font = pango_context_load_font(context, pango_layout_get_font_description(layout));
  FontDescription found(font ? pango_font_describe(font) : nullptr);
  if (font) g_object_unref(font);
  const char* family = found ? pango_font_description_get_family(found.get()) : nullptr;
  if (family == nullptr || std::string_view(family) != kFontFamily) {
    throw Error(std::string("the generated cover needs the font \"") + kFontFamily +
                "\" (Debian package fonts-noto-cjk): install it (scripts/setup) or set "
                "channel.cover_image to a PNG of your own");
  }
}

// The width of the layout's last line, in pixels.
int LastLineWidth(PangoLayout* layout) {
  PangoLayoutLine* line =
      pango_layout_get_line_readonly(layout, pango_layout_get_line_count(layout) - 1);
  PangoRectangle extents{};
  pango_layout_line_get_pixel_extents(line, nullptr, &extents);
  return extents.width;
}

// The title in the largest size (down to a floor) at which it fits in three lines without a
// short last line, then the author under it, both left-aligned above the lower margin.
void DrawText(cairo_t* cr, double size, const Channel& channel, const Rgb& accent) {
  const double left = size * 0.09, width = size * 0.82;
  Layout title;
  int title_height = 0;
  for (double font_px = size * 0.15;; font_px *= 0.92) {
    title = MakeLayout(cr, "Bold", font_px, width);
    pango_layout_set_line_spacing(title.get(), 1.08f);
    pango_layout_set_height(title.get(), -5);  // at most five lines, the rest ellipsized
    pango_layout_set_ellipsize(title.get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_text(title.get(), channel.title.c_str(), -1);
    int title_width = 0;
    pango_layout_get_pixel_size(title.get(), &title_width, &title_height);
    const int lines = pango_layout_get_line_count(title.get());
    const bool balanced = lines == 1 || LastLineWidth(title.get()) >= width * 0.3;
    if ((lines <= 3 && balanced) || font_px < size * 0.05) break;
  }
  RequireFont(title.get());
  Layout author = MakeLayout(cr, "Regular", size * 0.042, width);
  pango_layout_set_text(author.get(), channel.author.c_str(), -1);
  int author_width = 0, author_height = 0;
  pango_layout_get_pixel_size(author.get(), &author_width, &author_height);
  const double author_top = size * 0.91 - author_height;
  const double rule_top = author_top - size * 0.035;
  const double title_top = rule_top - size * 0.035 - title_height;
  SetColor(cr, {1, 1, 1});
  cairo_move_to(cr, left, title_top);
  pango_cairo_show_layout(cr, title.get());
  SetColor(cr, accent);
  cairo_rectangle(cr, left, rule_top, size * 0.12, size * 0.008);
  cairo_fill(cr);
  cairo_set_source_rgba(cr, 1, 1, 1, 0.78);
  cairo_move_to(cr, left, author_top);
  pango_cairo_show_layout(cr, author.get());
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string GenerateCoverPng(const Channel& channel, int size_px) {
  if (size_px < 16 || size_px > 3000) {
    throw Error("cover art size " + std::to_string(size_px) + " px is outside 16..3000");
  }
  const double hue = Sha1(channel.title)[0] * 360.0 / 256.0;
  const Rgb accent = FromHsv(hue + 45, 0.5, 1.0);
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, size_px, size_px));
  Context cr(cairo_create(surface.get()));
  DrawBackground(cr.get(), size_px, hue);
  DrawWaveform(cr.get(), size_px, accent);
  DrawText(cr.get(), size_px, channel, accent);
  cairo_surface_flush(surface.get());
  std::string png;
  const cairo_status_t status =
      cairo_surface_write_to_png_stream(surface.get(), AppendToString, &png);
  if (status != CAIRO_STATUS_SUCCESS || cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
    throw Error(
        std::string("cairo could not draw the cover art: ") +
        cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : cairo_status(cr.get())));
  }
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
