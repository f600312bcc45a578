#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "audio/error.h"
#include "feeds/episode.h"
#include "feeds/site_layout.h"

namespace briefcast {
namespace {

using nlohmann::json;

// Records written by a newer briefcast are refused instead of misread.
constexpr int kRecordFormat = 1;
// No episode is longer than two days or larger than 16 GiB: a larger value is damage (and
// would overflow the feed's whole-second durations).
constexpr double kMaxSeconds = 48 * 3600;
constexpr std::int64_t kMaxAudioBytes = std::int64_t{16} << 30;

// Reads records and names the file and the field in every error.
class RecordReader {
 public:
  explicit RecordReader(const std::string& source) : source_(source) {}

  [[noreturn]] void Fail(const std::string& field, const std::string& what) const {
    throw Error(source_ + ": field \"" + field + "\" " + what +
                "; fix or delete the record and publish the article again");
  }

  const json& Field(const json& object, const std::string& field, const std::string& path,
                    bool required = true) const {
    static const json kNull;
    auto it = object.find(field);
    if (it == object.end()) {
      if (required) Fail(path + field, "is missing");
      return kNull;
    }
    return *it;
  }

  std::string String(const json& object, const std::string& field, const std::string& path = "",
                     bool required = true, const std::string& fallback = "") const {
    const json& value = Field(object, field, path, required);
    if (value.is_null() && !required) return fallback;
    if (!value.is_string()) Fail(path + field, "must be a string");
    return value.get<std::string>();
  }

  // A time or length in seconds: finite, from 0 to kMaxSeconds.
  double Seconds(const json& object, const std::string& field, const std::string& path = "") const {
    const json& value = Field(object, field, path);
    if (!value.is_number()) Fail(path + field, "must be a number");
    const double seconds = value.get<double>();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxSeconds) {
      Fail(path + field, "is " + value.dump() + ", not a time from 0 to 172800 seconds");
    }
    return seconds;
  }

  std::int64_t Integer(const json& object, const std::string& field, std::int64_t low,
                       std::int64_t high) const {
    const json& value = Field(object, field, "");
    if (!value.is_number_integer()) Fail(field, "must be an integer");
    const std::int64_t number = value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX
                                    ? high + 1
                                    : value.get<std::int64_t>();
    if (number < low || number > high) {
      Fail(field, "is " + value.dump() + ", not from " + std::to_string(low) + " to " +
                      std::to_string(high));
    }
    return number;
  }

  const json& Array(const json& object, const std::string& field) const {
    const json& value = Field(object, field, "");
    if (!value.is_array()) Fail(field, "must be an array");
    return value;
  }

  // read_one(element, "field[i].") for every element of the array `field`, each an object.
  template <typename T, typename ReadOne>
  std::vector<T> Objects(const json& root, const std::string& field, ReadOne read_one) const {
    std::vector<T> items;
    const json& array = Array(root, field);
    for (std::size_t i = 0; i < array.size(); ++i) {
      const std::string path = field + "[" + std::to_string(i) + "].";
      if (!array[i].is_object()) Fail(path, "must be an object");
      items.push_back(read_one(array[i], path));
    }
    return items;
  }

 private:
  std::string source_;
};

// The id is a file name stem in episodes/: a slug, and the very name of the record's file,
// so that no path is ever made from a record that points elsewhere.
void CheckId(const RecordReader& reader, const std::string& id, const std::string& source_name) {
  if (!IsEpisodeId(id)) {
    reader.Fail("id", "is \"" + id + "\", not an episode id (1-100 of a-z, 0-9 and '-')");
  }
  std::string file = std::filesystem::path(source_name).filename().string();
  for (const char* suffix : {".pending.json", ".json"}) {
    if (file.ends_with(suffix)) {
      file.resize(file.size() - std::string_view(suffix).size());
      break;
    }
  }
  if (file != id)
    reader.Fail("id", "is \"" + id + "\", but the record's file is not " + id + ".json");
}

// "words": [[start_seconds, end_seconds, "text"], ...], optional (records before word
// timing have none): inside the cue's time, in order, each text found in the cue's text
// after the one before.
std::vector<TimedWord> ReadWords(const RecordReader& reader, const json& object, const Cue& cue,
                                 const std::string& path) {
  std::vector<TimedWord> words;
  const json& array = reader.Field(object, "words", path, false);
  if (array.is_null()) return words;
  if (!array.is_array()) reader.Fail(path + "words", "must be an array");
  std::size_t at = 0;
  double last_start = cue.start_seconds;
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string where = path + "words[" + std::to_string(i) + "]";
    const json& item = array[i];
    if (!item.is_array() || item.size() != 3 || !item[0].is_number() || !item[1].is_number() ||
        !item[2].is_string()) {
      reader.Fail(where, "must be [start_seconds, end_seconds, \"text\"]");
    }
    TimedWord word{item[0].get<double>(), item[1].get<double>(), item[2].get<std::string>()};
    if (!(word.start_seconds >= last_start && word.end_seconds >= word.start_seconds &&
          word.end_seconds <= cue.end_seconds)) {
      reader.Fail(where, "is not timed in order inside its cue");
    }
    const std::size_t found = word.text.empty() ? std::string::npos : cue.text.find(word.text, at);
    if (found == std::string::npos) reader.Fail(where, "is not the next word of the cue's text");
    at = found + word.text.size();
    last_start = word.start_seconds;
    words.push_back(std::move(word));
  }
  return words;
}

