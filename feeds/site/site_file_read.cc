#include "feeds/site/site_file_read.h"

#include <fstream>

#include "audio/error.h"
#include "synth/input_file.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

// "64 MiB" for whole mebibytes, else "67108865 bytes".
std::string Size(std::uintmax_t bytes) {
  return bytes > 0 && bytes % (1 << 20) == 0 ? std::to_string(bytes >> 20) + " MiB"
                                             : std::to_string(bytes) + " bytes";
}

}  // namespace

std::optional<std::string> ReadSiteFile(const fs::path& path, std::uintmax_t max_bytes,
                                        std::string_view what) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;  // a FIFO would block the open
  // The size of the file opened, not of the path: a file replaced meanwhile is read whole.
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  const std::streamoff end = in.tellg();
  if (!in || end < 0) return std::nullopt;
  const auto size = static_cast<std::uintmax_t>(end);
  if (size > max_bytes) {
    throw Error(path.string() + ": is " + Size(size) + ", larger than the " + Size(max_bytes) +
                " " + std::string(IndefiniteArticle(what)) + std::string(what) +
                " can be; it is not a file briefcast wrote: move it out of the site "
                "(briefcast check --repair sets a damaged record or site.json aside)");
  }
  in.seekg(0);
  std::string content(static_cast<std::size_t>(size), '\0');
  in.read(content.data(), static_cast<std::streamsize>(size));
  if (in.bad()) return std::nullopt;
  content.resize(static_cast<std::size_t>(in.gcount()));
  return content;
}

}  // namespace briefcast
