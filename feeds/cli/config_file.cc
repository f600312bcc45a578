#include "feeds/cli/config_file.h"

#include <toml++/toml.h>

#include <set>
#include <sstream>

#include "audio/error.h"
#include "feeds/channel_rules.h"
#include "feeds/cli/config_checks.h"
#include "feeds/cli/toml_depth.h"
#include "synth/input_file.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

// One TOML table: typed reads that name file, line and key in every error, and a final
// check that every key in the table was one we know (so a typo is never silently ignored).
class TableReader {
 public:
  TableReader(const toml::table& table, std::string section, const fs::path& file)
      : table_(table), section_(std::move(section)), file_(file) {}

  [[noreturn]] void Fail(const toml::node& node, const std::string& key,
                         const std::string& what) const {
    throw Error(file_.string() + ":" + std::to_string(node.source().begin.line) + ": " +
                Qualified(key) + " " + what + " (see docs/configuration.md)");
  }

  void String(const std::string& key, std::string* out) {
    if (const toml::node* node = Find(key)) {
      if (!node->is_string()) Fail(*node, key, "must be a string, not " + TypeName(*node));
      *out = node->as_string()->get();
    }
  }

  // A path relative to the config file's directory.
  void Path(const std::string& key, fs::path* out) {
    std::string text;
    String(key, &text);
    if (!text.empty()) *out = file_.parent_path() / fs::path(text);
  }

  // A list of sources: URLs as written, paths relative to the config file's directory.
  void Sources(const std::string& key, std::vector<std::string>* out) {
    const toml::node* node = Find(key);
    if (node == nullptr) return;
    if (!node->is_array())
      Fail(*node, key, "must be a list of URLs and paths, not " + TypeName(*node));
    for (const toml::node& item : *node->as_array()) {
      if (!item.is_string() || item.as_string()->get().empty()) {
        Fail(item, key, "must hold URLs and paths as strings");
      }
      const std::string& text = item.as_string()->get();
      const bool url = text.starts_with("http://") || text.starts_with("https://");
      out->push_back(url ? text : (file_.parent_path() / fs::path(text)).string());
    }
  }

  void Bool(const std::string& key, bool* out) {
    if (const toml::node* node = Find(key)) {
      if (!node->is_boolean()) Fail(*node, key, "must be true or false, not " + TypeName(*node));
      *out = node->as_boolean()->get();
    }
  }

  void Int(const std::string& key, int* out, std::int64_t min, std::int64_t max) {
    if (const toml::node* node = Find(key)) {
      if (!node->is_integer()) Fail(*node, key, "must be an integer, not " + TypeName(*node));
      std::int64_t value = node->as_integer()->get();
      if (value < min || value > max) {
        Fail(*node, key,
             "is " + std::to_string(value) + ", must be between " + std::to_string(min) + " and " +
                 std::to_string(max));
      }
      *out = static_cast<int>(value);
    }
  }

  void Millis(const std::string& key, std::chrono::milliseconds* out) {
    int value = static_cast<int>(out->count());
    Int(key, &value, 0, 60000);
    *out = std::chrono::milliseconds(value);
  }

  void Double(const std::string& key, double* out, double min, double max) {
    if (const toml::node* node = Find(key)) {
      if (!node->is_number()) Fail(*node, key, "must be a number, not " + TypeName(*node));
      double value = node->is_integer() ? static_cast<double>(node->as_integer()->get())
                                        : node->as_floating_point()->get();
      if (!(value >= min && value <= max)) {
        std::ostringstream range;
        range << "is " << value << ", must be between " << min << " and " << max;
        Fail(*node, key, range.str());
      }
      *out = value;
    }
  }

  // For keys read elsewhere (sub-tables).
  void MarkKnown(const std::string& key) { known_.insert(key); }

  void RejectUnknownKeys() const {
    for (const auto& [key, node] : table_) {
      if (!known_.count(std::string(key.str()))) {
        throw Error(file_.string() + ":" + std::to_string(key.source().begin.line) +
                    ": unknown key " + Qualified(std::string(key.str())) +
                    " (see docs/configuration.md for the keys)");
      }
    }
  }

 private:
  const toml::node* Find(const std::string& key) {
    known_.insert(key);
    return table_.get(key);
  }

  std::string Qualified(const std::string& key) const {
    return "'" + (section_.empty() ? key : section_ + "." + key) + "'";
  }

  static std::string TypeName(const toml::node& node) {
    std::ostringstream name;
    name << node.type();
    return name.str();
  }

  const toml::table& table_;
  std::string section_;
  fs::path file_;
  std::set<std::string> known_;
};

