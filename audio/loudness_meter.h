#pragma once

#include <memory>
#include <span>

namespace briefcast {

// EBU R 128 loudness of a mono stream fed a chunk at a time (libebur128). Memory grows only
// by one number per 100 ms block (about 6 MB for 2 hours), never with the samples.
class LoudnessMeter {
 public:
  // `true_peak` also tracks the 4x oversampled true peak (costs about as much again).
  // Throws Error when the rate is not positive or libebur128 cannot be set up.
  LoudnessMeter(int sample_rate_hz, bool true_peak);
  ~LoudnessMeter();
  LoudnessMeter(const LoudnessMeter&) = delete;
  LoudnessMeter& operator=(const LoudnessMeter&) = delete;

  void Add(std::span<const float> samples);

  // Integrated loudness of everything added so far; -inf for silence or less than one
  // 400 ms block.
  double IntegratedLufs() const;
  // The true peak so far in dBTP; -inf for silence. REQUIRES: constructed with true_peak.
  double TruePeakDbtp() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace briefcast
