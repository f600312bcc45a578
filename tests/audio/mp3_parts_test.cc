// One stream encoded in parts on several threads and joined: a valid MP3 of the exact
// length, with one correct Info frame, whose joins cannot be heard or measured.
#include "audio/mp3_parts.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>

#include "audio/audio_file.h"
#include "audio/mp3_join.h"
#include "audio/true_peak.h"
#include "tests/audio/signals.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

constexpr int kRate = 44100;

// Speech-like bursts of 1.3-3.1 s with pauses of 0.2-0.9 s between them, about 70 s.
struct Speech {
  Pcm pcm{kRate, {}};
  std::vector<SampleRange> pauses;
};

Speech BurstsWithPauses() {
  Speech speech;
  for (int k = 0; speech.pcm.samples.size() < 70u * kRate; ++k) {
    const auto pause = static_cast<std::int64_t>((0.2 + 0.1 * (k * 7 % 8)) * kRate);
    const std::int64_t begin = static_cast<std::int64_t>(speech.pcm.samples.size());
    speech.pauses.push_back({begin, begin + pause});
    speech.pcm.samples.resize(static_cast<std::size_t>(begin + pause), 0.0f);
    const Pcm burst = testing::SpeechLikeSignal(kRate, 1.3 + 0.3 * (k * 5 % 7), 0.7);
    speech.pcm.samples.insert(speech.pcm.samples.end(), burst.samples.begin(), burst.samples.end());
  }
  const auto end = static_cast<std::int64_t>(speech.pcm.samples.size());
  speech.pcm.samples.resize(static_cast<std::size_t>(end + kRate / 4), 0.0f);
  speech.pauses.push_back({end, end + kRate / 4});
  return speech;
}

PartRenderer RendererOf(const Pcm& pcm) {
  return [&pcm](SampleRange range, double extra_margin_db, const auto& sink) {
    const float gain = static_cast<float>(std::pow(10.0, -extra_margin_db / 20));
    std::vector<float> part(pcm.samples.begin() + range.begin, pcm.samples.begin() + range.end);
    for (float& sample : part) sample *= gain;
    sink(part);
  };
}

std::string Encode(const Speech& speech, const std::vector<std::int64_t>& starts, int threads,
                   double peak_limit_dbtp = 0, Mp3PartsReport* report = nullptr) {
  std::ostringstream out(std::ios::binary);
  const Mp3PartsReport made =
      EncodeMp3InParts(starts, static_cast<std::int64_t>(speech.pcm.samples.size()), kRate,
                       Mp3Settings{}, peak_limit_dbtp, threads, RendererOf(speech.pcm), out);
  if (report != nullptr) *report = made;
  return std::move(out).str();
}

Pcm Decode(const std::string& mp3, const testing::TempDir& dir, const std::string& name) {
  const auto path = dir.path() / name;
  std::ofstream(path, std::ios::binary) << mp3;
  return ReadAudioFile(path);
}