void ReadChannel(TableReader& in, Channel* channel) {
  in.String("title", &channel->title);
  in.String("description", &channel->description);
  in.String("author", &channel->author);
  in.String("owner_name", &channel->owner_name);
  in.String("owner_email", &channel->owner_email);
  in.String("language", &channel->language);
  in.String("category", &channel->category);
  in.String("subcategory", &channel->subcategory);
  in.Bool("explicit", &channel->explicit_content);
  in.String("type", &channel->type);
  in.String("base_url", &channel->base_url);
  in.String("copyright", &channel->copyright);
  in.Path("cover_image", &channel->cover_image);
  in.Int("max_episodes", &channel->max_episodes, 0, 100000);
}

void ReadVoice(TableReader& in, VoiceSettings* voice) {
  in.Int("rate", &voice->rate_wpm, 80, 450);
  in.Int("pitch", &voice->pitch, 0, 100);
  in.Int("volume", &voice->volume, 0, 200);
  in.String("variant", &voice->variant);
}

void ReadPauses(TableReader& in, PauseSettings* pauses) {
  in.Millis("clause_ms", &pauses->clause);
  in.Millis("sentence_ms", &pauses->sentence);
  in.Millis("paragraph_ms", &pauses->paragraph);
  in.Millis("title_ms", &pauses->title);
  in.Millis("article_ms", &pauses->article);
  in.Millis("edge_ms", &pauses->edge);
}

void ReadLoudness(TableReader& in, LoudnessTarget* loudness) {
  in.Double("integrated_lufs", &loudness->integrated_lufs, -40, -5);
  in.Double("true_peak_dbtp", &loudness->true_peak_dbtp, -10, 0);
}

void ReadMp3(TableReader& in, Config* config) {
  in.Int("sample_rate_hz", &config->sample_rate_hz, 8000, 48000);
  in.Int("bitrate_kbps", &config->mp3.bitrate_kbps, 8, 320);
  in.Int("quality", &config->mp3.quality, 0, 9);
}

// Checks that need more than one value or a value's shape, after all keys are read.
void Validate(const toml::table& root, const fs::path& file, Config* config) {
  ValidateConfig(file, config, [&](const std::string& key) {
    const toml::node* node = root.at_path(key).node();
    return node ? static_cast<int>(node->source().begin.line) : 1;
  });
}

// A key or table header of more than this many dotted parts is refused before parsing:
// toml++ makes a nested table per part and recurses through them (50,000 parts crash it).
// The table `key` of `root`, or an empty one when absent; an error when it is not a table.
const toml::table& Section(const toml::table& root, const std::string& key, const fs::path& file) {
  static const toml::table kEmpty;
  const toml::node* node = root.get(key);
  if (node == nullptr) return kEmpty;
  if (!node->is_table()) {
    throw Error(file.string() + ":" + std::to_string(node->source().begin.line) + ": '" + key +
                "' must be a table ([" + key + "])");
  }
  return *node->as_table();
}

toml::table ParseFile(const fs::path& path) {
  std::error_code error;
  if (!fs::exists(path, error)) {
    throw Error(path.string() + ": config file not found; pass an existing file to --config");
  }
  const std::string content = ReadInputFile(path, kMaxConfigFileBytes, "config");
  RejectDeepKeys(content, path);
  try {
    return toml::parse(content, path.string());
  } catch (const toml::parse_error& error) {
    throw Error(path.string() + ":" + std::to_string(error.source().begin.line) +
                ": not valid TOML: " + std::string(error.description()));
  }
}

}  // namespace

Config LoadConfig(const fs::path& path) {
  toml::table root = ParseFile(path);
  Config config;
  TableReader top(root, "", path);
  for (const char* key : {"podcast", "voice", "pauses", "loudness", "mp3"}) {
    TableReader section(Section(root, key, path), key, path);
    std::string name = key;
    if (name == "podcast") {
      ReadChannel(section, &config.channel);
      for (const auto& [podcast_key, node] : Section(root, key, path)) {
        config.channel.set_keys.insert(std::string(podcast_key.str()));
      }
    }
    if (name == "voice") ReadVoice(section, &config.voice);
    if (name == "pauses") ReadPauses(section, &config.pauses);
    if (name == "loudness") ReadLoudness(section, &config.loudness);
    if (name == "mp3") ReadMp3(section, &config);
    section.RejectUnknownKeys();
    top.MarkKnown(key);
  }
  // A category set without its subcategory has none (the default one belongs to News).
  Channel& channel = config.channel;
  if (channel.set_keys.count("category") && !channel.set_keys.count("subcategory")) {
    channel.subcategory = channel.category == Channel().category ? Channel().subcategory : "";
  }
  top.Path("lexicon", &config.lexicon);
  top.Sources("sources", &config.sources);
  top.RejectUnknownKeys();
  Validate(root, path, &config);
  return config;
}

}  // namespace briefcast
