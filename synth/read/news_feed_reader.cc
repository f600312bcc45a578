#include "synth/read/news_feed_reader.h"

#include <tinyxml2.h>

#include <algorithm>
#include <optional>
#include <string>

#include "audio/error.h"
#include "synth/read/html_reader.h"
#include "synth/read/published_time.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

using tinyxml2::XMLElement;
using tinyxml2::XMLNode;

// Feeds mix namespaces with arbitrary prefixes (content:encoded, dc:creator, atom:link):
// elements are matched by their local name.
std::string_view LocalName(const XMLElement* element) {
  std::string_view name = element->Name();
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

enum class Prefix { kAny, kWith, kWithout };

// The first child called `local` (RSS core elements have no prefix, extensions have one).
const XMLElement* Child(const XMLElement* parent, std::string_view local,
                        Prefix prefix = Prefix::kAny) {
  if (parent == nullptr) return nullptr;
  for (const XMLElement* child = parent->FirstChildElement(); child != nullptr;
       child = child->NextSiblingElement()) {
    const bool has_prefix = std::string_view(child->Name()).find(':') != std::string_view::npos;
    if (LocalName(child) == local &&
        (prefix == Prefix::kAny || has_prefix == (prefix == Prefix::kWith))) {
      return child;
    }
  }
  return nullptr;
}

// The text directly inside `element` (text and CDATA children), unchanged.
std::string TextOf(const XMLElement* element) {
  std::string text;
  if (element == nullptr) return text;
  for (const XMLNode* node = element->FirstChild(); node != nullptr; node = node->NextSibling()) {
    if (node->ToText() != nullptr) text += node->Value();
  }
  return text;
}

std::string Attribute(const XMLElement* element, const char* name) {
  const char* value = element == nullptr ? nullptr : element->Attribute(name);
  return value == nullptr ? "" : value;
}

// Plain text: blank lines separate paragraphs, other line breaks are wrapping.
std::vector<std::string> TextParagraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  const auto flush = [&] {
    std::string paragraph = CleanReadText(current);
    if (HasWords(paragraph)) paragraphs.push_back(std::move(paragraph));
    current.clear();
  };
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) flush();
    current.append(line).append(" ");
    start = end + 1;
  }
  flush();
  return paragraphs;
}

// The paragraphs of an element whose content is text, escaped HTML or (Atom type="xhtml")
// inline XHTML.
std::vector<std::string> BodyOf(const XMLElement* element, std::string_view source) {
  if (element == nullptr) return {};
  const std::string type = Attribute(element, "type");
  if (type == "xhtml" || type == "application/xhtml+xml") {
    tinyxml2::XMLPrinter printer(nullptr, true);
    for (const XMLNode* node = element->FirstChild(); node; node = node->NextSibling()) {
      node->Accept(&printer);
    }
    return ReadHtmlParagraphs(printer.CStr(), source);
  }
  const std::string text = TextOf(element);
  if (type == "text" || (type.empty() && text.find('<') == std::string::npos)) {
    return TextParagraphs(text);
  }
  return ReadHtmlParagraphs(text, source);
}

std::string TitleOf(const XMLElement* element, std::string_view source) {
  const std::string type = Attribute(element, "type");
  const std::string text = TextOf(element);
  if (element != nullptr && type != "xhtml" && type != "application/xhtml+xml" &&
      (type == "text" || (type.empty() && text.find('<') == std::string::npos))) {
    return CleanReadTitle(text);
  }
  std::string title;
  for (const std::string& part : BodyOf(element, source)) title += part;
  return title;
}

// "editor@example.cn (张三)" -> "张三"; a bare mail address is not a name to read.
std::string PersonName(std::string text) {
  const std::size_t open = text.find('('), close = text.rfind(')');
  if (open != std::string::npos && close != std::string::npos && open < close) {
    text = text.substr(open + 1, close - open - 1);
  }
  text = CleanReadText(text);
  return text.find('@') == std::string::npos ? text : "";
}

