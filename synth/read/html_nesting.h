#pragma once

#include <string_view>

namespace briefcast {

// The deepest element nesting a readable page may have. Real news pages stay under about
// 100; gumbo 0.10 slows down with nesting (each unclosed element at the end costs time in
// proportion to the depth) and overflows the stack past some tens of thousands.
inline constexpr int kMaxHtmlNesting = 400;

// Throws Error "<source_name>: ..." when `html` would make the HTML parser nest elements
// deeper than kMaxHtmlNesting, counting what the parser counts: open elements that need an
// end tag (p, li, td and the like close themselves and are not counted), plus formatting
// elements (b, font, a...) left open, counted again because the parser re-opens them in
// every later block (so the estimate is at most twice the real depth).
// One pass over the text, no allocation per tag beyond a bounded stack.
void CheckHtmlNesting(std::string_view html, std::string_view source_name);

}  // namespace briefcast
