#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace briefcast {

// `text` made safe for any XML or HTML text or attribute we publish: invalid UTF-8 bytes,
// the control characters XML 1.0 forbids (all below U+0020 except tab, LF and CR), the
// discouraged DEL and C1 controls (U+007F-U+009F) and the non-characters U+FFFE/U+FFFF are
// removed. Everything else is kept as is (escaping is the writer's job).
std::string XmlSafeText(std::string_view text);

// `text` cut to at most `max_bytes` bytes at a code point boundary; when anything is cut,
// the result ends with "…" (still within `max_bytes`). REQUIRES: max_bytes >= 3.
std::string TruncateUtf8(std::string_view text, std::size_t max_bytes);

}  // namespace briefcast
