#include "synth/fetch/charset.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>
#include <optional>

#include "audio/error.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// The value after `key` ("charset=") in `text`, without quotes: a charset name.
std::string ValueAfter(const std::string& text, std::string_view key) {
  std::size_t at = text.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  while (at < text.size() && (text[at] == '"' || text[at] == '\'' || text[at] == ' ')) ++at;
  std::size_t end = at;
  while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                               text[end] == '-' || text[end] == '_' || text[end] == '.')) {
    ++end;
  }
  return text.substr(at, end - at);
}

bool IsUtf8Name(const std::string& name) { return name == "utf-8" || name == "utf8"; }

// The iconv name for a charset label; GB2312 and GBK pages often hold GB18030 characters.
std::string IconvName(const std::string& label) {
  if (label == "gb2312" || label == "gbk" || label == "x-gbk" || label == "cp936" ||
      label == "gb18030" || label == "euc-cn" || label == "windows-936") {
    return "GB18030";
  }
  if (label == "big5" || label == "x-x-big5" || label == "cp950") return "BIG5";
  return label;
}

bool IsValidUtf8(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (utf8::Next(text, &pos) == utf8::kInvalid) return false;
  }
  return true;
}

// `bytes` converted from `charset` by iconv; nullopt when iconv does not know the charset or
// the bytes are not valid in it.
std::optional<std::string> Convert(std::string_view bytes, const std::string& charset) {
  iconv_t converter = iconv_open("UTF-8", charset.c_str());
  if (converter == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t done = 0;
  bool ok = true;
  while (in_left > 0) {
    char* out_at = out.data() + done;
    std::size_t out_left = out.size() - done;
    const std::size_t result = iconv(converter, &in, &in_left, &out_at, &out_left);
    done = out.size() - out_left;
    if (result != static_cast<std::size_t>(-1)) break;
    if (errno != E2BIG) {
      ok = false;
      break;
    }
    out.resize(out.size() * 2);
  }
  iconv_close(converter);
  if (!ok) return std::nullopt;
  out.resize(done);
  return out;
}

// Big5's second bytes run 0x40-0x7E and 0xA1-0xFE; GB2312 text (most GBK pages) keeps both
// bytes at 0xA1 and above. Many low second bytes mean Big5.
bool LooksLikeBig5(std::string_view bytes) {
  std::size_t pairs = 0, low = 0;
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x81) continue;
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    ++pairs;
    low += trail >= 0x40 && trail <= 0x7E;
    ++i;
  }
  return pairs > 0 && low * 5 > pairs;
}

std::optional<std::string> Detect(std::string_view bytes) {
  if (IsValidUtf8(bytes)) return std::string(bytes);
  const bool big5 = LooksLikeBig5(bytes);
  if (auto text = Convert(bytes, big5 ? "BIG5" : "GB18030")) return text;
  return Convert(bytes, big5 ? "GB18030" : "BIG5");
}

}  // namespace

std::string DeclaredCharset(std::string_view text) {
  const std::string head = Lower(text.substr(0, 4096));
  std::string charset = ValueAfter(head, "charset=");
  if (charset.empty() && head.starts_with("<?xml")) {
    charset = ValueAfter(head.substr(0, head.find("?>")), "encoding=");
  }
  return charset;
}

std::string DecodeToUtf8(std::string_view bytes, std::string_view content_type,
                         std::string_view source_name) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return std::string(bytes.substr(3));
  std::string label;
  if (bytes.starts_with("\xFF\xFE")) label = "utf-16le";
  if (bytes.starts_with("\xFE\xFF")) label = "utf-16be";
  if (label.empty()) label = ValueAfter(Lower(content_type), "charset=");
  if (label.empty()) label = DeclaredCharset(bytes);
  if (IsUtf8Name(label) && IsValidUtf8(bytes)) return std::string(bytes);
  if (!label.empty() && !IsUtf8Name(label)) {
    if (label.starts_with("utf-16")) bytes.remove_prefix(2);
    if (auto text = Convert(bytes, IconvName(label))) return *text;
  }
  if (auto text = Detect(bytes)) return *text;
  throw Error(std::string(source_name) + ": the text is not valid " +
              (label.empty() ? std::string("UTF-8, GB18030 or Big5") : "in charset " + label) +
              "; save it as UTF-8");
}

}  // namespace briefcast
