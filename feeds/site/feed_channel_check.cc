#include "feeds/site/feed_channel_check.h"

#include <map>

#include "feeds/formats/cover_image_check.h"
#include "feeds/formats/rss.h"
#include "feeds/formats/uuid.h"
#include "feeds/site/site_file_read.h"
#include "synth/input_file.h"

namespace briefcast {
namespace {

void CheckNamespaces(const XmlNode& rss, SiteCheckContext& context) {
  static const std::map<std::string, std::string> kNamespaces = {
      {"xmlns:itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"},
      {"xmlns:podcast", "https://podcastindex.org/namespace/1.0"},
      {"xmlns:content", "http://purl.org/rss/1.0/modules/content/"},
      {"xmlns:atom", "http://www.w3.org/2005/Atom"}};
  for (const auto& [attribute, uri] : kNamespaces) {
    if (rss.Attribute(attribute) != uri) {
      context.Problem("feed.xml", attribute + " is not \"" + uri + "\"");
    }
  }
}

// Every url/href attribute and <link> text anywhere below `element`.
void CheckAbsoluteUrls(const XmlNode& element, SiteCheckContext& context) {
  for (const char* name : {"url", "href"}) {
    if (element.HasAttribute(name) && !IsAbsoluteUrl(element.Attribute(name))) {
      context.Problem("feed.xml", "<" + element.name + "> " + name + " \"" +
                                      element.Attribute(name) + "\" is not an absolute URL");
    }
  }
  if (element.name == "link" && !IsAbsoluteUrl(element.text)) {
    context.Problem("feed.xml", "<link> \"" + element.text + "\" is not an absolute URL");
  }
  for (const XmlNode& child : element.children) CheckAbsoluteUrls(child, context);
}

void CheckCover(const std::string& url, SiteCheckContext& context) {
  std::optional<std::filesystem::path> path = context.LocalPath(url);
  if (!path) {
    return context.Problem("feed.xml: channel",
                           "<itunes:image> \"" + url + "\" is not below <link>");
  }
  std::optional<std::string> png = ReadSiteFile(*path, kMaxImageFileBytes, "cover image");
  const std::string name = context.Name(*path);
  if (!png) return context.Problem(name, "missing (the <itunes:image>)");
  const std::string problem = CoverImageProblem(*png);
  if (!problem.empty()) context.Problem(name, problem);
}

// The values of channel elements that must be one of a few.
void CheckChannelValues(const XmlNode& channel, SiteCheckContext& context) {
  const std::string where = "feed.xml: channel";
  if (channel.ChildText("description").size() > kMaxDescriptionBytes) {
    context.Problem(where, "<description> longer than 4000 bytes");
  }
  const std::string explicit_text = channel.ChildText("itunes:explicit");
  if (explicit_text != "true" && explicit_text != "false") {
    context.Problem(where, "<itunes:explicit> \"" + explicit_text + "\" is not true or false");
  }
  const std::string type = channel.ChildText("itunes:type");
  if (type != "episodic" && type != "serial") {
    context.Problem(where, "<itunes:type> \"" + type + "\" is not episodic or serial");
  }
  const XmlNode* owner = channel.Child("itunes:owner");
  if (owner && owner->ChildText("itunes:email").find('@') == std::string::npos) {
    context.Problem(where, "<itunes:owner> has no <itunes:email>");
  }
  const XmlNode* category = channel.Child("itunes:category");
  if (category && category->Attribute("text").empty()) {
    context.Problem(where, "<itunes:category> has no text attribute");
  }
}

void CheckIdentity(const XmlNode& channel, const std::optional<Channel>& stored,
                   SiteCheckContext& context) {
  const std::string where = "feed.xml: channel";
  const XmlNode* self = channel.Child("atom:link");
  if (self && self->Attribute("rel") != "self") {
    context.Problem(where, "<atom:link> is not rel=\"self\"");
  }
  const std::string guid = channel.ChildText("podcast:guid");
  if (stored && !stored->base_url.empty()) {
    const std::string link = channel.ChildText("link");
    if (link != stored->base_url && link + "/" != stored->base_url) {
      context.Problem(where, "<link> \"" + link + "\" is not the site's base URL " +
                                 stored->base_url +
                                 " (site.json); publish again or run 'briefcast check --repair'");
    }
    if (guid != stored->podcast_guid) {
      context.Problem(where, "<podcast:guid> \"" + guid + "\" is not the site's podcast:guid " +
                                 stored->podcast_guid + " (site.json)");
    }
  } else if (self && guid != PodcastGuid(self->Attribute("href"))) {
    context.Problem(where, "<podcast:guid> \"" + guid + "\" is not the UUIDv5 of the feed URL");
  }
}

}  // namespace

bool IsAbsoluteUrl(const std::string& url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

void CheckFeedChannel(const XmlNode& rss, const std::optional<Channel>& stored,
                      SiteCheckContext& context) {
  CheckNamespaces(rss, context);
  CheckAbsoluteUrls(rss, context);
  const XmlNode& channel = *rss.Child("channel");
  for (const char* name : {"title", "link", "description", "language", "lastBuildDate", "atom:link",
                           "itunes:image", "itunes:category", "itunes:explicit", "itunes:author",
                           "itunes:owner", "itunes:type", "podcast:guid", "podcast:locked"}) {
    if (!channel.Child(name))
      context.Problem("feed.xml: channel", std::string("no <") + name + ">");
  }
  const bool has_base = stored && !stored->base_url.empty();
  context.set_base_url(has_base ? stored->base_url : channel.ChildText("link"));
  CheckChannelValues(channel, context);
  CheckIdentity(channel, stored, context);
  CheckCover(channel.Child("itunes:image") ? channel.Child("itunes:image")->Attribute("href") : "",
             context);
}

}  // namespace briefcast
