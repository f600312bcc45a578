#include "feeds/site/site_settings.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "audio/error.h"
#include "feeds/channel_rules.h"
#include "feeds/formats/rss.h"
#include "feeds/formats/uuid.h"
#include "feeds/formats/xml_tree.h"
#include "feeds/site/atomic_file.h"
#include "feeds/site/site_file_read.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr int kSettingsFormat = 1;

// The text settings kept, by their [podcast] key.
const std::pair<const char*, std::string Channel::*> kTextSettings[] = {
    {"title", &Channel::title},
    {"description", &Channel::description},
    {"author", &Channel::author},
    {"owner_name", &Channel::owner_name},
    {"owner_email", &Channel::owner_email},
    {"language", &Channel::language},
    {"category", &Channel::category},
    {"subcategory", &Channel::subcategory},
    {"type", &Channel::type},
    {"copyright", &Channel::copyright},
};

std::string SettingsJson(const Channel& channel) {
  json settings = json::object();
  for (const auto& [key, member] : kTextSettings) settings[key] = channel.*member;
  settings["explicit"] = channel.explicit_content;
  json root = {{"format", kSettingsFormat},
               {"base_url", channel.podcast_guid.empty() ? "" : channel.base_url},
               {"podcast_guid", channel.podcast_guid},
               {"previous_base_urls", channel.previous_base_urls},
               {"podcast", settings}};
  return root.dump(2, ' ', false) + "\n";
}

[[noreturn]] void Damaged(const SiteLayout& site, const std::string& what) {
  throw Error(site.settings().string() + ": " + what +
              "; restore it from a backup, or run 'briefcast check --repair' to set it aside "
              "and adopt the values of feed.xml");
}

Channel ParseSettings(const SiteLayout& site, const std::string& text) {
  const json root = json::parse(text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) Damaged(site, "not valid JSON");
  if (root.value("format", 0) != kSettingsFormat) Damaged(site, "unknown \"format\"");
  Channel channel;
  try {
    channel.base_url = root.at("base_url").get<std::string>();
    channel.podcast_guid = root.at("podcast_guid").get<std::string>();
    channel.previous_base_urls = root.at("previous_base_urls").get<std::vector<std::string>>();
    const json& settings = root.at("podcast");
    for (const auto& [key, member] : kTextSettings) channel.*member = settings.at(key);
    channel.explicit_content = settings.at("explicit").get<bool>();
  } catch (const json::exception& e) {
    Damaged(site, std::string("a field is missing or of the wrong type (") + e.what() + ")");
  }
  if (channel.base_url.empty() != channel.podcast_guid.empty()) {
    Damaged(site, "\"base_url\" and \"podcast_guid\" must both be set or both be empty");
  }
  for (const ChannelProblem& problem : ChannelProblems(channel)) {
    Damaged(site, "\"" + problem.key + "\" " + problem.what);
  }
  return channel;
}

// An older briefcast wrote values the channel rules now refuse: those take their defaults
// (a category with its subcategory), so that what is stored is always valid.
void ResetInvalidValues(Channel* channel) {
  const Channel defaults;
  for (const ChannelProblem& problem : ChannelProblems(*channel)) {
    for (const auto& [key, member] : kTextSettings) {
      if (problem.key == key) (*channel).*member = defaults.*member;
    }
    if (problem.key == "category") channel->subcategory = defaults.subcategory;
  }
  if (!ChannelProblems(*channel).empty()) channel->subcategory.clear();
}

