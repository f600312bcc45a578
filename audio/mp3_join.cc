#include "audio/mp3_join.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include "audio/error.h"
#include "audio/mp3_scan.h"

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

// Where a Xing/Info tag starts in a layer III frame with `header`: after the header and the
// side information (17 or 32 bytes for MPEG-1, 9 or 17 for MPEG-2 and 2.5, mono or not).
std::size_t InfoTagOffset(std::uint32_t header) {
  const bool mpeg1 = (header >> 19 & 3) == 3;
  const bool mono = (header >> 6 & 3) == 3;
  return 4 + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
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
  const std::vector<Mp3Frame> frames = ListMp3Frames(part);
  const std::size_t tag = frames.empty() ? 0 : InfoTagOffset(frames[0].header);
  if (frames.empty() || frames[0].offset != 0 ||
      tag + kTagEnd > static_cast<std::size_t>(frames[0].bytes) || part.substr(tag, 4) != "Info") {
    NotAPart("does not start with a CBR Info frame");
  }
  const auto info_bytes = static_cast<std::size_t>(frames[0].bytes);
  const bool first = info_.empty();
  if (first) {
    info_ = part.substr(0, info_bytes);
    tag_ = tag;
    format_ = frames[0].header & kFormatMask;
    delay_ = static_cast<int>(GetBigEndian(part, tag_ + kDelayPaddingField, 3) >> 12);
    frame_ends_.push_back(static_cast<std::uint32_t>(info_bytes));  // the Info frame
  } else if ((frames[0].header & kFormatMask) != format_) {
    NotAPart("has another format than the first");
  }
  padding_ = static_cast<int>(GetBigEndian(part, tag + kDelayPaddingField, 3) & 0xFFF);
  AppendFrameEnds(frames, part.size());
  const std::string_view audio = part.substr(info_bytes);
  music_crc_ = Crc16(audio, music_crc_);
  errno = 0;
  if (first) out_.write(info_.data(), static_cast<std::streamsize>(info_.size()));
  out_.write(audio.data(), static_cast<std::streamsize>(audio.size()));
  if (!out_) WriteFailed("stream");
}

void Mp3Joiner::AppendFrameEnds(const std::vector<Mp3Frame>& frames, std::size_t part_bytes) {
  std::int64_t end = frames[0].bytes;
  for (std::size_t i = 1; i < frames.size(); ++i) {
    if (frames[i].offset != end || (frames[i].header & kFormatMask) != format_) {
      NotAPart("has a broken frame");
    }
    end += frames[i].bytes;
    frame_ends_.push_back(frame_ends_.back() + static_cast<std::uint32_t>(frames[i].bytes));
  }
  if (end != static_cast<std::int64_t>(part_bytes)) NotAPart("has a broken frame");
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
