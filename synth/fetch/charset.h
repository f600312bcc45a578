#pragma once

#include <string>
#include <string_view>

namespace briefcast {

// Text as a web server or file sends it, made UTF-8 (docs/formats.md, "Character sets").
// The charset is, first found: a byte order mark; the charset parameter of `content_type`
// (an HTTP Content-Type header; may be empty); a <meta charset>, <meta http-equiv
// content="...; charset=..."> or <?xml encoding="..."?> in the first 4 KiB; else it is
// detected: UTF-8 when the bytes are valid UTF-8, else GB18030 or Big5 (whichever the byte
// pairs fit). GB2312 and GBK are read as GB18030, their superset. Converted with glibc iconv.
// When the declared charset does not fit the bytes, detection is tried before giving up.
// Throws Error "<source_name>: ..." naming the charset when the text cannot be converted.
std::string DecodeToUtf8(std::string_view bytes, std::string_view content_type,
                         std::string_view source_name);

// The charset `text` declares for itself in its first 4 KiB (meta or XML declaration),
// lower case; empty when none.
std::string DeclaredCharset(std::string_view text);

}  // namespace briefcast
