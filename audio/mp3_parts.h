#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <span>
#include <vector>

#include "audio/mp3_encoder.h"
#include "audio/part_plan.h"

namespace briefcast {

// Hands samples [range.begin, range.end) of a stream to `sink` in order (any chunking), as
// the caller's chain makes them with the peak limiter's ceiling lowered by
// extra_margin_db. Called from several threads at once.
using PartRenderer = std::function<void(SampleRange range, double extra_margin_db,
                                        const std::function<void(std::span<const float>)>& sink)>;

struct Mp3PartsReport {
  // The highest true peak of the parts, each decoded on its own (the joins lie in silence).
  double true_peak_dbtp = 0;
  // Per part: 0, or how far its second rendering lowered the limiter's ceiling.
  std::vector<double> extra_margins_db;
  int rerendered_parts = 0;
};

// Encodes a mono stream of `total` samples in the parts that start at `starts` (PlanParts)
// with one LAME encoder each, `threads` at a time, and joins them into one MP3 stream with
// one Info frame in `out` (seekable). Part k is rendered from starts[k] to kJoinSamples
// before the next part's start (to the end for the last part): those samples, which must
// be silence, make room for the part's padding and the next part's encoder delay, so
// that the joined stream decodes to exactly `total` samples with every part at its place.
// Each part is decoded once encoded and its true peak measured; a part over
// peak_limit_dbtp is rendered once more with the ceiling lowered by the excess +
// kPartPeakRetryDb (kept either way). The bytes do not depend on `threads`. At most
// 2 * threads encoded parts wait in memory to be joined. Throws Error (the first failure
// of any part).
Mp3PartsReport EncodeMp3InParts(std::span<const std::int64_t> starts, std::int64_t total,
                                int sample_rate_hz, const Mp3Settings& settings,
                                double peak_limit_dbtp, int threads, const PartRenderer& render,
                                std::ostream& out);

inline constexpr double kPartPeakRetryDb = 0.4;

}  // namespace briefcast
