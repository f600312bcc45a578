#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace briefcast {

// The podcast as a whole: what the feed's <channel> says. Built-in defaults make a valid
// podcast without any configuration; a TOML file (docs/configuration.md) overrides them.
struct Channel {
  std::string title = "briefcast 新闻播报";
  std::string description = "公司新闻的普通话朗读版，由 briefcast 自动生成。";
  std::string author = "briefcast";
  std::string owner_name = "briefcast";
  std::string owner_email = "podcast@example.com";
  std::string language = "zh-cn";
  std::string category = "News";
  std::string subcategory = "Daily News";
  bool explicit_content = false;
  std::string type = "episodic";
  std::string base_url = "http://localhost:8000/";  // ends with '/'
  std::string copyright = "";
  std::filesystem::path cover_image;  // PNG; generated when empty
  int max_episodes = 0;               // retention; 0 keeps every episode

  // The site's identity (feeds/site/site_settings.h), kept in the site's site.json.
  std::string podcast_guid;  // made once from the first real feed URL; empty: derived from it
  std::vector<std::string> previous_base_urls;  // where the site was served before, oldest
                                                // first; when any, the feed carries
                                                // itunes:new-feed-url
  // The [podcast] keys the config file or the command line set ("base_url", "title"…); the
  // others come from the site's stored settings when it has them.
  std::set<std::string> set_keys;
};

}  // namespace briefcast
