#include "synth/read/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <unordered_map>

#include "audio/error.h"
#include "synth/read/gumbo_tree.h"
#include "synth/read/html_nesting.h"
#include "synth/read/published_time.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

bool IsMainElement(const GumboNode* node) {
  return TagOf(node) == GUMBO_TAG_ARTICLE || TagOf(node) == GUMBO_TAG_MAIN ||
         LowerAttribute(node, "role") == "main";
}

bool OneOf(GumboTag tag, std::initializer_list<GumboTag> tags) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

// Elements that hold no article text: navigation, page furniture, code, media, hidden parts.
bool NeverRead(const GumboNode* node, bool inside_main) {
  if (node->type == GUMBO_NODE_TEMPLATE || node->type == GUMBO_NODE_COMMENT) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;  // svg, math
  const GumboTag tag = node->v.element.tag;
  if (OneOf(tag, {GUMBO_TAG_NAV,      GUMBO_TAG_FOOTER,   GUMBO_TAG_ASIDE,  GUMBO_TAG_SCRIPT,
                  GUMBO_TAG_STYLE,    GUMBO_TAG_NOSCRIPT, GUMBO_TAG_FIGURE, GUMBO_TAG_FIGCAPTION,
                  GUMBO_TAG_FORM,     GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA,
                  GUMBO_TAG_TEMPLATE, GUMBO_TAG_IFRAME,   GUMBO_TAG_SVG,    GUMBO_TAG_MATH,
                  GUMBO_TAG_HEAD,     GUMBO_TAG_OBJECT,   GUMBO_TAG_VIDEO,  GUMBO_TAG_AUDIO,
                  GUMBO_TAG_CANVAS}) ||
      (tag == GUMBO_TAG_HEADER && !inside_main)) {
    return true;
  }
  if (Attribute(node, "hidden") || LowerAttribute(node, "aria-hidden") == "true") return true;
  std::string style = LowerAttribute(node, "style");
  std::erase(style, ' ');
  if (style.find("display:none") != std::string::npos ||
      style.find("visibility:hidden") != std::string::npos) {
    return true;
  }
  const std::string role = LowerAttribute(node, "role");
  return role == "navigation" || role == "complementary" || role == "contentinfo" ||
         role == "search" || (role == "banner" && !inside_main);
}

// Elements whose own text is article text: each is one paragraph.
bool IsTextElement(GumboTag tag) {
  return OneOf(tag, {GUMBO_TAG_P, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4,
                     GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_LI, GUMBO_TAG_BLOCKQUOTE});
}

// Elements that start and end a paragraph: everything but inline markup.
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

// Reads the text under one element as paragraphs. Strict: only the text of IsTextElement
// elements; loose: all text, split where blocks begin and end.
class TextCollector {
 public:
  TextCollector(bool strict, bool h1_is_title, bool inside_main)
      : strict_(strict), h1_is_title_(h1_is_title), main_depth_(inside_main ? 1 : 0) {}

  void Read(const GumboNode* root) {
    Walk(
        root, [this](const GumboNode* node) { return Enter(node); },
        [this](const GumboNode* node) { Leave(node); });
    Flush();
  }

  std::vector<std::string> paragraphs;
  std::string title;     // the first h1's text, when h1_is_title
  std::string datetime;  // the first <time datetime>

 private:
  bool Enter(const GumboNode* node) {
    if (IsText(node)) {
      if (!strict_ || text_depth_ > 0) current_ += node->v.text.text;
      return false;
    }
    if (!IsElement(node) || NeverRead(node, main_depth_ > 0)) return false;
    const GumboTag tag = TagOf(node);
    if (tag == GUMBO_TAG_TIME && datetime.empty()) {
      datetime = Attribute(node, "datetime").value_or("");
    }
    if (IsMainElement(node)) ++main_depth_;
    if (BreaksParagraph(tag)) Flush();
    if (tag == GUMBO_TAG_H1 && h1_is_title_ && title_node_ == nullptr) title_node_ = node;
    if (IsTextElement(tag)) ++text_depth_;
    return true;
  }

  void Leave(const GumboNode* node) {
    if (!IsElement(node)) return;
    const GumboTag tag = TagOf(node);
    if (node == title_node_) {
      title = CleanReadText(current_);
      current_.clear();
    }
    if (IsTextElement(tag)) --text_depth_;
    if (BreaksParagraph(tag)) Flush();
    if (IsMainElement(node)) --main_depth_;
  }