std::vector<Cue> ReadCues(const RecordReader& reader, const json& root) {
  return reader.Objects<Cue>(root, "cues", [&](const json& object, const std::string& path) {
    Cue cue;
    cue.start_seconds = reader.Seconds(object, "start_seconds", path);
    cue.end_seconds = reader.Seconds(object, "end_seconds", path);
    cue.text = reader.String(object, "text", path);
    if (cue.end_seconds < cue.start_seconds) reader.Fail(path + "end_seconds", "is before start");
    cue.words = ReadWords(reader, object, cue, path);
    if (const json& paragraph = reader.Field(object, "paragraph", path, false);
        !paragraph.is_null()) {
      if (!paragraph.is_number_integer() || paragraph.get<std::int64_t>() < -1 ||
          paragraph.get<std::int64_t>() > 1000000) {
        reader.Fail(path + "paragraph", "must be an integer from -1 to 1000000");
      }
      cue.paragraph = paragraph.get<int>();
    }
    return cue;
  });
}

std::vector<ChapterMark> ReadChapters(const RecordReader& reader, const json& root) {
  return reader.Objects<ChapterMark>(
      root, "chapters", [&](const json& object, const std::string& path) {
        ChapterMark chapter;
        chapter.start_seconds = reader.Seconds(object, "start_seconds", path);
        chapter.title = reader.String(object, "title", path);
        chapter.url = reader.String(object, "url", path, false);
        return chapter;
      });
}

}  // namespace

std::string EpisodeRecordToJson(const EpisodeRecord& record) {
  json cues = json::array();
  for (const Cue& cue : record.cues) {
    json object = {{"start_seconds", cue.start_seconds},
                   {"end_seconds", cue.end_seconds},
                   {"text", cue.text},
                   {"paragraph", cue.paragraph}};
    if (!cue.words.empty()) {
      json words = json::array();
      for (const TimedWord& word : cue.words) {
        words.push_back({word.start_seconds, word.end_seconds, word.text});
      }
      object["words"] = std::move(words);
    }
    cues.push_back(std::move(object));
  }
  json chapters = json::array();
  for (const ChapterMark& chapter : record.chapters) {
    json mark = {{"start_seconds", chapter.start_seconds}, {"title", chapter.title}};
    if (!chapter.url.empty()) mark["url"] = chapter.url;
    chapters.push_back(std::move(mark));
  }
  json root = {{"format", kRecordFormat},
               {"id", record.id},
               {"guid", record.guid},
               {"title", record.title},
               {"author", record.author},
               {"pub_date", record.pub_date},
               {"source_url", record.source_url},
               {"episode_type", record.episode_type},
               {"paragraphs", record.paragraphs},
               {"audio_bytes", record.audio_bytes},
               {"duration_seconds", record.duration_seconds},
               {"content_hash", record.content_hash},
               {"cues", std::move(cues)},
               {"chapters", std::move(chapters)}};
  // Invalid UTF-8 is replaced rather than thrown on: the record must always be writable.
  return root.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

EpisodeRecord EpisodeRecordFromJson(const std::string& text, const std::string& source_name) {
  json root = json::parse(text, nullptr, false);
  if (root.is_discarded()) {
    throw Error(source_name +
                ": not valid JSON; fix or delete the record and publish the article again");
  }
  RecordReader reader(source_name);
  if (!root.is_object()) reader.Fail("(top level)", "must be an object");
  const std::int64_t format = reader.Integer(root, "format", 0, INT32_MAX);
  if (format != kRecordFormat) {
    reader.Fail("format", "is " + std::to_string(format) + ", this briefcast reads " +
                              std::to_string(kRecordFormat));
  }
  EpisodeRecord record;
  record.id = reader.String(root, "id");
  CheckId(reader, record.id, source_name);
  record.guid = reader.String(root, "guid");
  record.title = reader.String(root, "title");
  record.author = reader.String(root, "author", "", false);
  record.pub_date = reader.String(root, "pub_date");
  record.source_url = reader.String(root, "source_url", "", false);
  record.episode_type = reader.String(root, "episode_type", "", false, "full");
  const json& paragraphs = reader.Array(root, "paragraphs");
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (!paragraphs[i].is_string()) {
      reader.Fail("paragraphs[" + std::to_string(i) + "]", "must be a string");
    }
    record.paragraphs.push_back(paragraphs[i].get<std::string>());
  }
  record.audio_bytes = reader.Integer(root, "audio_bytes", 0, kMaxAudioBytes);
  record.duration_seconds = reader.Seconds(root, "duration_seconds");
  record.content_hash = reader.String(root, "content_hash", "", false);
  record.cues = ReadCues(reader, root);
  record.chapters = ReadChapters(reader, root);
  if (record.guid.empty()) reader.Fail("guid", "is empty");
  return record;
}

}  // namespace briefcast
