#include <nlohmann/json.hpp>

#include "audio/error.h"
#include "feeds/episode.h"

namespace briefcast {
namespace {

using nlohmann::json;

// Records written by a newer briefcast are refused instead of misread.
constexpr int kRecordFormat = 1;

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

  template <typename T>
  T Get(const json& object, const std::string& field, const std::string& path = "",
        bool required = true, T fallback = T()) const {
    const json& value = Field(object, field, path, required);
    if (value.is_null() && !required) return fallback;
    if constexpr (std::is_same_v<T, std::string>) {
      if (!value.is_string()) Fail(path + field, "must be a string");
    } else if constexpr (std::is_floating_point_v<T>) {
      if (!value.is_number()) Fail(path + field, "must be a number");
    } else {
      if (!value.is_number_integer()) Fail(path + field, "must be an integer");
    }
    return value.get<T>();
  }

  const json& Array(const json& object, const std::string& field) const {
    const json& value = Field(object, field, "");
    if (!value.is_array()) Fail(field, "must be an array");
    return value;
  }

  void RequireObject(const json& value, const std::string& path) const {
    if (!value.is_object()) Fail(path, "must be an object");
  }

 private:
  std::string source_;
};

std::vector<Cue> ReadCues(const RecordReader& reader, const json& root) {
  std::vector<Cue> cues;
  const json& array = reader.Array(root, "cues");
  for (std::size_t i = 0; i < array.size(); ++i) {
    std::string path = "cues[" + std::to_string(i) + "].";
    reader.RequireObject(array[i], path);
    Cue cue;
    cue.start_seconds = reader.Get<double>(array[i], "start_seconds", path);
    cue.end_seconds = reader.Get<double>(array[i], "end_seconds", path);
    cue.text = reader.Get<std::string>(array[i], "text", path);
    if (cue.end_seconds < cue.start_seconds) reader.Fail(path + "end_seconds", "is before start");
    cues.push_back(std::move(cue));
  }
  return cues;
}

std::vector<ChapterMark> ReadChapters(const RecordReader& reader, const json& root) {
  std::vector<ChapterMark> chapters;
  const json& array = reader.Array(root, "chapters");
  for (std::size_t i = 0; i < array.size(); ++i) {
    std::string path = "chapters[" + std::to_string(i) + "].";
    reader.RequireObject(array[i], path);
    ChapterMark chapter;
    chapter.start_seconds = reader.Get<double>(array[i], "start_seconds", path);
    chapter.title = reader.Get<std::string>(array[i], "title", path);
    chapter.url = reader.Get<std::string>(array[i], "url", path, false);
    chapters.push_back(std::move(chapter));
  }
  return chapters;
}

}  // namespace

std::string EpisodeRecordToJson(const EpisodeRecord& record) {
  json cues = json::array();
  for (const Cue& cue : record.cues) {
    cues.push_back({{"start_seconds", cue.start_seconds},
                    {"end_seconds", cue.end_seconds},
                    {"text", cue.text}});
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
  reader.RequireObject(root, "(top level)");
  int format = reader.Get<int>(root, "format");
  if (format != kRecordFormat) {
    reader.Fail("format", "is " + std::to_string(format) + ", this briefcast reads " +
                              std::to_string(kRecordFormat));
  }
  EpisodeRecord record;
  record.id = reader.Get<std::string>(root, "id");
  record.guid = reader.Get<std::string>(root, "guid");
  record.title = reader.Get<std::string>(root, "title");
  record.author = reader.Get<std::string>(root, "author", "", false);
  record.pub_date = reader.Get<std::string>(root, "pub_date");
  record.source_url = reader.Get<std::string>(root, "source_url", "", false);
  record.episode_type = reader.Get<std::string>(root, "episode_type", "", false, "full");
  const json& paragraphs = reader.Array(root, "paragraphs");
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (!paragraphs[i].is_string()) {
      reader.Fail("paragraphs[" + std::to_string(i) + "]", "must be a string");
    }
    record.paragraphs.push_back(paragraphs[i].get<std::string>());
  }
  record.audio_bytes = reader.Get<std::int64_t>(root, "audio_bytes");
  record.duration_seconds = reader.Get<double>(root, "duration_seconds");
  record.content_hash = reader.Get<std::string>(root, "content_hash", "", false);
  record.cues = ReadCues(reader, root);
  record.chapters = ReadChapters(reader, root);
  if (record.id.empty()) reader.Fail("id", "is empty");
  if (record.guid.empty()) reader.Fail("guid", "is empty");
  return record;
}

}  // namespace briefcast
