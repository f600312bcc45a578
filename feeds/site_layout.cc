#include "feeds/site_layout.h"

#include "audio/error.h"

namespace briefcast {

bool IsEpisodeId(std::string_view id) {
  if (id.empty() || id.size() > 100) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

std::filesystem::path SiteLayout::episode_file(const std::string& id,
                                               const std::string& suffix) const {
  if (!IsEpisodeId(id)) {
    throw Error(episodes_dir().string() + ": \"" + id +
                "\" is not an episode id; run 'briefcast check --repair' to set the damaged "
                "record aside");
  }
  return episodes_dir() / (id + suffix);
}

}  // namespace briefcast