std::uint32_t BigEndian(const std::string& bytes, std::size_t at, int size) {
  std::uint32_t value = 0;
  for (int i = 0; i < size; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// CRC-16 bit by bit (not the joiner's table): polynomial 0x8005 reflected.
std::uint16_t SlowCrc16(std::string_view bytes) {
  unsigned crc = 0;
  for (const char byte : bytes) {
    crc ^= static_cast<unsigned char>(byte);
    for (int bit = 0; bit < 8; ++bit) crc = crc & 1 ? crc >> 1 ^ 0xA001 : crc >> 1;
  }
  return static_cast<std::uint16_t>(crc);
}

// Byte offsets of the frames of a 64 kbps 44.1 kHz MPEG-1 stream (208 or 209 bytes each).
std::vector<std::size_t> FrameOffsets(const std::string& mp3) {
  std::vector<std::size_t> offsets;
  for (std::size_t at = 0; at + 4 <= mp3.size();) {
    REQUIRE(static_cast<unsigned char>(mp3[at]) == 0xFF);
    offsets.push_back(at);
    at += 208 + (static_cast<unsigned char>(mp3[at + 2]) >> 1 & 1);
  }
  return offsets;
}

TEST_CASE("PlanParts cuts inside the longest pauses near even split points", "[lame]") {
  const Speech speech = BurstsWithPauses();
  const auto total = static_cast<std::int64_t>(speech.pcm.samples.size());
  const std::vector<std::int64_t> starts = PlanParts(speech.pauses, total, kRate);
  REQUIRE(starts.size() == 4);  // 70 s: an even number of parts of at most 30 s
  CHECK(starts[0] == 0);
  const auto margin = static_cast<std::int64_t>(kJoinMarginSeconds * kRate);
  for (std::size_t k = 1; k < starts.size(); ++k) {
    INFO(k);
    CHECK(starts[k] % kJoinSamples == 0);
    CHECK(std::abs(starts[k] - total * static_cast<std::int64_t>(k) / 4) <= total / 12);
    const auto inside = std::find_if(speech.pauses.begin(), speech.pauses.end(), [&](auto& p) {
      return p.begin + margin <= starts[k] - kJoinSamples && starts[k] + margin <= p.end;
    });
    REQUIRE(inside != speech.pauses.end());
    const std::int64_t ideal = total * static_cast<std::int64_t>(k) / 4;
    for (const SampleRange& pause : speech.pauses) {  // none longer well within reach
      if (pause.begin > ideal - total / 24 && pause.end < ideal + total / 24) {
        CHECK(pause.end - pause.begin <= inside->end - inside->begin);
      }
    }
  }
  CHECK(PlanParts(speech.pauses, 8 * kRate, kRate).size() == 1);  // short: one part
  CHECK(PlanParts({}, total, kRate).size() == 1);                 // no pause: no cut
}

TEST_CASE("parts encoded apart join into one stream of the exact length", "[lame][slow]") {
  const Speech speech = BurstsWithPauses();
  const auto total = static_cast<std::int64_t>(speech.pcm.samples.size());
  const std::vector<std::int64_t> starts = PlanParts(speech.pauses, total, kRate);
  REQUIRE(starts.size() == 4);
  const std::string whole = Encode(speech, {0}, 1);
  const std::string joined = Encode(speech, starts, 2);
  CHECK(Encode(speech, starts, 3) == joined);  // the bytes do not depend on the threads

  testing::TempDir dir;
  const Pcm one = Decode(whole, dir, "whole.mp3");
  const Pcm parts = Decode(joined, dir, "joined.mp3");
  CHECK(one.samples.size() == speech.pcm.samples.size());
  CHECK(parts.samples.size() == speech.pcm.samples.size());

  SECTION("one Info frame for the whole stream") {
    const std::vector<std::size_t> frames = FrameOffsets(joined);
    const std::size_t tag = 21;  // MPEG-1 mono: after the header and 17 bytes of side info
    REQUIRE(joined.substr(tag, 4) == "Info");
    CHECK(BigEndian(joined, tag + 8, 4) == frames.size() - 1);
    CHECK(BigEndian(joined, tag + 12, 4) == joined.size());
    CHECK(BigEndian(joined, tag + 148, 4) == joined.size());
    CHECK(BigEndian(joined, tag + 152, 2) == SlowCrc16(std::string_view(joined).substr(frames[1])));
    CHECK(BigEndian(joined, tag + 154, 2) ==
          SlowCrc16(std::string_view(joined).substr(0, tag + 154)));
    // Delay and padding: as in the stream encoded whole, which has as many frames.
    CHECK(BigEndian(joined, tag + 141, 3) == BigEndian(whole, tag + 141, 3));
    CHECK(BigEndian(joined, tag + 8, 4) == BigEndian(whole, tag + 8, 4));
    for (std::size_t i = 0; i < 100; ++i) {
      const std::size_t frame = 1 + i * (frames.size() - 1) / 100;
      CHECK(std::abs(static_cast<double>(static_cast<unsigned char>(joined[tag + 16 + i])) -
                     256.0 * frames[frame] / joined.size()) <= 1.0);
    }
    if (testing::RunCommand("command -v mp3val").exit_code == 0) {
      auto check = testing::RunCommand("mp3val '" + (dir.path() / "joined.mp3").string() +
                                       "' | grep -v 'No supported tags'");
      CHECK(check.output.find("WARNING") == std::string::npos);
      CHECK(check.output.find("ERROR") == std::string::npos);
    }
  }

  SECTION("the joins add no silence, no shift and no click") {
    const auto margin = static_cast<std::int64_t>(kJoinMarginSeconds * kRate);
    float own_jump = 0;  // the signal's largest step from one sample to the next
    for (std::size_t i = 1; i < one.samples.size(); ++i) {
      own_jump = std::max(own_jump, std::abs(speech.pcm.samples[i] - speech.pcm.samples[i - 1]));
    }
    for (std::size_t k = 1; k < starts.size(); ++k) {
      INFO(k);
      float loudest = 0;
      for (std::int64_t i = starts[k] - kJoinSamples - margin; i < starts[k] + margin; ++i) {
        loudest = std::max(loudest, std::abs(parts.samples[i]));
        CHECK(std::abs(parts.samples[i + 1] - parts.samples[i]) <= own_jump);
      }
      CHECK(loudest < 1e-3f);  // the pause stays silent (below -60 dBFS)
    }
    // Every part's audio is where it belongs: the error against the input is smallest
    // at no shift, and no larger than the whole stream's.
    for (std::size_t k = 0; k < starts.size(); ++k) {
      const std::int64_t end = k + 1 < starts.size() ? starts[k + 1] : total;
      const auto error = [&](const Pcm& decoded, std::int64_t shift) {
        double sum = 0;
        for (std::int64_t i = starts[k] + 100; i < end - 100; ++i) {
          const double d = decoded.samples[i + shift] - speech.pcm.samples[i];
          sum += d * d;
        }
        return sum;
      };
      INFO(k);
      CHECK(error(parts, 0) < error(parts, 1));
      CHECK(error(parts, 0) < error(parts, -1));
      CHECK(error(parts, 0) < 1.25 * error(one, 0));
    }
  }
}

TEST_CASE("a part whose decoded peak is over the limit is rendered once more, lower", "[lame]") {
  const Speech speech = BurstsWithPauses();
  Mp3PartsReport report;
  const auto total = static_cast<std::int64_t>(speech.pcm.samples.size());
  const std::vector<std::int64_t> starts = PlanParts(speech.pauses, total, kRate);
  Encode(speech, starts, 2, 0.0, &report);
  const double peak = report.true_peak_dbtp;
  CHECK(report.rerendered_parts == 0);
  TruePeakMeter input;
  input.Add(speech.pcm.samples);
  CHECK(peak == Approx(input.PeakDbtp()).margin(1.0));  // the decoded parts' peak
  Encode(speech, starts, 2, peak - 0.5, &report);       // over the limit: every part is louder
  CHECK(report.rerendered_parts >= 1);
  CHECK(report.true_peak_dbtp <= peak - 0.5);
  for (double margin : report.extra_margins_db) CHECK((margin == 0 || margin >= kPartPeakRetryDb));
}

TEST_CASE("LengthForMp3 keeps LAME's padding within one frame", "[lame]") {
  for (const std::int64_t extra : {0, 1, 300, 575, 576, 1000, 1151}) {
    INFO(extra);
    const std::int64_t length = LengthForMp3(44100 + extra);
    CHECK(length - (44100 + extra) >= 0);
    CHECK(length - (44100 + extra) < 576);
    const std::string mp3 = EncodeMp3(Pcm{kRate, std::vector<float>(length)}, Mp3Settings{});
    const std::uint32_t padding = BigEndian(mp3, 21 + 141, 3) & 0xFFF;
    CHECK(padding >= 576);
    CHECK(padding <= 1152);
  }
}

TEST_CASE("a stream joined from one part has LAME's own Info frame but for the TOC", "[lame]") {
  const Pcm pcm = testing::SpeechLikeSignal(kRate, 4.0);
  const std::string lame = EncodeMp3(pcm, Mp3Settings{});
  std::ostringstream out(std::ios::binary);
  Mp3Joiner joiner(out);
  joiner.Append(lame);
  joiner.Finish();
  const std::string joined = std::move(out).str();
  REQUIRE(joined.size() == lame.size());
  CHECK(joined.substr(0, 21 + 16) == lame.substr(0, 21 + 16));                    // frames, bytes
  CHECK(joined.substr(21 + 116, 154 - 116) == lame.substr(21 + 116, 154 - 116));  // LAME's fields
  CHECK(joined.substr(300) == lame.substr(300));
  CHECK(Crc16("123456789") == 0xBB3D);  // CRC-16/ARC's check value
}

}  // namespace
}  // namespace briefcast
