#include "synth/read/html_elements.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

#include "synth/read/gumbo_tree.h"

namespace briefcast {
namespace {

bool OneOf(GumboTag tag, std::initializer_list<GumboTag> tags) {
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
bool AnyClassWord(const GumboNode* node, Visit&& visit) {
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

bool IsHidden(const GumboNode* node) {
  if (Attribute(node, "hidden") || LowerAttribute(node, "aria-hidden") == "true") return true;
  std::string style = LowerAttribute(node, "style");
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool IsFurnitureTag(GumboTag tag, bool inside_main) {
  return OneOf(tag, {GUMBO_TAG_NAV,      GUMBO_TAG_FOOTER,   GUMBO_TAG_ASIDE,  GUMBO_TAG_SCRIPT,
                     GUMBO_TAG_STYLE,    GUMBO_TAG_NOSCRIPT, GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION,
                     GUMBO_TAG_FORM,     GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA,
                     GUMBO_TAG_TEMPLATE, GUMBO_TAG_IFRAME,   GUMBO_TAG_SVG,    GUMBO_TAG_MATH,
                     GUMBO_TAG_HEAD,     GUMBO_TAG_OBJECT,   GUMBO_TAG_VIDEO,  GUMBO_TAG_AUDIO,
                     GUMBO_TAG_CANVAS}) ||
         (tag == GUMBO_TAG_HEADER && !inside_main);
}

}  // namespace

bool IsMainElement(const GumboNode* node) {
  return TagOf(node) == GUMBO_TAG_ARTICLE || TagOf(node) == GUMBO_TAG_MAIN ||
         LowerAttribute(node, "role") == "main";
}

bool IsKnownContentElement(const GumboNode* node) {
  const std::string id = LowerAttribute(node, "id");
  if (id == "js_content" || id == "zoom" || id == "ucap-content") return true;
  return AnyClassWord(node, [](std::string_view word) { return word == "trs"; }) ||
         LowerAttribute(node, "class").find("rich_media_content") != std::string::npos;
}

bool NeverRead(const GumboNode* node, bool inside_main) {
  if (node->type == GUMBO_NODE_TEMPLATE || node->type == GUMBO_NODE_COMMENT) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;  // svg, math
  const GumboTag tag = node->v.element.tag;
  if (IsFurnitureTag(tag, inside_main)) return true;
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) return false;
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

bool IsTextElement(GumboTag tag) {
  return OneOf(tag, {GUMBO_TAG_P, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4,
                     GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_LI, GUMBO_TAG_BLOCKQUOTE});
}

bool BreaksParagraph(GumboTag tag) {
  return !OneOf(
      tag, {GUMBO_TAG_A,      GUMBO_TAG_ABBR, GUMBO_TAG_B,     GUMBO_TAG_BDI,    GUMBO_TAG_BDO,
            GUMBO_TAG_BIG,    GUMBO_TAG_CITE, GUMBO_TAG_CODE,  GUMBO_TAG_DATA,   GUMBO_TAG_DEL,
            GUMBO_TAG_DFN,    GUMBO_TAG_EM,   GUMBO_TAG_FONT,  GUMBO_TAG_I,      GUMBO_TAG_IMG,
            GUMBO_TAG_INS,    GUMBO_TAG_KBD,  GUMBO_TAG_LABEL, GUMBO_TAG_MARK,   GUMBO_TAG_NOBR,
            GUMBO_TAG_Q,      GUMBO_TAG_RUBY, GUMBO_TAG_RB,    GUMBO_TAG_RT,     GUMBO_TAG_RP,
            GUMBO_TAG_S,      GUMBO_TAG_SAMP, GUMBO_TAG_SMALL, GUMBO_TAG_SPAN,   GUMBO_TAG_STRIKE,
            GUMBO_TAG_STRONG, GUMBO_TAG_SUB,  GUMBO_TAG_SUP,   GUMBO_TAG_TIME,   GUMBO_TAG_TT,
            GUMBO_TAG_U,      GUMBO_TAG_VAR,  GUMBO_TAG_WBR,   GUMBO_TAG_UNKNOWN});
}

bool HasClassWord(const GumboNode* node, const char* word) {
  return AnyClassWord(node, [word](std::string_view w) { return w == word; });
}

}  // namespace briefcast
