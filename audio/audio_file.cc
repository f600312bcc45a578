#include "audio/audio_file.h"

#include <sndfile.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <vector>

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

// libsndfile's access to a file held in memory.
struct MemoryFile {
  std::string_view bytes;
  sf_count_t position = 0;

  static MemoryFile& Of(void* self) { return *static_cast<MemoryFile*>(self); }
  static sf_count_t Length(void* self) { return static_cast<sf_count_t>(Of(self).bytes.size()); }
  static sf_count_t Seek(sf_count_t offset, int whence, void* self) {
    MemoryFile& file = Of(self);
    const sf_count_t base = whence == SEEK_SET   ? 0
                            : whence == SEEK_CUR ? file.position
                                                 : Length(self);
    file.position = std::clamp<sf_count_t>(base + offset, 0, Length(self));
    return file.position;
  }
  static sf_count_t Read(void* data, sf_count_t count, void* self) {
    MemoryFile& file = Of(self);
    count = std::min(count, Length(self) - file.position);
    std::memcpy(data, file.bytes.data() + file.position, static_cast<std::size_t>(count));
    file.position += count;
    return count;
  }
  static sf_count_t Write(const void*, sf_count_t, void*) { return 0; }
  static sf_count_t Tell(void* self) { return Of(self).position; }
};

// Reads a WAV or MP3 file (MP3 through mpg123) a chunk of interleaved frames at a time, as a
// player decodes it.
class AudioFileReader {
 public:
  // Throws Error naming the file when it cannot be opened.
  explicit AudioFileReader(const std::filesystem::path& path) {
    file_.reset(sf_open(path.c_str(), SFM_READ, &info_));
    if (!file_) {
      throw Error("cannot read audio file " + path.string() + ": " + LastError() +
                  ". Give a WAV or MP3 file that exists.");
    }
    chunk_.resize(kChunkFrames * static_cast<std::size_t>(info_.channels));
  }
  // Reads `bytes`, which must outlive the reader; `name` is for messages.
  AudioFileReader(std::string_view bytes, const std::string& name)
      : memory_(std::make_unique<MemoryFile>(MemoryFile{bytes})) {
    SF_VIRTUAL_IO io{&MemoryFile::Length, &MemoryFile::Seek, &MemoryFile::Read, &MemoryFile::Write,
                     &MemoryFile::Tell};
    file_.reset(sf_open_virtual(&io, SFM_READ, &info_, memory_.get()));
    if (!file_) throw Error("cannot decode " + name + ": " + LastError());
    chunk_.resize(kChunkFrames * static_cast<std::size_t>(info_.channels));
  }

  int sample_rate_hz() const { return info_.samplerate; }
  int channels() const { return info_.channels; }
  // The next frames, interleaved; empty at the end. Frame counts of MP3s are estimates:
  // this reads until the decoder stops.
  std::span<const float> Next() {
    const sf_count_t frames = sf_readf_float(file_.get(), chunk_.data(), kChunkFrames);
    return std::span<const float>(chunk_.data(),
                                  static_cast<std::size_t>(std::max<sf_count_t>(frames, 0)) *
                                      static_cast<std::size_t>(info_.channels));
  }

 private:
  static constexpr sf_count_t kChunkFrames = 65536;
  SF_INFO info_{};
  std::unique_ptr<MemoryFile> memory_;  // the file, when it is in memory
  SndfileHandle file_;
  std::vector<float> chunk_;
};

// A reader of a mono file; throws Error when it has more channels (`purpose` says why).
AudioFileReader MonoReader(const std::filesystem::path& path, const char* purpose) {
  AudioFileReader reader(path);
  if (reader.channels() != 1) {
    throw Error(std::string("cannot ") + purpose + " " + path.string() + ": it has " +
                std::to_string(reader.channels()) + " channels, and only mono is measured here");
  }
  return reader;
}

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
  AudioFileReader reader(path);
  std::vector<float> interleaved;
  for (std::span<const float> chunk; !(chunk = reader.Next()).empty();) {
    interleaved.insert(interleaved.end(), chunk.begin(), chunk.end());
  }
  Pcm pcm;
  pcm.sample_rate_hz = reader.sample_rate_hz();
  const std::size_t channels = static_cast<std::size_t>(reader.channels());
  pcm.samples.resize(interleaved.size() / channels);
  for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
    float sum = 0;
    for (std::size_t c = 0; c < channels; ++c) sum += interleaved[i * channels + c];
    pcm.samples[i] = sum / static_cast<float>(channels);
  }
  return pcm;
}

LoudnessMeasurement MeasureAudioFile(const std::filesystem::path& path) {
  AudioFileReader reader = MonoReader(path, "measure");
  LoudnessMeter meter(reader.sample_rate_hz(), true);
  for (std::span<const float> chunk; !(chunk = reader.Next()).empty();) meter.Add(chunk);
  return {meter.IntegratedLufs(), meter.TruePeakDbtp()};
}

double TruePeakOfAudioFile(const std::filesystem::path& path) {
  AudioFileReader reader = MonoReader(path, "measure the peak of");
  TruePeakMeter meter;
  for (std::span<const float> chunk; !(chunk = reader.Next()).empty();) meter.Add(chunk);
  return meter.PeakDbtp();
}

double TruePeakOfMp3(std::string_view mp3) {
  AudioFileReader reader(mp3, "an MP3 stream in memory");
  TruePeakMeter meter;
  for (std::span<const float> chunk; !(chunk = reader.Next()).empty();) meter.Add(chunk);
  return meter.PeakDbtp();
}

}  // namespace briefcast
