#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// Small helpers over gumbo's HTML parse tree, for the HTML reader.

// Owns gumbo's parse tree of `html`. Throws Error when the parser runs out of memory.
class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const { return output_->root; }

 private:
  GumboOptions options_;
  GumboOutput* output_;
};

bool IsElement(const GumboNode* node);
// The element's tag; GUMBO_TAG_UNKNOWN for anything that is not an element.
GumboTag TagOf(const GumboNode* node);
// ASCII lower case.
std::string Lower(std::string_view text);
// The attribute's value; none for a missing attribute or a node that is not an element.
std::optional<std::string_view> Attribute(const GumboNode* node, const char* name);
// The attribute's value in lower case; empty when missing.
std::string LowerAttribute(const GumboNode* node, const char* name);
// The children of an element or the document; null for other nodes.
const GumboVector* Children(const GumboNode* node);
// Text, whitespace or CDATA.
bool IsText(const GumboNode* node);

// Visits the subtree of `root` in document order without recursion. `enter(node)` returns
// whether to visit the node's children; `leave(node)` follows the children of such a node.
template <typename Enter, typename Leave>
void Walk(const GumboNode* root, Enter&& enter, Leave&& leave) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
  };
  if (!enter(root)) return;
  std::vector<Frame> stack = {{root, 0}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* children = Children(top.node);
    if (children == nullptr || top.next_child >= children->length) {
      leave(top.node);
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
    if (enter(child)) stack.push_back({child, 0});
  }
}

}  // namespace briefcast
