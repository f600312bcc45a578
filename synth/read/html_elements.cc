#include "synth/read/html_elements.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

namespace briefcast {
namespace {

bool OneOf(std::string_view tag, std::initializer_list<std::string_view> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

// Class and id words that name page furniture, never the story.
constexpr std::array<std::string_view, 43> kFurnitureWords = {
    "nav",       "navbar",  "navigation", "menu",       "breadcrumb", "breadcrumbs", "crumb",
    "crumbs",    "sidebar", "side",       "aside",      "related",    "relate",      "recommend",
    "share",     "sharing", "social",     "comment",    "comments",   "footer",      "foot",
    "copyright", "toolbar", "pager",      "pagination", "paging",     "ad",          "ads",
    "advert",    "hot",     "rank",       "login",      "search",     "location",    "position",
    "qrcode",    "qr",      "print",      "caption",    "cmt",        "discuss",     "tags"};

// Calls `visit` with each word of the element's class and id: "side-bar_box" -> side, bar, box.
template <typename Visit>
bool AnyClassWord(HtmlNode node, Visit&& visit) {
  for (const char* attribute : {"class", "id"}) {
    const std::string value = LowerAttribute(node, attribute);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= value.size(); ++i) {
      if (i < value.size() && std::isalnum(static_cast<unsigned char>(value[i]))) continue;
      if (i > start && visit(std::string_view(value).substr(start, i - start))) return true;
      start = i + 1;
    }
  }
  return false;
}

bool IsHidden(HtmlNode node) {
  if (node.Attribute("hidden") || LowerAttribute(node, "aria-hidden") == "true") return true;
  std::string style = LowerAttribute(node, "style");
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool IsFurnitureTag(std::string_view tag, bool inside_main) {
  return OneOf(tag,
               {"nav",        "footer", "aside",  "script", "style",    "noscript", "figure",
                "figcaption", "form",   "button", "select", "textarea", "template", "iframe",
                "svg",        "math",   "head",   "object", "video",    "audio",    "canvas"}) ||
         (tag == "header" && !inside_main);
}

}  // namespace

bool IsMainElement(HtmlNode node) {
  return node.tag() == "article" || node.tag() == "main" || LowerAttribute(node, "role") == "main";
}

bool IsKnownContentElement(HtmlNode node) {
  const std::string id = LowerAttribute(node, "id");
  if (id == "js_content" || id == "zoom" || id == "ucap-content") return true;
  return AnyClassWord(node, [](std::string_view word) { return word == "trs"; }) ||
         LowerAttribute(node, "class").find("rich_media_content") != std::string::npos;
}

bool NeverRead(HtmlNode node, bool inside_main) {
  const HtmlNodeKind kind = node.kind();
  if (kind == HtmlNodeKind::kTemplate || kind == HtmlNodeKind::kComment) return true;
  if (kind != HtmlNodeKind::kElement) return false;
  if (!node.IsHtmlElement()) return true;  // svg, math
  const std::string_view tag = node.tag();
  if (IsFurnitureTag(tag, inside_main)) return true;
  if (tag == "body" || tag == "html") return false;
  const bool known_content = IsKnownContentElement(node);
  if (IsHidden(node) && !known_content) return true;
  const std::string role = LowerAttribute(node, "role");
  if (role == "navigation" || role == "complementary" || role == "contentinfo" ||
      role == "search" || (role == "banner" && !inside_main)) {
    return true;
  }
  if (known_content || IsMainElement(node)) return false;
  return AnyClassWord(node, [](std::string_view word) {
    return std::find(kFurnitureWords.begin(), kFurnitureWords.end(), word) != kFurnitureWords.end();
  });
}

bool IsTextElement(std::string_view tag) {
  return OneOf(tag, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"});
}

bool BreaksParagraph(std::string_view tag) {
  return !tag.empty() &&
         !OneOf(tag,
                {"a",      "abbr", "b",    "bdi",  "bdo", "big", "cite", "code",  "data", "del",
                 "dfn",    "em",   "font", "i",    "img", "ins", "kbd",  "label", "mark", "nobr",
                 "q",      "ruby", "rb",   "rt",   "rp",  "s",   "samp", "small", "span", "strike",
                 "strong", "sub",  "sup",  "time", "tt",  "u",   "var",  "wbr"});
}

bool HasClassWord(HtmlNode node, const char* word) {
  return AnyClassWord(node, [word](std::string_view w) { return w == word; });
}

}  // namespace briefcast
