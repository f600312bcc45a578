#include "synth/read/html_main_text.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "synth/read/html_elements.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

// Bytes of text below an element, and how much of it is inside links.
struct TextAmount {
  std::size_t text = 0;
  std::size_t link_text = 0;
};
using TextAmounts = std::unordered_map<HtmlNode, TextAmount>;

bool MostlyLinks(const TextAmounts& amounts, HtmlNode node) {
  const auto it = amounts.find(node);
  return it != amounts.end() && it->second.text > 0 &&
         it->second.link_text * 10 >= it->second.text * 7;
}

bool InsideMain(HtmlNode node) {
  for (; node; node = node.parent()) {
    if (node.IsElement() && IsMainElement(node)) return true;
  }
  return false;
}

// Where the story may be, best first, and the text amounts of every readable element.
struct Candidates {
  HtmlNode known;      // the first IsKnownContentElement
  HtmlNode article;    // the outermost <article> with the most text
  HtmlNode main;       // the first <main> or role="main"
  HtmlNode container;  // the element whose child blocks hold the most text
  TextAmounts amounts;
};

// The element whose child blocks hold the most text outside links; a single child block with
// most of that text is the container itself (text in one <div> split by <br>).
HtmlNode BestContainer(const std::unordered_map<HtmlNode, std::size_t>& own) {
  std::unordered_map<HtmlNode, std::size_t> in_children;
  for (const auto& [block, length] : own) in_children[block.parent()] += length;
  HtmlNode best;
  for (const auto& [node, length] : in_children) {
    if (!best || length > in_children[best]) best = node;
  }
  if (!best) return {};
  for (const auto& [block, length] : own) {
    if (block.parent() == best && length * 10 >= in_children[best] * 8) return block;
  }
  return best;
}

Candidates FindCandidates(HtmlNode body) {
  Candidates found;
  std::unordered_map<HtmlNode, std::size_t> article_text, own_text;
  std::vector<HtmlNode> blocks = {body};
  HtmlNode outer_article;
  int main_depth = 0, link_depth = 0;
  Walk(
      body,
      [&](HtmlNode node) {
        if (node.IsText()) {
          if (node.kind() == HtmlNodeKind::kWhitespace) return false;
          const std::size_t length = node.text().size();
          found.amounts[node.parent()].text += length;
          if (link_depth > 0) found.amounts[node.parent()].link_text += length;
          if (outer_article) article_text[outer_article] += length;
          if (link_depth == 0) own_text[blocks.back()] += length;
          return false;
        }
        if (!node.IsElement() || NeverRead(node, main_depth > 0)) return false;
        const std::string_view tag = node.tag();
        if (IsKnownContentElement(node) && !found.known) found.known = node;
        if (tag == "article" && !outer_article) outer_article = node;
        if (IsMainElement(node) && tag != "article" && !found.main) {
          found.main = node;
        }
        main_depth += IsMainElement(node);
        link_depth += tag == "a";
        if (node != body && BreaksParagraph(tag)) blocks.push_back(node);
        return true;
      },
      [&](HtmlNode node) {
        if (node == outer_article) outer_article = {};
        main_depth -= IsMainElement(node);
        link_depth -= node.tag() == "a";
        if (blocks.back() == node) blocks.pop_back();
        if (node != body && node.parent()) {
          const TextAmount amount = found.amounts[node];
          found.amounts[node.parent()].text += amount.text;
          found.amounts[node.parent()].link_text += amount.link_text;
        }
      });
  const auto best =
      std::max_element(article_text.begin(), article_text.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  if (best != article_text.end()) found.article = best->first;
  found.container = BestContainer(own_text);
  return found;
}

// Reads the text under one element as paragraphs. Strict: only the text of IsTextElement
// elements; loose: all text, split where blocks begin and end.
class TextCollector {
 public:
  TextCollector(const TextAmounts& amounts, bool strict, bool h1_is_title, bool inside_main)
      : amounts_(amounts),
        strict_(strict),
        h1_is_title_(h1_is_title),
        main_depth_(inside_main ? 1 : 0) {}

  MainText Read(HtmlNode root) {
    Walk(
        root, [this](HtmlNode node) { return Enter(node); },
        [this](HtmlNode node) { Leave(node); });
    Flush();
    return std::move(text_);
  }

 private:
  bool Enter(HtmlNode node) {
    if (node.IsText()) {
      if (!strict_ || text_depth_ > 0) current_ += node.text();
      return false;
    }
    if (!node.IsElement() || NeverRead(node, main_depth_ > 0)) return false;
    const std::string_view tag = node.tag();
    if (BreaksParagraph(tag) && MostlyLinks(amounts_, node) && !IsKnownContentElement(node)) {
      return false;
    }
    if (tag == "time" && text_.datetime.empty()) {
      text_.datetime = node.Attribute("datetime").value_or("");
    }
    main_depth_ += IsMainElement(node);
    if (BreaksParagraph(tag)) Flush();
    if (tag == "h1" && h1_is_title_ && !title_node_) title_node_ = node;
    text_depth_ += IsTextElement(tag);
    return true;
  }

  void Leave(HtmlNode node) {
    if (!node.IsElement()) return;
    const std::string_view tag = node.tag();
    if (node == title_node_) {
      text_.title = CleanReadTitle(current_);
      current_.clear();
    }
    text_depth_ -= IsTextElement(tag);
    if (BreaksParagraph(tag)) Flush(IsSubheading(tag));
    main_depth_ -= IsMainElement(node);
  }

  // Ends the paragraph being read; `subheading` when it is a heading element's text.
  void Flush(bool subheading = false) {
    std::string text = CleanReadText(current_);
    current_.clear();
    if (!HasWords(text)) return;
    if (subheading) text_.subheadings.push_back(text_.paragraphs.size());
    text_.paragraphs.push_back(std::move(text));
  }

  static bool IsSubheading(std::string_view tag) {
    return tag == "h2" || tag == "h3" || tag == "h4" || tag == "h5" || tag == "h6";
  }

  const TextAmounts& amounts_;
  const bool strict_;
  const bool h1_is_title_;
  int main_depth_;
  int text_depth_ = 0;
  HtmlNode title_node_;
  std::string current_;
  MainText text_;
};

std::size_t TotalLength(const MainText& text) {
  std::size_t length = text.title.size();
  for (const std::string& paragraph : text.paragraphs) length += paragraph.size();
  return length;
}

MainText ReadCandidate(const Candidates& found, HtmlNode root, bool h1_is_title) {
  const bool inside_main = InsideMain(root.parent());
  MainText strict = TextCollector(found.amounts, true, h1_is_title, inside_main).Read(root);
  MainText loose = TextCollector(found.amounts, false, h1_is_title, inside_main).Read(root);
  return TotalLength(strict) * 2 >= TotalLength(loose) ? strict : loose;
}

}  // namespace

MainText ReadMainText(HtmlNode body, bool h1_is_title) {
  const Candidates found = FindCandidates(body);
  for (HtmlNode candidate : {found.known, found.article, found.main, found.container}) {
    if (!candidate) continue;
    MainText text = ReadCandidate(found, candidate, h1_is_title);
    if (!text.paragraphs.empty()) return text;
  }
  return ReadCandidate(found, body, h1_is_title);
}

std::vector<std::string> ReadPageBlocks(HtmlNode body) {
  const TextAmounts none;
  return TextCollector(none, false, false, false).Read(body).paragraphs;
}

}  // namespace briefcast
