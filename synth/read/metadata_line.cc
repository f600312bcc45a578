#include "synth/read/metadata_line.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "audio/error.h"
#include "synth/read/published_time.h"
#include "synth/read/reader_text.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

// Longer keys first: 链接 is the end of 原文链接.
constexpr std::string_view kKeys[] = {"发布时间", "发布人", "原文链接", "链接", "来源"};
// The keys that name the source, the most specific first.
constexpr std::string_view kLinkKeys[] = {"原文链接", "链接", "来源"};

struct Field {
  std::string_view key;  // empty for a label that is not one of kKeys
  std::string_view value;
};

// The length of the colon (full or half width) at the start of `s`, or 0.
std::size_t ColonLength(std::string_view s) {
  return s.starts_with("：") ? 3 : s.starts_with(':') ? 1 : 0;
}

bool EndsWithSpace(std::string_view s) {
  return s.ends_with(' ') || s.ends_with('\t') || s.ends_with("\xE3\x80\x80");
}

// The length of the label and colon starting at `s`, or 0 when none starts there: a key,
// or when `after_space`, any run of Han characters. `key` is set to the key, or emptied.
std::size_t LabelLength(std::string_view s, bool after_space, std::string_view& key) {
  key = {};
  for (std::string_view candidate : kKeys) {
    if (const std::size_t colon = ColonLength(s.substr(std::min(candidate.size(), s.size())));
        s.starts_with(candidate) && colon > 0) {
      key = candidate;
      return candidate.size() + colon;
    }
  }
  if (!after_space) return 0;
  std::size_t end = 0;
  for (std::size_t pos = 0; pos < s.size() && utf8::IsHan(utf8::Next(s, &pos));) end = pos;
  const std::size_t colon = end > 0 ? ColonLength(s.substr(end)) : 0;
  return colon > 0 ? end + colon : 0;
}

std::string_view TrimValue(std::string_view value) {
  value = TrimLine(value);
  for (std::string_view separator : {",", "，", ";", "；", "、", "|"}) {
    if (value.ends_with(separator)) {
      return TrimLine(value.substr(0, value.size() - separator.size()));
    }
  }
  return value;
}

// The fields of `line`, or none when it does not start with a key.
std::vector<Field> SplitFields(std::string_view line) {
  std::vector<Field> fields;
  std::string_view key;
  std::size_t label = LabelLength(line, false, key);
  if (key.empty()) return fields;
  std::size_t value_start = label;
  fields.push_back({key, {}});
  for (std::size_t pos = label; pos < line.size();) {
    label = LabelLength(line.substr(pos), EndsWithSpace(line.substr(0, pos)), key);
    if (label == 0) {
      utf8::Next(line, &pos);
      continue;
    }
    fields.back().value = TrimValue(line.substr(value_start, pos - value_start));
    fields.push_back({key, {}});
    pos += label;
    value_start = pos;
  }
  fields.back().value = TrimValue(line.substr(value_start));
  return fields;
}

// The byte offsets at which the words of `text` (separated by white space) end.
std::vector<std::size_t> WordEnds(std::string_view text) {
  std::vector<std::size_t> ends;
  bool in_word = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = utf8::Next(text, &pos);
    const bool space = c == ' ' || c == '\t' || c == 0x3000;
    if (space && in_word) ends.push_back(start);
    in_word = !space;
  }
  if (in_word) ends.push_back(text.size());
  return ends;
}

// The value as ParsePublishedTime reads it, else its longest run of leading words that it
// reads. A time takes at most six words ("Fri, 07 Jun 2024 00:30:00 +0000").
std::optional<PublishedTime> ReadPublished(std::string_view value) {
  if (std::optional<PublishedTime> when = ParsePublishedTime(value)) return when;
  const std::vector<std::size_t> ends = WordEnds(value);
  for (std::size_t words = std::min<std::size_t>(ends.size(), 7); words-- > 1;) {
    if (std::optional<PublishedTime> when = ParsePublishedTime(value.substr(0, ends[words - 1]))) {
      return when;
    }
  }
  return std::nullopt;
}

// How specific a link key is (0 the most), or nullopt for another key.
std::optional<std::size_t> LinkRank(std::string_view key) {
  for (std::size_t rank = 0; rank < std::size(kLinkKeys); ++rank) {
    if (key == kLinkKeys[rank]) return rank;
  }
  return std::nullopt;
}

}  // namespace

bool ReadMetadataLine(std::string_view line, int line_number, std::string_view source,
                      Article& article) {
  const std::vector<Field> fields = SplitFields(TrimLine(line));
  if (fields.empty()) return false;
  std::string_view url;
  std::size_t url_rank = std::size(kLinkKeys);
  for (const Field& field : fields) {
    if (field.value.empty()) continue;
    if (field.key == "发布时间") {
      const std::optional<PublishedTime> when = ReadPublished(field.value);
      if (!when) {
        throw Error(std::string(source) + ":" + std::to_string(line_number) + ": 发布时间 '" +
                    std::string(field.value) + "' is not a valid date; write it as YYYY-MM-DD");
      }
      article.date = when->date;
      article.time = when->time;
    } else if (field.key == "发布人") {
      if (std::string publisher = CleanReadText(field.value); !publisher.empty()) {
        article.publisher = std::move(publisher);
      }
    } else if (const std::optional<std::size_t> rank = LinkRank(field.key);
               rank && *rank < url_rank) {
      const std::string_view first_word = field.value.substr(0, WordEnds(field.value).front());
      if (IsWebUrl(first_word)) {
        url = first_word;
        url_rank = *rank;
      }
    }
  }
  if (!url.empty()) article.source_url = std::string(url);
  return true;
}

}  // namespace briefcast
