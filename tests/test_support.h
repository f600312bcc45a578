#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace briefcast::testing {

// ../shared beside the source tree, when it exists (tests that need it skip otherwise).
inline std::optional<std::filesystem::path> SharedDir() {
  std::filesystem::path dir = std::filesystem::path(BRIEFCAST_SOURCE_DIR) / ".." / "shared";
  if (std::filesystem::is_directory(dir)) return dir;
  return std::nullopt;
}

inline std::filesystem::path SourceDir() { return BRIEFCAST_SOURCE_DIR; }

// A fresh empty directory, removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "briefcast-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Reads a whole file; empty when it does not exist.
std::string ReadFile(const std::filesystem::path& path);

// Runs `command` through /bin/sh, returns its exit status and (merged) output.
struct CommandResult {
  int exit_code = -1;
  std::string output;
};
CommandResult RunCommand(const std::string& command);

}  // namespace briefcast::testing
