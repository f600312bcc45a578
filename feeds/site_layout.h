#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace briefcast {

// True when `id` can name an episode's files: 1 to 100 characters of a-z, 0-9 and '-'
// (DESIGN.md), so episodes/<id><suffix> always stays inside episodes/.
bool IsEpisodeId(std::string_view id);

// Where each file of a published site lives (DESIGN.md, "A published site").
class SiteLayout {
 public:
  explicit SiteLayout(std::filesystem::path root) : root_(std::move(root)) {}

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path feed() const { return root_ / "feed.xml"; }
  std::filesystem::path page() const { return root_ / "index.html"; }
  std::filesystem::path cover() const { return root_ / "cover.png"; }
  // The site's own settings: base URL, podcast:guid, the channel (feeds/site/site_settings.h).
  std::filesystem::path settings() const { return root_ / "site.json"; }
  std::filesystem::path episodes_dir() const { return root_ / "episodes"; }
  // What was fetched from the web: ETag, Last-Modified and body per URL (fetch_memory_file.h).
  std::filesystem::path fetched_dir() const { return root_ / ".fetched"; }
  // episodes/<id><suffix>, suffix one of ".mp3", ".vtt", ".srt", ".transcript.json" (the
  // Podcasting 2.0 JSON transcript), ".chapters.json", ".json", ".html" (the episode's page).
  // Throws Error when `id` is not IsEpisodeId: no path outside episodes/ is ever made from
  // an id, whatever a damaged record says.
  std::filesystem::path episode_file(const std::string& id, const std::string& suffix) const;
  // The same file as a URL below the channel's base URL (which ends with '/').
  static std::string EpisodeUrl(const std::string& base_url, const std::string& id,
                                const std::string& suffix) {
    return base_url + "episodes/" + id + suffix;
  }

 private:
  std::filesystem::path root_;
};

}  // namespace briefcast