  void Flush() {
    std::string text = CleanReadText(current_);
    current_.clear();
    if (HasWords(text)) paragraphs.push_back(std::move(text));
  }

  const bool strict_;
  const bool h1_is_title_;
  int main_depth_;
  int text_depth_ = 0;
  const GumboNode* title_node_ = nullptr;
  std::string current_;
};

// Where the main text may be, best first.
struct MainCandidates {
  const GumboNode* article = nullptr;     // the outermost <article> with the most text
  const GumboNode* main = nullptr;        // the first <main> or role="main"
  const GumboNode* paragraphs = nullptr;  // the element with the most text in child <p>s
};

MainCandidates FindMainCandidates(const GumboNode* body) {
  std::unordered_map<const GumboNode*, std::size_t> article_text, paragraph_text;
  const GumboNode* outer_article = nullptr;
  const GumboNode* paragraph = nullptr;
  MainCandidates found;
  int main_depth = 0;
  Walk(
      body,
      [&](const GumboNode* node) {
        if (IsText(node)) {
          const std::size_t length = std::string_view(node->v.text.text).size();
          if (outer_article != nullptr) article_text[outer_article] += length;
          if (paragraph != nullptr && paragraph->parent != nullptr) {
            paragraph_text[paragraph->parent] += length;
          }
          return false;
        }
        if (!IsElement(node) || NeverRead(node, main_depth > 0)) return false;
        if (TagOf(node) == GUMBO_TAG_ARTICLE && outer_article == nullptr) outer_article = node;
        if (TagOf(node) == GUMBO_TAG_P && paragraph == nullptr) paragraph = node;
        if (IsMainElement(node) && TagOf(node) != GUMBO_TAG_ARTICLE && found.main == nullptr) {
          found.main = node;
        }
        if (IsMainElement(node)) ++main_depth;
        return true;
      },
      [&](const GumboNode* node) {
        if (node == outer_article) outer_article = nullptr;
        if (node == paragraph) paragraph = nullptr;
        if (IsMainElement(node)) --main_depth;
      });
  const auto most = [](const auto& text) {
    const auto best = std::max_element(
        text.begin(), text.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == text.end() ? nullptr : best->first;
  };
  found.article = most(article_text);
  found.paragraphs = most(paragraph_text);
  return found;
}

// What the page says about itself outside its text: <meta>, <link rel=canonical>, <title>.
struct PageMetadata {
  std::map<std::string, std::string> meta;  // lower-case name/property/itemprop -> content
  std::string canonical_url;
  std::string title;
  std::string pubdate;  // <time pubdate datetime=...>
};

PageMetadata ReadPageMetadata(const GumboNode* root) {
  PageMetadata page;
  Walk(
      root,
      [&](const GumboNode* node) {
        if (!IsElement(node)) return false;
        const GumboTag tag = TagOf(node);
        if (tag == GUMBO_TAG_META) {
          for (const char* key : {"name", "property", "itemprop"}) {
            std::string name = LowerAttribute(node, key);
            if (!name.empty()) page.meta.emplace(name, Attribute(node, "content").value_or(""));
          }
        } else if (tag == GUMBO_TAG_LINK && LowerAttribute(node, "rel") == "canonical") {
          if (page.canonical_url.empty()) page.canonical_url = Attribute(node, "href").value_or("");
        } else if (tag == GUMBO_TAG_TITLE && page.title.empty() &&
                   node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
          for (unsigned i = 0; i < node->v.element.children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(node->v.element.children.data[i]);
            if (IsText(child)) page.title += child->v.text.text;
          }
          page.title = CleanReadText(page.title);
        } else if (tag == GUMBO_TAG_TIME && Attribute(node, "pubdate") && page.pubdate.empty()) {
          page.pubdate = Attribute(node, "datetime").value_or("");
        }
        return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE;
      },
      [](const GumboNode*) {});
  return page;
}

std::string MetaValue(const PageMetadata& page, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = page.meta.find(name);
    if (it != page.meta.end() && HasWords(it->second)) return CleanReadText(it->second);
  }
  return "";
}

