// NormalizeText never throws: any exception, crash or sanitizer report is a finding.
#include <cstdint>

#include "synth/normalize/text_normalizer.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  briefcast::NormalizeText(briefcast::fuzz::AsText(data, size));
  return 0;
}
