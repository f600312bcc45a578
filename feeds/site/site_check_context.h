#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "feeds/site_layout.h"

namespace briefcast {

// What the checks of one site (feeds/site/site_check.h) share while they run: the site, the
// base URL its feed's files are served below, and the problems found so far.
class SiteCheckContext {
 public:
  explicit SiteCheckContext(const SiteLayout& site) : site_(site) {}

  const SiteLayout& site() const { return site_; }
  const std::vector<std::string>& problems() const { return problems_; }

  // Adds "<where>: <what>".
  void Problem(const std::string& where, const std::string& what) {
    problems_.push_back(where + ": " + what);
  }
  // Adds a line that already names its place.
  void Add(const std::string& line) { problems_.push_back(line); }

  // The URL the feed's own files live below; ends with '/'.
  void set_base_url(std::string base_url) {
    if (!base_url.empty() && base_url.back() != '/') base_url += '/';
    base_url_ = std::move(base_url);
  }
  const std::string& base_url() const { return base_url_; }

  // The file a URL below base_url() is served from; nullopt for other URLs.
  std::optional<std::filesystem::path> LocalPath(const std::string& url) const {
    if (base_url_.empty() || url.rfind(base_url_, 0) != 0) return std::nullopt;
    std::string relative = url.substr(base_url_.size());
    relative = relative.substr(0, relative.find_first_of("?#"));
    if (relative.empty() || relative.find("..") != std::string::npos) return std::nullopt;
    return site_.root() / relative;
  }

  // A file of the site as the user knows it: "episodes/x.vtt".
  std::string Name(const std::filesystem::path& path) const {
    return path.lexically_relative(site_.root()).string();
  }

 private:
  const SiteLayout& site_;
  std::string base_url_;
  std::vector<std::string> problems_;
};

}  // namespace briefcast