std::string AtomAuthor(const XMLElement* parent) {
  return PersonName(TextOf(Child(Child(parent, "author"), "name")));
}

void SetDate(const std::vector<const XMLElement*>& candidates, Article& article) {
  for (const XMLElement* element : candidates) {
    if (std::optional<PublishedTime> when = ParsePublishedTime(TextOf(element))) {
      article.date = when->date;
      article.time = when->time;
      return;
    }
  }
}

FeedItem ReadRssItem(const XMLElement* item, const std::string& feed_title,
                     const std::string& source) {
  FeedItem read;
  Article& article = read.article;
  article.title = TitleOf(Child(item, "title", Prefix::kWithout), source);
  const std::string link = CleanReadText(TextOf(Child(item, "link", Prefix::kWithout)));
  const XMLElement* guid = Child(item, "guid", Prefix::kWithout);
  const std::string guid_url = Attribute(guid, "isPermaLink") == "false" ? "" : TextOf(guid);
  for (const std::string& url : {link, CleanReadText(guid_url)}) {
    if (IsWebUrl(url) && article.source_url.empty()) article.source_url = url;
  }
  SetDate({Child(item, "pubDate", Prefix::kWithout), Child(item, "date", Prefix::kWith)}, article);
  article.publisher = PersonName(TextOf(Child(item, "creator", Prefix::kWith)));
  if (article.publisher.empty())
    article.publisher = PersonName(TextOf(Child(item, "author", Prefix::kWithout)));
  if (article.publisher.empty()) article.publisher = feed_title;
  article.paragraphs = BodyOf(Child(item, "encoded", Prefix::kWith), source);
  read.summary_only = article.paragraphs.empty();
  if (article.paragraphs.empty())
    article.paragraphs = BodyOf(Child(item, "description", Prefix::kWithout), source);
  return read;
}

FeedItem ReadAtomEntry(const XMLElement* entry, const std::string& feed_publisher,
                       const std::string& source) {
  FeedItem read;
  Article& article = read.article;
  article.title = TitleOf(Child(entry, "title"), source);
  for (const XMLElement* link = entry->FirstChildElement(); link != nullptr;
       link = link->NextSiblingElement()) {
    const std::string rel = Attribute(link, "rel");
    const std::string href = Attribute(link, "href");
    if (LocalName(link) == "link" && (rel.empty() || rel == "alternate") && IsWebUrl(href)) {
      article.source_url = href;
      break;
    }
  }
  SetDate({Child(entry, "published"), Child(entry, "updated")}, article);
  article.publisher = AtomAuthor(entry);
  if (article.publisher.empty()) article.publisher = feed_publisher;
  const XMLElement* content = Child(entry, "content");
  if (content != nullptr && content->Attribute("src") == nullptr) {
    article.paragraphs = BodyOf(content, source);
  }
  read.summary_only = article.paragraphs.empty();
  if (article.paragraphs.empty()) article.paragraphs = BodyOf(Child(entry, "summary"), source);
  read.updated = TextOf(Child(entry, "updated"));
  return read;
}

std::size_t Characters(const std::vector<std::string>& paragraphs) {
  std::size_t count = 0;
  for (const std::string& paragraph : paragraphs) {
    for (char c : paragraph) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }
  return count;
}

// Keeps an item that has something to read, taking its first paragraph as its title when
// it has none. A short description without full content is a summary.
void Keep(FeedItem item, std::vector<FeedItem>& articles) {
  Article& article = item.article;
  item.summary_only = item.summary_only && Characters(article.paragraphs) <= kMaxSummaryChars;
  item.version = article.title + '\n' + article.date + ' ' + article.time + ' ' + item.updated;
  for (const std::string& paragraph : article.paragraphs) item.version += '\n' + paragraph;
  if (!HasWords(article.title) && !article.paragraphs.empty()) {
    article.title = article.paragraphs.front();
    article.paragraphs.erase(article.paragraphs.begin());
  }
  if (HasWords(article.title)) articles.push_back(std::move(item));
}