void FillMetadata(const PageMetadata& page, const std::string& main_datetime, Article& article) {
  if (article.title.empty()) article.title = MetaValue(page, {"og:title"});
  if (article.title.empty()) article.title = page.title;
  for (const std::string& candidate :
       {main_datetime, MetaValue(page, {"article:published_time"}), MetaValue(page, {"date"}),
        MetaValue(page, {"pubdate"}), page.pubdate,
        MetaValue(page, {"datepublished", "publishdate", "dc.date"})}) {
    if (std::optional<PublishedTime> when = ParsePublishedTime(candidate)) {
      article.date = when->date;
      article.time = when->time;
      break;
    }
  }
  article.publisher = MetaValue(page, {"author", "article:author", "og:site_name"});
  for (const std::string& url : {page.canonical_url, MetaValue(page, {"og:url"})}) {
    if (IsWebUrl(url)) {
      article.source_url = url;
      break;
    }
  }
}

const GumboNode* FindBody(const GumboNode* root) {
  const GumboVector* children = Children(root);
  for (unsigned i = 0; children != nullptr && i < children->length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children->data[i]);
    if (TagOf(child) == GUMBO_TAG_BODY) return child;
  }
  return root;
}

bool InsideMain(const GumboNode* node) {
  for (; node != nullptr; node = node->parent) {
    if (IsElement(node) && IsMainElement(node)) return true;
  }
  return false;
}

// The main text of a page: strict reading of the best candidate that has text, else loose.
TextCollector ReadMainText(const GumboNode* body, bool h1_is_title) {
  const MainCandidates found = FindMainCandidates(body);
  for (const GumboNode* candidate : {found.article, found.main, found.paragraphs}) {
    if (candidate == nullptr) continue;
    TextCollector strict(true, h1_is_title, InsideMain(candidate->parent));
    strict.Read(candidate);
    if (!strict.paragraphs.empty()) return strict;
  }
  const GumboNode* loose_root = found.article ? found.article : found.main ? found.main : body;
  TextCollector loose(false, h1_is_title, InsideMain(loose_root->parent));
  loose.Read(loose_root);
  return loose;
}

// The charset a page declares ("gbk"), for the message about input that is not UTF-8.
std::string DeclaredCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, 4096));
  std::size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'')) ++at;
  std::size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_')) {
    ++end;
  }
  return head.substr(at, end - at);
}

void CheckInput(std::string_view html, std::string_view source) {
  const std::string name(source);
  if (html.size() > kMaxHtmlBytes) {
    throw Error(name + ": " + std::to_string(html.size() >> 20) +
                " MiB is too large for a news page (at most " +
                std::to_string(kMaxHtmlBytes >> 20) + " MiB); save the article's page itself");
  }
  if (const std::size_t bad = FirstInvalidUtf8(html); bad != std::string_view::npos) {
    const std::string charset = DeclaredCharset(html);
    throw Error(name + ": not UTF-8 (invalid byte at offset " + std::to_string(bad) + ")" +
                (charset.empty() ? "" : "; the page declares charset " + charset) +
                "; convert it first, e.g. iconv -f " + (charset.empty() ? "GBK" : charset) +
                " -t UTF-8");
  }
  CheckHtmlNesting(html, source);
}

}  // namespace

Article ReadHtmlArticle(std::string_view html, std::string_view source_name) {
  CheckInput(html, source_name);
  HtmlDocument document(html);
  TextCollector text = ReadMainText(FindBody(document.root()), true);
  Article article;
  article.title = std::move(text.title);
  article.paragraphs = std::move(text.paragraphs);
  FillMetadata(ReadPageMetadata(document.root()), text.datetime, article);
  if (article.title.empty() && !article.paragraphs.empty()) {
    article.title = article.paragraphs.front();
    article.paragraphs.erase(article.paragraphs.begin());
  }
  if (article.paragraphs.empty()) {
    throw Error(std::string(source_name) +
                ": no article text found in the HTML page (no <p>, heading or list text outside "
                "navigation, scripts and footers); give the page of one article");
  }
  return article;
}

std::vector<std::string> ReadHtmlParagraphs(std::string_view html, std::string_view source_name) {
  CheckInput(html, source_name);
  HtmlDocument document(html);
  return ReadMainText(FindBody(document.root()), false).paragraphs;
}

}  // namespace briefcast
