#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

namespace briefcast {

// Reading what the user names (articles, lexicons, config and cover files, stdin) with a byte
// cap whatever it is (docs/robustness.md, "Limits"). Only regular files are read: a
// directory, device, FIFO or socket is refused at once with a message saying what it is, so
// /dev/zero never fills memory and a FIFO never blocks. `what` names the file's role in
// messages ("article", "lexicon"). Every error is an Error naming the path:
//   "<path>: does not exist; check the path of the <what>"
//   "<path>: is a FIFO (named pipe), not a regular file; give the <what> as a file"
//   "<path>: is larger than 16 MiB, the limit for a lexicon file; ..."
std::string ReadInputFile(const std::filesystem::path& path, std::uintmax_t max_bytes,
                          std::string_view what);

// "a " or "an " for `noun` in a message (by its first letter: "an episode record").
std::string_view IndefiniteArticle(std::string_view noun);

// All of `in` (stdin) up to `max_bytes`; Error "<name>: more than N MiB, the limit for ...".
std::string ReadInputStream(std::istream& in, std::uintmax_t max_bytes, std::string_view name,
                            std::string_view what);

// Reads the next line of `in` (without its '\n') into *line; false at the end of the input.
// Throws Error "<name>:<line_number>: the line is longer than 1 MiB, ..." rather than
// holding an endless line in memory.
bool ReadInputLine(std::istream& in, std::string* line, std::size_t max_bytes,
                   std::string_view name, std::size_t line_number);

// f(line) for every line of `in`, each read by ReadInputLine with kMaxInputLineBytes.
void ForEachInputLine(std::istream& in, std::string_view name,
                      const std::function<void(const std::string&)>& f);

// The caps, each far above any real file of its kind.
inline constexpr std::size_t kMaxInputLineBytes = 1 << 20;
inline constexpr std::uintmax_t kMaxArticleFileBytes = 64 << 20;
inline constexpr std::uintmax_t kMaxLexiconFileBytes = 16 << 20;
inline constexpr std::uintmax_t kMaxConfigFileBytes = 1 << 20;
inline constexpr std::uintmax_t kMaxImageFileBytes = 32 << 20;

}  // namespace briefcast