std::vector<FeedItem> ReadItems(const XMLElement* root, const std::string& source) {
  std::vector<FeedItem> articles;
  const std::string_view kind = LocalName(root);
  if (kind == "feed") {
    std::string publisher = AtomAuthor(root);
    if (publisher.empty()) publisher = TitleOf(Child(root, "title"), source);
    for (const XMLElement* entry = root->FirstChildElement(); entry != nullptr;
         entry = entry->NextSiblingElement()) {
      if (LocalName(entry) == "entry") Keep(ReadAtomEntry(entry, publisher, source), articles);
    }
    return articles;
  }
  // RSS 2.0 keeps items in <channel>; RSS 1.0 (rdf:RDF) beside it.
  const XMLElement* channel = Child(root, "channel");
  const std::string feed_title = CleanReadText(TextOf(Child(channel, "title")));
  for (const XMLElement* parent : {channel, root}) {
    for (const XMLElement* item = parent ? parent->FirstChildElement() : nullptr; item != nullptr;
         item = item->NextSiblingElement()) {
      if (LocalName(item) == "item") Keep(ReadRssItem(item, feed_title, source), articles);
    }
  }
  return articles;
}

}  // namespace

namespace {

// Entities are never expanded (billion laughs, XXE); a feed that declares a DTD is refused
// rather than read without its entities. Only the prolog, before the root element, is looked
// at: items may quote "<!DOCTYPE html>" in CDATA.
void RejectDtd(std::string_view xml, const std::string& source) {
  std::size_t pos = 0;
  while ((pos = xml.find('<', pos)) != std::string_view::npos) {
    const std::string_view rest = xml.substr(pos);
    if (rest.starts_with("<!DOCTYPE") || rest.starts_with("<!ENTITY")) {
      const auto line = 1 + std::count(xml.begin(), xml.begin() + static_cast<long>(pos), '\n');
      throw Error(source + ":" + std::to_string(line) +
                  ": DTDs and entities are not supported (<!DOCTYPE ...>); give the feed "
                  "without its document type declaration");
    }
    const bool prolog = rest.starts_with("<?") || rest.starts_with("<!--");
    if (!prolog) return;  // the root element
    const std::size_t end = xml.find(rest.starts_with("<?") ? "?>" : "-->", pos);
    if (end == std::string_view::npos) return;
    pos = end;
  }
}

}  // namespace

std::vector<FeedItem> ReadNewsFeedItems(std::string_view xml, std::string_view source_name) {
  const std::string source(source_name);
  if (xml.size() > kMaxFeedBytes) {
    throw Error(source + ": " + std::to_string(xml.size() >> 20) +
                " MiB is too large for a news feed (at most " +
                std::to_string(kMaxFeedBytes >> 20) + " MiB)");
  }
  RejectDtd(xml, source);
  tinyxml2::XMLDocument document;
  if (document.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
    throw Error(source + ":" + std::to_string(document.ErrorLineNum()) + ": not well-formed XML (" +
                document.ErrorName() + "); the feed cannot be read: fetch it again or fix the XML");
  }
  const XMLElement* root = document.RootElement();
  const std::string_view kind = root == nullptr ? "" : LocalName(root);
  if (kind != "rss" && kind != "RDF" && kind != "feed") {
    throw Error(source + ": not an RSS or Atom feed (the root element is <" +
                std::string(root ? root->Name() : "") + ">); give an RSS 2.0 or Atom feed");
  }
  std::vector<FeedItem> items = ReadItems(root, source);
  if (items.empty()) {
    throw Error(source + ": the feed has no item with a title or text to read");
  }
  return items;
}

std::vector<Article> ReadNewsFeed(std::string_view xml, std::string_view source_name) {
  std::vector<Article> articles;
  for (FeedItem& item : ReadNewsFeedItems(xml, source_name)) {
    articles.push_back(std::move(item.article));
  }
  return articles;
}

}  // namespace briefcast
