#include "synth/pinyin/pinyin_polyphone_features.h"

#include <algorithm>
#include <initializer_list>

#include "synth/utf8.h"

namespace briefcast::pinyin {
namespace {

constexpr std::uint64_t kOffsetBasis = 14695981039346656037ull;
constexpr std::uint64_t kPrime = 1099511628211ull;

// Characters that mostly spell foreign names: how many stand near a polyphone is a feature,
// so that a name the model never saw still reads as one.
constexpr std::u32string_view kTransliteration =
    U"斯尔克特拉亚阿维奇夫里娜莎伊德诺罗布卡基尼耶埃奥萨巴蒂科格利瓦托普朗米纳迪兹泽茨";

std::uint64_t Extend(std::uint64_t hash, std::string_view bytes) {
  for (unsigned char byte : bytes) {
    hash ^= byte;
    hash *= kPrime;
  }
  return hash;
}

std::uint64_t Extend(std::uint64_t hash, std::initializer_list<std::string_view> parts) {
  for (std::string_view part : parts) hash = Extend(hash, part);
  return hash;
}

// "0".."9" for a small count.
std::string_view Digit(int n) {
  static constexpr std::string_view kDigits = "0123456789";
  return kDigits.substr(static_cast<std::size_t>(n), 1);
}

}  // namespace

PolyphoneFeatures::PolyphoneFeatures(const HanRun& run) : run_(run) {
  offsets_.reserve(run.size() + 1);
  utf8_.reserve(run.size() * 3);
  for (const HanSyllable& han : run) {
    offsets_.push_back(static_cast<std::uint32_t>(utf8_.size()));
    utf8::Append(&utf8_, han.ch);
  }
  offsets_.push_back(static_cast<std::uint32_t>(utf8_.size()));
}

std::uint64_t PolyphoneFeatures::Key(std::string_view text) { return Extend(kOffsetBasis, text); }

std::string_view PolyphoneFeatures::Char(int k) const {
  if (k < 0) return "^";
  if (k >= static_cast<int>(run_.size())) return "$";
  return std::string_view(utf8_).substr(offsets_[k], offsets_[k + 1] - offsets_[k]);
}

std::uint64_t PolyphoneFeatures::Word(std::uint64_t hash, int begin) const {
  if (begin < 0 || begin >= static_cast<int>(run_.size())) return Extend(hash, Char(begin));
  for (int k = begin; k < begin + run_[begin].word_size; ++k) hash = Extend(hash, Char(k));
  return hash;
}

void PolyphoneFeatures::Keys(int i, bool rich, std::vector<std::uint64_t>* out) const {
  out->clear();
  const std::uint64_t base = Extend(kOffsetBasis, {Char(i), "\t"});
  ContextKeys(base, i, out);
  if (!rich) return;
  WordKeys(base, i, out);
  WindowKeys(base, i, out);
}

void PolyphoneFeatures::ContextKeys(std::uint64_t base, int i,
                                    std::vector<std::uint64_t>* out) const {
  const HanSyllable& han = run_[i];
  std::string_view p1 = Char(i - 1), p2 = Char(i - 2), n1 = Char(i + 1), n2 = Char(i + 2);
  out->push_back(Extend(base, "b"));
  out->push_back(Extend(base, {"L=", han.syllable}));
  out->push_back(han.word_size > 1 ? Word(Extend(base, "W="), han.word_begin)
                                   : Extend(base, "W=-"));
  out->push_back(Extend(base, {"p1=", p1}));
  out->push_back(Extend(base, {"n1=", n1}));
  out->push_back(Extend(base, {"p2=", p2}));
  out->push_back(Extend(base, {"n2=", n2}));
  out->push_back(Extend(base, {"p21=", p2, p1}));
  out->push_back(Extend(base, {"n12=", n1, n2}));
  out->push_back(Extend(base, {"pn=", p1, n1}));
  out->push_back(han.word_begin > 0 ? Word(Extend(base, "pw="), run_[han.word_begin - 1].word_begin)
                                    : Extend(base, "pw=^"));
  out->push_back(Word(Extend(base, "nw="), han.word_begin + han.word_size));
}

void PolyphoneFeatures::WordKeys(std::uint64_t base, int i, std::vector<std::uint64_t>* out) const {
  const int begin = run_[i].word_begin, size = run_[i].word_size;
  if (size == 1) return;  // W=- says it all
  for (int k = begin; k < begin + size; ++k) {
    if (k != i) out->push_back(Extend(base, {"wc=", Char(k)}));
  }
  std::string_view place = i == begin ? "B" : i == begin + size - 1 ? "E" : "M";
  out->push_back(Extend(base, {"wp=", place, Digit(std::min(size, 4))}));
}

int PolyphoneFeatures::NameCharsNear(int i) const {
  const int first = std::max(0, i - kWindow);
  const int last = std::min(static_cast<int>(run_.size()) - 1, i + kWindow);
  int names = 0;
  for (int k = first; k <= last; ++k) {
    names += k != i && kTransliteration.find(run_[k].ch) != std::u32string_view::npos;
  }
  return names;
}

void PolyphoneFeatures::WindowKeys(std::uint64_t base, int i,
                                   std::vector<std::uint64_t>* out) const {
  // Never an always-on "tr=0": a second bias would outweigh the proposal's prior.
  const int names = NameCharsNear(i);
  if (names > 0) out->push_back(Extend(base, {"tr=", Digit(std::min(names, 3))}));
}

}  // namespace briefcast::pinyin