// A site published before site.json: its feed says who it is.
std::optional<Channel> AdoptFromFeed(const SiteLayout& site) {
  std::optional<std::string> xml = ReadSiteFile(site.feed(), kMaxSiteTextBytes, "feed");
  if (!xml) return std::nullopt;
  XmlParse parse = ParseXmlTree(*xml);
  const XmlNode* feed_channel = parse.root ? parse.root->Child("channel") : nullptr;
  if (!feed_channel) return std::nullopt;
  const XmlNode& c = *feed_channel;
  Channel channel;
  channel.title = c.ChildText("title");
  channel.description = c.ChildText("description");
  channel.language = c.ChildText("language");
  channel.copyright = c.ChildText("copyright");
  channel.author = c.ChildText("itunes:author");
  if (const XmlNode* owner = c.Child("itunes:owner")) {
    channel.owner_name = owner->ChildText("itunes:name");
    channel.owner_email = owner->ChildText("itunes:email");
  }
  if (const XmlNode* category = c.Child("itunes:category")) {
    channel.category = category->Attribute("text");
    const XmlNode* sub = category->Child("itunes:category");
    channel.subcategory = sub ? sub->Attribute("text") : "";
  }
  channel.explicit_content = c.ChildText("itunes:explicit") == "true";
  channel.type = c.ChildText("itunes:type");
  ResetInvalidValues(&channel);
  // The built-in base URL is a preview, not an identity.
  const std::string link = WithFinalSlash(c.ChildText("link"));
  if (link != Channel().base_url && BaseUrlProblem(link).empty()) {
    channel.base_url = link;
    channel.podcast_guid = c.ChildText("podcast:guid");
    if (channel.podcast_guid.empty()) channel.podcast_guid = PodcastGuid(FeedUrl(channel));
  } else {
    channel.base_url.clear();
  }
  return channel;
}

}  // namespace

std::optional<Channel> ReadSiteSettings(const SiteLayout& site) {
  if (std::optional<std::string> text =
          ReadSiteFile(site.settings(), kMaxSiteTextBytes, "site settings file")) {
    return ParseSettings(site, *text);
  }
  if (fs::exists(site.settings())) Damaged(site, "cannot be read");
  return AdoptFromFeed(site);
}

void WriteSiteSettings(const SiteLayout& site, const Channel& channel) {
  WriteFileIfChanged(site.settings(), SettingsJson(channel));
}

bool SiteSettingsDiffer(const SiteLayout& site, const Channel& channel) {
  const std::string json = SettingsJson(channel);
  return ReadFileOfSize(site.settings(), json.size()) != json;
}

Channel ResolveSiteChannel(const std::optional<Channel>& stored, const Channel& given,
                           std::vector<std::string>* warnings) {
  Channel channel = given;
  const bool base_given = given.set_keys.count("base_url") > 0;
  const std::string stored_base = stored ? stored->base_url : "";
  if (stored) {
    for (const auto& [key, member] : kTextSettings) {
      // A category comes with its own subcategory.
      const bool set = given.set_keys.count(key) ||
                       (std::string_view(key) == "subcategory" && given.set_keys.count("category"));
      if (!set) channel.*member = (*stored).*member;
    }
    if (!given.set_keys.count("explicit")) channel.explicit_content = stored->explicit_content;
    channel.podcast_guid = stored->podcast_guid;
    channel.previous_base_urls = stored->previous_base_urls;
  }
  if (!base_given && !stored_base.empty()) channel.base_url = stored_base;
  if (base_given && !stored_base.empty() && channel.base_url != stored_base) {
    warnings->push_back("the base URL changes from " + stored_base + " to " + channel.base_url +
                        ": the feed now says itunes:new-feed-url " + FeedUrl(channel) +
                        " and keeps its podcast:guid; keep the old URL serving the site (or "
                        "redirecting to the new one) until the apps have moved");
    std::erase(channel.previous_base_urls, channel.base_url);
    channel.previous_base_urls.push_back(stored_base);
  }
  if (!base_given && stored_base.empty()) {
    warnings->push_back(
        "no base URL given (--base-url, or base_url in the config file): the "
        "feed points at " +
        channel.base_url +
        " and is only good for a local preview; podcast apps elsewhere cannot "
        "fetch it");
  } else if (channel.podcast_guid.empty()) {
    channel.podcast_guid = PodcastGuid(FeedUrl(channel));
  }
  return channel;
}

}  // namespace briefcast
