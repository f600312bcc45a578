#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace briefcast {

// True peak: the largest absolute value of a signal between its samples as well as at them,
// estimated by 4x oversampling (the method of ITU-R BS.1770 annex 2). A plain sample peak
// misses inter-sample peaks, which a DAC or an MP3 decoder shows.

inline constexpr int kTruePeakBefore = 5;  // samples the interpolator needs before a sample
inline constexpr int kTruePeakAfter = 6;   // and after it

// peaks[i] = the true peak from window[i + kTruePeakBefore] up to (not including) the next
// sample, for i in [0, count). REQUIRES: window[0 .. count + kTruePeakBefore +
// kTruePeakAfter) are readable. Accurate within 0.01 dB up to half the Nyquist frequency,
// 0.4 dB low at 0.7 of it.
void TruePeaks(const float* window, std::size_t count, float* peaks);

// As TruePeaks, except where the true peak cannot exceed `floor`: there peaks[i] is the
// sample's own magnitude (also at most `floor`) and the interpolation is skipped (a bound from
// the largest sample within the interpolator's reach). For a limiter whose ceiling is
// `floor`, the result means the same as TruePeaks', at a fraction of the cost in speech.
void TruePeaksOver(const float* window, std::size_t count, float floor, float* peaks);

// The true peak of a mono stream fed a chunk at a time, in constant memory, the same
// however the stream is cut (silence is assumed before and after it).
class TruePeakMeter {
 public:
  void Add(std::span<const float> samples);
  // The true peak of everything added so far, linear; 0 for silence.
  float Peak() const;
  // The same in dBTP; -inf for silence.
  double PeakDbtp() const;

 private:
  // Samples whose peak is not yet counted, after the kTruePeakBefore before them.
  std::vector<float> window_ = std::vector<float>(kTruePeakBefore, 0.0f);
  float peak_ = 0;
};

}  // namespace briefcast
