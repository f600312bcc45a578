#pragma once

#include <optional>
#include <string>
#include <vector>

#include "feeds/channel.h"
#include "feeds/site_layout.h"

namespace briefcast {

// A site remembers who it is (docs/feed.md, "The site's identity"): site.json keeps the
// channel settings it was last published with (title, description, author, owner, language,
// category, explicit, type, copyright), its base URL, the base URLs it had before and its
// podcast:guid, made once from the first base URL and never changed, even when the feed moves.
// A run without --config or --base-url publishes with them, so a cron job cannot turn the
// podcast into another one. cover_image and max_episodes are not kept: the cover is in the
// site already, and retention is the run's choice.

// The stored identity: site.json, or for a site published before site.json existed, the
// values of its feed.xml. nullopt for a new site (or a damaged feed without site.json). A
// site that was only ever previewed has no base_url and no podcast_guid. Throws Error naming
// site.json when it is damaged.
std::optional<Channel> ReadSiteSettings(const SiteLayout& site);

// Replaces site.json atomically with the identity of `channel` (its base_url only when it
// has a podcast_guid, i.e. the base URL was given).
void WriteSiteSettings(const SiteLayout& site, const Channel& channel);

// Whether site.json does not hold `channel`'s identity yet (WriteSiteSettings would change it).
bool SiteSettingsDiffer(const SiteLayout& site, const Channel& channel);

// The channel a run publishes with: `given` (the config file and command line; its
// set_keys say which values were set) over `stored`. A base URL that differs from the
// stored one moves the feed: a warning names both, and the old one joins
// previous_base_urls. Without any base URL the default one is used, with a warning that the
// feed is for local preview only. Warnings are appended to `warnings`.
Channel ResolveSiteChannel(const std::optional<Channel>& stored, const Channel& given,
                           std::vector<std::string>* warnings);

}  // namespace briefcast
