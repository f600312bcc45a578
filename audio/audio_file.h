#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string_view>

#include "audio/loudness.h"
#include "audio/pcm.h"

namespace briefcast {

// Writes a 16-bit mono WAV file with libsndfile a chunk at a time, in constant memory.
// Samples outside [-1, 1] are clipped. The file is complete once Close() has returned.
class WavWriter {
 public:
  // Throws Error when the file cannot be created.
  WavWriter(const std::filesystem::path& path, int sample_rate_hz);
  ~WavWriter();  // closes the file if Close() was not called (errors ignored)
  WavWriter(const WavWriter&) = delete;
  WavWriter& operator=(const WavWriter&) = delete;

  // Throws Error when the disk is full or the file cannot be written.
  void Write(std::span<const float> samples);
  // Writes the header's final sizes. Throws Error when that fails.
  void Close();

 private:
  struct File;
  std::unique_ptr<File> file_;
  std::filesystem::path path_;
};

// Writes `pcm` as a 16-bit mono WAV file with libsndfile. Throws Error on failure.
void WriteWav(const std::filesystem::path& path, const Pcm& pcm);

// Reads a WAV or MP3 file (libsndfile; MP3 through mpg123), downmixed to mono.
// Throws Error when the file cannot be read.
Pcm ReadAudioFile(const std::filesystem::path& path);

// Measures the loudness and true peak of a WAV or MP3 file as a player decodes it (for an
// MP3: after the encoder delay, as the Info frame says), reading it a chunk at a time.
// Throws Error when the file cannot be read.
LoudnessMeasurement MeasureAudioFile(const std::filesystem::path& path);

// The true peak in dBTP (-inf for silence) of a mono WAV or MP3 file as a player decodes
// it: MeasureAudioFile()'s peak at a fraction of the cost (no loudness, a shorter
// interpolator; audio/true_peak.h). Throws Error when the file cannot be read.
double TruePeakOfAudioFile(const std::filesystem::path& path);

// The same for a mono MP3 stream held in memory (a part of an episode, just encoded).
double TruePeakOfMp3(std::string_view mp3);

}  // namespace briefcast
