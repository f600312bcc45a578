// The TOML config parser on arbitrary bytes (LoadConfig reads a path: the bytes go to a
// per-process file in /dev/shm). A clean Error is fine; anything else is a finding.
#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <string>

#include "audio/error.h"
#include "feeds/cli/config_file.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path =
      "/dev/shm/briefcast-config-fuzz-" + std::to_string(::getpid()) + ".toml";
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  try {
    briefcast::LoadConfig(path);
  } catch (const briefcast::Error&) {
  }
  return 0;
}
