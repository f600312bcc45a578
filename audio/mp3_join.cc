#include "audio/mp3_join.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

#include "audio/error.h"

namespace briefcast {
namespace {

// Offsets in the Info frame from its "Info" tag (the Xing header, then LAME's extension).
constexpr std::size_t kFramesField = 8;
constexpr std::size_t kBytesField = 12;
constexpr std::size_t kTocField = 16;
constexpr std::size_t kTocEntries = 100;
constexpr std::size_t kDelayPaddingField = 141;  // 12 bits each
constexpr std::size_t kMusicLengthField = 148;
constexpr std::size_t kMusicCrcField = 152;
constexpr std::size_t kTagCrcField = 154;
constexpr std::size_t kTagEnd = 156;
// Header bits every frame of a CBR stream shares: sync, version, layer, protection,
// bitrate, sample rate, channel mode (not the padding and private bits).
constexpr std::uint32_t kFormatMask = 0xFFFFFCC0;

struct Frame {
  std::size_t bytes = 0;
  std::size_t tag = 0;  // where a Xing/Info tag would start: after the side information
  std::uint32_t format = 0;
};

// The MPEG audio layer III frame starting at `data`, if one does.
std::optional<Frame> ParseFrame(std::string_view data) {
  if (data.size() < 4) return std::nullopt;
  std::uint32_t header = 0;
  for (int i = 0; i < 4; ++i) header = header << 8 | static_cast<unsigned char>(data[i]);
  const int version = header >> 19 & 3;  // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  const int bitrate_index = header >> 12 & 15;
  const int rate_index = header >> 10 & 3;
  if ((header & 0xFFE00000) != 0xFFE00000 || version == 1 || (header >> 17 & 3) != 1 ||
      bitrate_index == 0 || bitrate_index == 15 || rate_index == 3) {
    return std::nullopt;
  }
  static constexpr std::array<int, 15> kMpeg1Kbps = {0,   32,  40,  48,  56,  64,  80, 96,
                                                     112, 128, 160, 192, 224, 256, 320};
  static constexpr std::array<int, 15> kMpeg2Kbps = {0,  8,  16, 24,  32,  40,  48, 56,
                                                     64, 80, 96, 112, 128, 144, 160};
  static constexpr std::array<int, 3> kMpeg1Hz = {44100, 48000, 32000};
  const bool mpeg1 = version == 3;
  const int kbps = (mpeg1 ? kMpeg1Kbps : kMpeg2Kbps)[bitrate_index];
  const int hz = kMpeg1Hz[rate_index] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
  const bool mono = (header >> 6 & 3) == 3;
  Frame frame;
  frame.bytes = static_cast<std::size_t>((mpeg1 ? 144000 : 72000) * kbps / hz) + (header >> 9 & 1);
  frame.tag = 4 + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
  frame.format = header & kFormatMask;
  return frame;
}

std::uint32_t GetBigEndian(std::string_view bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int i = 0; i < size; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

void PutBigEndian(std::string& bytes, std::size_t at, int size, std::uint32_t value) {
  for (int i = size - 1; i >= 0; --i, value >>= 8) bytes[at + i] = static_cast<char>(value & 0xFF);
}

[[noreturn]] void WriteFailed(const char* what) {
  throw Error(std::string("cannot write the MP3 ") + what + ": " +
              (errno != 0 ? std::strerror(errno) : "write failed") + "; check the free disk space");
}

[[noreturn]] void NotAPart(const std::string& what) {
  throw Error("internal: an MP3 part to join " + what);
}

}  // namespace

std::uint16_t Crc16(std::string_view bytes, std::uint16_t crc) {
  static const std::array<std::uint16_t, 256> kTable = [] {
    std::array<std::uint16_t, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
      unsigned value = i;
      for (int bit = 0; bit < 8; ++bit) value = value & 1 ? value >> 1 ^ 0xA001 : value >> 1;
      table[i] = static_cast<std::uint16_t>(value);
    }
    return table;
  }();
  for (const char byte : bytes) {
    crc = static_cast<std::uint16_t>(crc >> 8 ^
                                     kTable[(crc ^ static_cast<unsigned char>(byte)) & 0xFF]);
  }
  return crc;
}

Mp3Joiner::Mp3Joiner(std::ostream& out) : out_(out), start_(out.tellp()) {}

void Mp3Joiner::Append(std::string_view part) {
  const std::optional<Frame> info = ParseFrame(part);
  if (!info || part.size() < info->bytes || info->tag + kTagEnd > info->bytes ||
      part.substr(info->tag, 4) != "Info") {
    NotAPart("does not start with a CBR Info frame");
  }
  const bool first = info_.empty();
  if (first) {
    info_ = part.substr(0, info->bytes);
    tag_ = info->tag;
    format_ = info->format;
    delay_ = static_cast<int>(GetBigEndian(part, tag_ + kDelayPaddingField, 3) >> 12);
    frame_ends_.push_back(static_cast<std::uint32_t>(info->bytes));  // the Info frame
  } else if (info->format != format_) {
    NotAPart("has another format than the first");
  }
  padding_ = static_cast<int>(GetBigEndian(part, info->tag + kDelayPaddingField, 3) & 0xFFF);
  std::string_view audio = part.substr(info->bytes);
  for (std::string_view rest = audio; !rest.empty();) {
    const std::optional<Frame> frame = ParseFrame(rest);
    if (!frame || frame->format != format_ || frame->bytes > rest.size()) {
      NotAPart("has a broken frame");
    }
    frame_ends_.push_back(frame_ends_.back() + static_cast<std::uint32_t>(frame->bytes));
    rest.remove_prefix(frame->bytes);
  }
  music_crc_ = Crc16(audio, music_crc_);
  errno = 0;
  if (first) out_.write(info_.data(), static_cast<std::streamsize>(info_.size()));
  out_.write(audio.data(), static_cast<std::streamsize>(audio.size()));
  if (!out_) WriteFailed("stream");
}

void Mp3Joiner::Finish() {
  const std::uint32_t bytes = frame_ends_.back();
  const std::size_t audio_frames = frame_ends_.size() - 1;
  std::string info = info_;
  PutBigEndian(info, tag_ + kFramesField, 4, static_cast<std::uint32_t>(audio_frames));
  PutBigEndian(info, tag_ + kBytesField, 4, bytes);
  // TOC entry i: where the frame at i % of the duration starts, in 256ths of the stream.
  for (std::size_t i = 0; i < kTocEntries; ++i) {
    const std::uint64_t offset = frame_ends_[i * audio_frames / kTocEntries];
    info[tag_ + kTocField + i] =
        static_cast<char>(std::min<std::uint64_t>(255, offset * 256 / bytes));
  }
  PutBigEndian(info, tag_ + kDelayPaddingField, 3,
               static_cast<std::uint32_t>(delay_) << 12 | static_cast<std::uint32_t>(padding_));
  PutBigEndian(info, tag_ + kMusicLengthField, 4, bytes);
  PutBigEndian(info, tag_ + kMusicCrcField, 2, music_crc_);
  PutBigEndian(info, tag_ + kTagCrcField, 2,
               Crc16(std::string_view(info).substr(0, tag_ + kTagCrcField)));
  const std::streampos end = out_.tellp();
  out_.seekp(start_);
  errno = 0;
  out_.write(info.data(), static_cast<std::streamsize>(info.size()));
  out_.seekp(end);
  out_.flush();
  if (!out_) WriteFailed("stream's Info frame");
}

}  // namespace briefcast
