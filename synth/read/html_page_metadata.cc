#include "synth/read/html_page_metadata.h"

#include <optional>
#include <string_view>

#include "synth/read/html_elements.h"
#include "synth/read/published_time.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

std::string TextBelow(HtmlNode root, bool title = false) {
  std::string text;
  Walk(
      root,
      [&](HtmlNode node) {
        if (node.IsText()) text += node.text();
        return node.IsElement() && !NeverRead(node, false);
      },
      [](HtmlNode) {});
  return title ? CleanReadTitle(text) : CleanReadText(text);
}

bool IsNextPageLink(HtmlNode node) {
  const std::string href(node.Attribute("href").value_or(""));
  if (href.empty() || href.starts_with('#') || Lower(href).starts_with("javascript:")) {
    return false;
  }
  if (LowerAttribute(node, "rel") == "next") return true;
  const std::string text = Lower(TextBelow(node));
  for (std::string_view label :
       {"下一页", "下页", "下一页>", "下一页>>", "下一页»", "next", "next»"}) {
    if (text == label) return true;
  }
  return false;
}

void ReadMeta(HtmlNode node, PageMetadata& page) {
  for (const char* key : {"name", "property", "itemprop"}) {
    std::string name = LowerAttribute(node, key);
    if (!name.empty()) page.meta.emplace(name, node.Attribute("content").value_or(""));
  }
}

void ReadElement(HtmlNode node, PageMetadata& page) {
  const std::string_view tag = node.tag();
  const std::string id = LowerAttribute(node, "id");
  if (tag == "meta") {
    ReadMeta(node, page);
  } else if (tag == "link" && LowerAttribute(node, "rel") == "canonical") {
    if (page.canonical_url.empty()) page.canonical_url = node.Attribute("href").value_or("");
  } else if (tag == "link" && LowerAttribute(node, "rel") == "next") {
    if (page.next_page_href.empty()) page.next_page_href = node.Attribute("href").value_or("");
  } else if (tag == "title" && page.title.empty() && node.IsHtmlElement()) {
    page.title = TextBelow(node, true);
  } else if (tag == "time" && node.Attribute("pubdate") && page.pubdate.empty()) {
    page.pubdate = node.Attribute("datetime").value_or("");
  } else if (tag == "a" && page.next_page_href.empty() && IsNextPageLink(node)) {
    page.next_page_href = node.Attribute("href").value_or("");
  }
  if (id == "publish_time" && page.byline_date.empty()) page.byline_date = TextBelow(node);
  if (id == "js_name" && page.byline_author.empty()) page.byline_author = TextBelow(node);
}

std::string MetaValue(const PageMetadata& page, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = page.meta.find(name);
    if (it != page.meta.end() && HasWords(it->second)) return CleanReadText(it->second);
  }
  return "";
}

// "城市轨道交通新线开通 - 示例新闻网" -> "城市轨道交通新线开通": the text before the first "_" or
// "|", else before the last "-" or "—" when a short name without digits follows it.
std::string WithoutSiteName(const std::string& title) {
  for (std::string_view separator : {"_", "|"}) {
    const std::size_t at = title.find(separator);
    if (at != std::string::npos && HasWords(title.substr(0, at))) {
      return std::string(TrimLine(title.substr(0, at)));
    }
  }
  for (std::string_view separator : {"-", "—", "－"}) {
    const std::size_t at = title.rfind(separator);
    if (at == std::string::npos || !HasWords(title.substr(0, at))) continue;
    const std::string_view site = std::string_view(title).substr(at + separator.size());
    if (site.size() <= 36 && site.find_first_of("0123456789") == std::string_view::npos) {
      return std::string(TrimLine(title.substr(0, at)));
    }
  }
  return title;
}

}  // namespace

PageMetadata ReadPageMetadata(HtmlNode root) {
  PageMetadata page;
  std::string h1, title_class;
  int furniture_depth = 0;  // inside elements NeverRead: the pager's 下一页 link still counts
  Walk(
      root,
      [&](HtmlNode node) {
        if (!node.IsElement()) return false;
        ReadElement(node, page);
        const std::string_view tag = node.tag();
        const bool furniture = tag != "head" && NeverRead(node, false);
        furniture_depth += furniture;
        if (furniture_depth == 0 && tag == "h1" && h1.empty()) h1 = TextBelow(node);
        if (furniture_depth == 0 && title_class.empty() && HasClassWord(node, "title") &&
            BreaksParagraph(tag)) {
          title_class = TextBelow(node);
        }
        if (tag == "script" || tag == "style") {
          furniture_depth -= furniture;
          return false;
        }
        return true;
      },
      [&](HtmlNode node) { furniture_depth -= node.tag() != "head" && NeverRead(node, false); });
  page.heading = HasWords(h1) ? h1 : title_class;
  return page;
}

void FillMetadata(const PageMetadata& page, const std::string& main_datetime, Article& article) {
  for (const std::string& title :
       {page.heading, MetaValue(page, {"og:title"}), WithoutSiteName(page.title)}) {
    if (article.title.empty() && HasWords(title)) article.title = title;
  }
  for (const std::string& candidate :
       {main_datetime, MetaValue(page, {"article:published_time"}), MetaValue(page, {"date"}),
        MetaValue(page, {"pubdate"}), page.pubdate,
        MetaValue(page, {"datepublished", "publishdate", "dc.date"}), page.byline_date}) {
    if (std::optional<PublishedTime> when = ParsePublishedTime(candidate)) {
      article.date = when->date;
      article.time = when->time;
      break;
    }
  }
  for (const std::string& publisher :
       {MetaValue(page, {"author", "article:author"}), article.publisher, page.byline_author,
        MetaValue(page, {"og:site_name"})}) {
    if (HasWords(publisher)) {
      article.publisher = publisher;
      break;
    }
  }
  for (const std::string& url : {page.canonical_url, MetaValue(page, {"og:url"})}) {
    if (IsWebUrl(url)) {
      article.source_url = url;
      break;
    }
  }
}

}  // namespace briefcast
