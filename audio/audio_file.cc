#include "audio/audio_file.h"

#include <sndfile.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "audio/error.h"
#include "audio/loudness_meter.h"
#include "audio/true_peak.h"

namespace briefcast {
namespace {

struct SndfileCloser {
  void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

std::string LastError() { return sf_strerror(nullptr); }

}  // namespace

struct WavWriter::File {
  SNDFILE* handle = nullptr;
  ~File() {
    if (handle != nullptr) sf_close(handle);
  }
};

WavWriter::WavWriter(const std::filesystem::path& path, int sample_rate_hz)
    : file_(std::make_unique<File>()), path_(path) {
  if (sample_rate_hz <= 0) {
    throw Error("cannot write " + path.string() + ": the audio has no sample rate");
  }
  SF_INFO info{};
  info.samplerate = sample_rate_hz;
  info.channels = 1;
  info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  file_->handle = sf_open(path.c_str(), SFM_WRITE, &info);
  if (file_->handle == nullptr) {
    throw Error("cannot write " + path.string() + ": " + LastError() +
                ". Check that the directory exists and is writable.");
  }
  // Clip instead of wrapping around when a float sample is slightly out of [-1, 1].
  sf_command(file_->handle, SFC_SET_CLIPPING, nullptr, SF_TRUE);
}

WavWriter::~WavWriter() = default;

void WavWriter::Write(std::span<const float> samples) {
  const auto count = static_cast<sf_count_t>(samples.size());
  if (file_->handle == nullptr || sf_write_float(file_->handle, samples.data(), count) != count) {
    throw Error("cannot write " + path_.string() + ": " +
                (file_->handle != nullptr ? sf_strerror(file_->handle) : "it is closed") +
                ". Check the free disk space.");
  }
}

void WavWriter::Close() {
  if (file_->handle == nullptr) return;
  const int status = sf_close(file_->handle);
  file_->handle = nullptr;
  if (status != 0) {
    throw Error("cannot finish " + path_.string() + ": " + sf_error_number(status) +
                ". Check the free disk space.");
  }
}

void WriteWav(const std::filesystem::path& path, const Pcm& pcm) {
  WavWriter writer(path, pcm.sample_rate_hz);
  writer.Write(pcm.samples);
  writer.Close();
}

Pcm ReadAudioFile(const std::filesystem::path& path) {
  SF_INFO info{};
  SndfileHandle file(sf_open(path.c_str(), SFM_READ, &info));
  if (!file) {
    throw Error("cannot read audio file " + path.string() + ": " + LastError() +
                ". Give a WAV or MP3 file that exists.");
  }
  // Frame counts of MP3s are estimates: read until the decoder stops.
  std::vector<float> interleaved;
  std::vector<float> chunk(4096 * static_cast<std::size_t>(info.channels));
  sf_count_t frames = 0;
  while ((frames = sf_readf_float(file.get(), chunk.data(), 4096)) > 0) {
    interleaved.insert(interleaved.end(), chunk.begin(), chunk.begin() + frames * info.channels);
  }
  Pcm pcm;
  pcm.sample_rate_hz = info.samplerate;
  const std::size_t channels = static_cast<std::size_t>(info.channels);
  pcm.samples.resize(interleaved.size() / channels);
  for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
    float sum = 0;
    for (std::size_t c = 0; c < channels; ++c) sum += interleaved[i * channels + c];
    pcm.samples[i] = sum / static_cast<float>(channels);
  }
  return pcm;
}

namespace {

// Opens a mono WAV or MP3 file and hands its samples to `sink` a chunk at a time, as a
// player decodes them, after telling `open` the sample rate. `purpose` names the caller in
// errors.
void ReadMonoChunks(const std::filesystem::path& path, const char* purpose,
                    const std::function<void(int)>& open,
                    const std::function<void(std::span<const float>)>& sink) {
  SF_INFO info{};
  SndfileHandle file(sf_open(path.c_str(), SFM_READ, &info));
  if (!file) {
    throw Error("cannot read audio file " + path.string() + ": " + LastError() +
                ". Give a WAV or MP3 file that exists.");
  }
  if (info.channels != 1) {
    throw Error(std::string("cannot ") + purpose + " " + path.string() + ": it has " +
                std::to_string(info.channels) + " channels, and only mono is measured here");
  }
  open(info.samplerate);
  std::vector<float> chunk(65536);
  sf_count_t frames = 0;
  while ((frames = sf_readf_float(file.get(), chunk.data(), 65536)) > 0) {
    sink(std::span<const float>(chunk.data(), static_cast<std::size_t>(frames)));
  }
}

}  // namespace

LoudnessMeasurement MeasureAudioFile(const std::filesystem::path& path) {
  std::optional<LoudnessMeter> meter;
  ReadMonoChunks(
      path, "measure", [&](int rate) { meter.emplace(rate, true); },
      [&](std::span<const float> samples) { meter->Add(samples); });
  return {meter->IntegratedLufs(), meter->TruePeakDbtp()};
}

double TruePeakOfAudioFile(const std::filesystem::path& path) {
  TruePeakMeter meter;
  ReadMonoChunks(
      path, "measure the peak of", [](int) {},
      [&](std::span<const float> samples) { meter.Add(samples); });
  return meter.PeakDbtp();
}

}  // namespace briefcast
