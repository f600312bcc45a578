#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace briefcast {

// Replaces `path` with `content` so that readers and crashes see either the old file or
// the new one, never a mix: writes a temporary file in the same directory (named
// ".<name>.tmp-<pid>"), flushes it to disk, renames it over `path` and flushes the
// directory. Creates missing parent directories. Throws Error naming the path and the
// system's reason (e.g. "No space left on device") when any step fails; the old file is
// then untouched and the temporary removed. `finish`, when given, is called with the
// temporary's path after it is written and before it is flushed and renamed (to add tags).
void WriteFileAtomically(const std::filesystem::path& path, std::string_view content,
                         const std::function<void(const std::filesystem::path&)>& finish = {});

// WriteFileAtomically, unless `path` already holds exactly `content`: an unchanged file keeps
// its modification time, so HTTP caches answer 304 and sync tools skip it. Returns whether it
// wrote.
bool WriteFileIfChanged(const std::filesystem::path& path, std::string_view content);

// The content of `path` when it is exactly `size` bytes long (what a rewrite compares
// against, read without reading a file of any other size), else nullopt.
std::optional<std::string> ReadFileOfSize(const std::filesystem::path& path, std::size_t size);

// A temporary name beside `path` for WriteFileAtomically-style writes.
std::filesystem::path TemporaryPathFor(const std::filesystem::path& path);

// True for names made by TemporaryPathFor (left behind by a crash; safe to delete).
bool IsTemporaryName(const std::filesystem::path& path);

}  // namespace briefcast
