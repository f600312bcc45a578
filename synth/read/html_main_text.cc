#include "synth/read/html_main_text.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "synth/read/gumbo_tree.h"
#include "synth/read/html_elements.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

// Bytes of text below an element, and how much of it is inside links.
struct TextAmount {
  std::size_t text = 0;
  std::size_t link_text = 0;
};
using TextAmounts = std::unordered_map<const GumboNode*, TextAmount>;

bool MostlyLinks(const TextAmounts& amounts, const GumboNode* node) {
  const auto it = amounts.find(node);
  return it != amounts.end() && it->second.text > 0 &&
         it->second.link_text * 10 >= it->second.text * 7;
}

bool InsideMain(const GumboNode* node) {
  for (; node != nullptr; node = node->parent) {
    if (IsElement(node) && IsMainElement(node)) return true;
  }
  return false;
}

// Where the story may be, best first, and the text amounts of every readable element.
struct Candidates {
  const GumboNode* known = nullptr;      // the first IsKnownContentElement
  const GumboNode* article = nullptr;    // the outermost <article> with the most text
  const GumboNode* main = nullptr;       // the first <main> or role="main"
  const GumboNode* container = nullptr;  // the element whose child blocks hold the most text
  TextAmounts amounts;
};

// The element whose child blocks hold the most text outside links; a single child block with
// most of that text is the container itself (text in one <div> split by <br>).
const GumboNode* BestContainer(const std::unordered_map<const GumboNode*, std::size_t>& own) {
  std::unordered_map<const GumboNode*, std::size_t> in_children;
  for (const auto& [block, length] : own) in_children[block->parent] += length;
  const GumboNode* best = nullptr;
  for (const auto& [node, length] : in_children) {
    if (best == nullptr || length > in_children[best]) best = node;
  }
  if (best == nullptr) return nullptr;
  for (const auto& [block, length] : own) {
    if (block->parent == best && length * 10 >= in_children[best] * 8) return block;
  }
  return best;
}

Candidates FindCandidates(const GumboNode* body) {
  Candidates found;
  std::unordered_map<const GumboNode*, std::size_t> article_text, own_text;
  std::vector<const GumboNode*> blocks = {body};
  const GumboNode* outer_article = nullptr;
  int main_depth = 0, link_depth = 0;
  Walk(
      body,
      [&](const GumboNode* node) {
        if (IsText(node)) {
          if (node->type == GUMBO_NODE_WHITESPACE) return false;
          const std::size_t length = std::string_view(node->v.text.text).size();
          found.amounts[node->parent].text += length;
          if (link_depth > 0) found.amounts[node->parent].link_text += length;
          if (outer_article != nullptr) article_text[outer_article] += length;
          if (link_depth == 0) own_text[blocks.back()] += length;
          return false;
        }
        if (!IsElement(node) || NeverRead(node, main_depth > 0)) return false;
        const GumboTag tag = TagOf(node);
        if (IsKnownContentElement(node) && found.known == nullptr) found.known = node;
        if (tag == GUMBO_TAG_ARTICLE && outer_article == nullptr) outer_article = node;
        if (IsMainElement(node) && tag != GUMBO_TAG_ARTICLE && found.main == nullptr) {
          found.main = node;
        }
        main_depth += IsMainElement(node);
        link_depth += tag == GUMBO_TAG_A;
        if (node != body && BreaksParagraph(tag)) blocks.push_back(node);
        return true;
      },
      [&](const GumboNode* node) {
        if (node == outer_article) outer_article = nullptr;
        main_depth -= IsMainElement(node);
        link_depth -= TagOf(node) == GUMBO_TAG_A;
        if (blocks.back() == node) blocks.pop_back();
        if (node != body && node->parent != nullptr) {
          const TextAmount amount = found.amounts[node];
          found.amounts[node->parent].text += amount.text;
          found.amounts[node->parent].link_text += amount.link_text;
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

  MainText Read(const GumboNode* root) {
    Walk(
        root, [this](const GumboNode* node) { return Enter(node); },
        [this](const GumboNode* node) { Leave(node); });
    Flush();
    return std::move(text_);
  }

 private:
  bool Enter(const GumboNode* node) {
    if (IsText(node)) {
      if (!strict_ || text_depth_ > 0) current_ += node->v.text.text;
      return false;
    }
    if (!IsElement(node) || NeverRead(node, main_depth_ > 0)) return false;
    const GumboTag tag = TagOf(node);
    if (BreaksParagraph(tag) && MostlyLinks(amounts_, node) && !IsKnownContentElement(node)) {
      return false;
    }
    if (tag == GUMBO_TAG_TIME && text_.datetime.empty()) {
      text_.datetime = Attribute(node, "datetime").value_or("");
    }
    main_depth_ += IsMainElement(node);
    if (BreaksParagraph(tag)) Flush();
    if (tag == GUMBO_TAG_H1 && h1_is_title_ && title_node_ == nullptr) title_node_ = node;
    text_depth_ += IsTextElement(tag);
    return true;
  }

  void Leave(const GumboNode* node) {
    if (!IsElement(node)) return;
    const GumboTag tag = TagOf(node);
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

  static bool IsSubheading(GumboTag tag) {
    return tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
           tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
  }

  const TextAmounts& amounts_;
  const bool strict_;
  const bool h1_is_title_;
  int main_depth_;
  int text_depth_ = 0;
  const GumboNode* title_node_ = nullptr;
  std::string current_;
  MainText text_;
};

std::size_t TotalLength(const MainText& text) {
  std::size_t length = text.title.size();
  for (const std::string& paragraph : text.paragraphs) length += paragraph.size();
  return length;
}

MainText ReadCandidate(const Candidates& found, const GumboNode* root, bool h1_is_title) {
  const bool inside_main = InsideMain(root->parent);
  MainText strict = TextCollector(found.amounts, true, h1_is_title, inside_main).Read(root);
  MainText loose = TextCollector(found.amounts, false, h1_is_title, inside_main).Read(root);
  return TotalLength(strict) * 2 >= TotalLength(loose) ? strict : loose;
}

}  // namespace

MainText ReadMainText(const GumboNode* body, bool h1_is_title) {
  const Candidates found = FindCandidates(body);
  for (const GumboNode* candidate : {found.known, found.article, found.main, found.container}) {
    if (candidate == nullptr) continue;
    MainText text = ReadCandidate(found, candidate, h1_is_title);
    if (!text.paragraphs.empty()) return text;
  }
  return ReadCandidate(found, body, h1_is_title);
}

std::vector<std::string> ReadPageBlocks(const GumboNode* body) {
  const TextAmounts none;
  return TextCollector(none, false, false, false).Read(body).paragraphs;
}

}  // namespace briefcast
