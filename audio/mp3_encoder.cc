#include "audio/mp3_encoder.h"

#include <lame/lame.h>

#include <algorithm>
#include <memory>
#include <string>

#include "audio/error.h"

namespace briefcast {
namespace {

struct LameCloser {
  void operator()(lame_global_flags* flags) const { lame_close(flags); }
};
using LameHandle = std::unique_ptr<lame_global_flags, LameCloser>;

// Samples handed to LAME per call; a multiple of the 1152-sample MPEG-1 frame.
constexpr int kChunkSamples = 1152 * 16;

std::string Describe(const Pcm& pcm, const Mp3Settings& settings) {
  return std::to_string(settings.bitrate_kbps) + " kbps CBR mono at " +
         std::to_string(pcm.sample_rate_hz) + " Hz, quality " + std::to_string(settings.quality);
}

LameHandle Configure(const Pcm& pcm, const Mp3Settings& settings) {
  LameHandle lame(lame_init());
  if (!lame) throw Error("LAME could not be initialized (out of memory?)");
  lame_set_num_channels(lame.get(), 1);
  lame_set_mode(lame.get(), MONO);
  // Equal rates: LAME must not resample (resampling is done with libsoxr beforehand).
  lame_set_in_samplerate(lame.get(), pcm.sample_rate_hz);
  lame_set_out_samplerate(lame.get(), pcm.sample_rate_hz);
  lame_set_VBR(lame.get(), vbr_off);
  lame_set_brate(lame.get(), settings.bitrate_kbps);
  lame_set_quality(lame.get(), settings.quality);
  lame_set_bWriteVbrTag(lame.get(), 1);
  lame_set_write_id3tag_automatic(lame.get(), 0);
  if (settings.quality < 0 || settings.quality > 9 || lame_init_params(lame.get()) < 0 ||
      lame_get_brate(lame.get()) != settings.bitrate_kbps ||
      lame_get_out_samplerate(lame.get()) != pcm.sample_rate_hz) {
    throw Error("LAME rejects the MP3 settings (" + Describe(pcm, settings) +
                "). Use a bitrate MP3 allows at that rate (e.g. 64 or 96 kbps), a sample rate "
                "such as 44100, 22050 or 48000 Hz, and a quality from 0 to 9.");
  }
  return lame;
}

void AppendEncoded(std::string& out, const std::vector<unsigned char>& buffer, int bytes) {
  if (bytes < 0) throw Error("LAME failed while encoding (error " + std::to_string(bytes) + ")");
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(bytes));
}

// Overwrites the placeholder first frame with the finished Info frame (exact sample count,
// encoder delay and padding, so players show the exact duration and decode gaplessly).
void WriteInfoFrame(lame_global_flags* lame, std::string& mp3, const std::string& what) {
  std::vector<unsigned char> frame(2880);
  const std::size_t size = lame_get_lametag_frame(lame, frame.data(), frame.size());
  if (size == 0 || size > frame.size() || size > mp3.size()) {
    throw Error("LAME wrote no Info frame for " + what +
                "; at this bitrate the frame is too small for it. Use 56 kbps or more.");
  }
  std::copy_n(frame.begin(), size, mp3.begin());
}

}  // namespace

std::string EncodeMp3(const Pcm& pcm, const Mp3Settings& settings) {
  LameHandle lame = Configure(pcm, settings);
  std::vector<unsigned char> buffer(kChunkSamples * 5 / 4 + 7200);
  std::string mp3;
  const std::size_t total = pcm.samples.size();
  for (std::size_t begin = 0; begin < total; begin += kChunkSamples) {
    const int count = static_cast<int>(std::min<std::size_t>(kChunkSamples, total - begin));
    const float* samples = pcm.samples.data() + begin;
    AppendEncoded(mp3, buffer,
                  lame_encode_buffer_ieee_float(lame.get(), samples, samples, count, buffer.data(),
                                                static_cast<int>(buffer.size())));
  }
  AppendEncoded(mp3, buffer,
                lame_encode_flush(lame.get(), buffer.data(), static_cast<int>(buffer.size())));
  WriteInfoFrame(lame.get(), mp3, Describe(pcm, settings));
  return mp3;
}

}  // namespace briefcast
