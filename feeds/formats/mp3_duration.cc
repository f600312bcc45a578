#include "feeds/formats/mp3_duration.h"

#include <algorithm>

namespace briefcast {
namespace {

struct FrameHeader {
  int version = 0;  // 1 for MPEG-1, 2 for MPEG-2 and MPEG-2.5
  int layer = 0;    // 1, 2 or 3
  int sample_rate_hz = 0;
  int samples = 0;
  int bytes = 0;
  bool mono = false;
};

std::uint8_t Byte(std::string_view data, std::size_t pos) {
  return static_cast<std::uint8_t>(data[pos]);
}

std::uint32_t ReadBigEndian(std::string_view data, std::size_t pos, int bytes) {
  std::uint32_t value = 0;
  for (int i = 0; i < bytes; ++i) value = (value << 8) | Byte(data, pos + i);
  return value;
}

// Decodes the 4-byte header at `pos` (ISO/IEC 11172-3 and 13818-3); nullopt if it is none.
std::optional<FrameHeader> ParseHeader(std::string_view data, std::size_t pos) {
  if (pos + 4 > data.size()) return std::nullopt;
  std::uint32_t h = ReadBigEndian(data, pos, 4);
  if ((h >> 21) != 0x7FF) return std::nullopt;
  int version_bits = (h >> 19) & 3, layer_bits = (h >> 17) & 3;
  int bitrate_index = (h >> 12) & 0xF, rate_index = (h >> 10) & 3;
  if (version_bits == 1 || layer_bits == 0 || bitrate_index == 0 || bitrate_index == 15 ||
      rate_index == 3) {
    return std::nullopt;
  }
  static constexpr int kBitrates[2][3][15] = {
      {{0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
       {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
       {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}},
      {{0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
       {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
       {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}}};
  static constexpr int kRates[3] = {44100, 48000, 32000};
  FrameHeader header;
  header.version = version_bits == 3 ? 1 : 2;
  header.layer = 4 - layer_bits;
  header.sample_rate_hz = kRates[rate_index] / (version_bits == 3 ? 1 : version_bits == 2 ? 2 : 4);
  int bitrate = kBitrates[header.version - 1][header.layer - 1][bitrate_index] * 1000;
  int padding = (h >> 9) & 1;
  header.mono = ((h >> 6) & 3) == 3;
  if (header.layer == 1) {
    header.samples = 384;
    header.bytes = (12 * bitrate / header.sample_rate_hz + padding) * 4;
  } else {
    header.samples = header.layer == 3 && header.version == 2 ? 576 : 1152;
    header.bytes = header.samples / 8 * bitrate / header.sample_rate_hz + padding;
  }
  return header;
}

// Reads a Xing/Info frame and its LAME tag, if the frame at `pos` is one.
bool ReadInfoFrame(std::string_view data, std::size_t pos, const FrameHeader& header,
                   Mp3Scan& scan) {
  if (header.layer != 3) return false;
  std::size_t side_info = header.version == 1 ? (header.mono ? 17 : 32) : (header.mono ? 9 : 17);
  std::size_t tag = pos + 4 + side_info;
  if (tag + 8 > pos + header.bytes || tag + 8 > data.size()) return false;
  std::string_view id = data.substr(tag, 4);
  if (id != "Xing" && id != "Info") return false;
  scan.has_info_frame = true;
  std::uint32_t flags = ReadBigEndian(data, tag + 4, 4);
  std::size_t next = tag + 8;
  if (flags & 1) scan.info_frame_count = ReadBigEndian(data, next, 4), next += 4;
  if (flags & 2) next += 4;    // stream bytes
  if (flags & 4) next += 100;  // seek table
  if (flags & 8) next += 4;    // quality
  // LAME tag: 9-byte encoder name ... delay and padding as two 12-bit numbers at +21.
  if (next + 24 <= data.size() && data.substr(next, 4) == "LAME") {
    std::uint32_t delays = ReadBigEndian(data, next + 21, 3);
    scan.encoder_delay = static_cast<int>(delays >> 12);
    scan.encoder_padding = static_cast<int>(delays & 0xFFF);
  }
  return true;
}

std::size_t SkipId3v2(std::string_view data) {
  if (data.size() < 10 || data.substr(0, 3) != "ID3") return 0;
  std::size_t size = 0;
  for (int i = 6; i < 10; ++i) size = (size << 7) | (Byte(data, i) & 0x7F);
  bool footer = Byte(data, 5) & 0x10;
  return std::min(data.size(), 10 + size + (footer ? 10 : 0));
}

}  // namespace

double Mp3Scan::duration_seconds() const {
  if (sample_rate_hz == 0) return 0;
  std::int64_t samples = audio_frames * samples_per_frame - encoder_delay - encoder_padding;
  return static_cast<double>(std::max<std::int64_t>(samples, 0)) / sample_rate_hz;
}

std::optional<Mp3Scan> ScanMp3(std::string_view data) {
  std::size_t end = data.size();
  if (end >= 128 && data.substr(end - 128, 3) == "TAG") end -= 128;
  data = data.substr(0, end);
  Mp3Scan scan;
  bool first = true;
  for (std::size_t pos = SkipId3v2(data); pos < data.size();) {
    std::optional<FrameHeader> header = ParseHeader(data, pos);
    if (!header) {
      ++scan.junk_bytes;
      ++pos;
      continue;
    }
    if (pos + header->bytes > data.size()) {
      scan.truncated_bytes = static_cast<std::int64_t>(data.size() - pos);
      break;
    }
    if (first) {
      scan.sample_rate_hz = header->sample_rate_hz;
      scan.samples_per_frame = header->samples;
    }
    if (!(first && ReadInfoFrame(data, pos, *header, scan))) ++scan.audio_frames;
    first = false;
    pos += header->bytes;
  }
  if (first) return std::nullopt;
  return scan;
}

}  // namespace briefcast
