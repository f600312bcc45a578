#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace briefcast {

// An HTML parse tree for the HTML reader: gumbo's (an HTML5 parser), seen through our own
// types so that only html_tree.cc includes gumbo.

enum class HtmlNodeKind { kDocument, kElement, kTemplate, kText, kWhitespace, kCdata, kComment };

// A node of an HtmlDocument's tree, or none (the parent of the document). A handle: cheap to
// copy, compared and hashed by identity, valid while its document lives.
class HtmlNode {
 public:
  HtmlNode() = default;

  explicit operator bool() const { return node_ != nullptr; }
  bool operator==(const HtmlNode& other) const = default;

  // REQUIRES: a node, for all that follows.
  HtmlNodeKind kind() const;
  // An element or a template.
  bool IsElement() const;
  // Text, whitespace or CDATA.
  bool IsText() const;
  // An element of the HTML namespace (not an svg or math one).
  bool IsHtmlElement() const;
  // The element's tag name in lower case ("p", "h1"); empty for an element gumbo does not
  // know (a custom one) and for anything that is not an element.
  std::string_view tag() const;
  // The text of a text, whitespace or CDATA node; empty for others.
  std::string_view text() const;
  // The attribute's value; none for a missing attribute or a node that is not an element.
  std::optional<std::string_view> Attribute(const char* name) const;
  // None for the document.
  HtmlNode parent() const;
  // The children of an element or the document; none for other nodes.
  std::size_t child_count() const;
  HtmlNode child(std::size_t index) const;

 private:
  friend class HtmlDocument;
  friend struct std::hash<HtmlNode>;
  explicit HtmlNode(const void* node) : node_(node) {}

  const void* node_ = nullptr;  // a GumboNode
};

// Owns the parse tree of `html`. Throws Error when the parser runs out of memory.
class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  HtmlNode root() const;

 private:
  struct Parse;
  std::unique_ptr<Parse> parse_;
};

// ASCII lower case.
std::string Lower(std::string_view text);
// The attribute's value in lower case; empty when missing.
std::string LowerAttribute(HtmlNode node, const char* name);

// Visits the subtree of `root` in document order without recursion. `enter(node)` returns
// whether to visit the node's children; `leave(node)` follows the children of such a node.
template <typename Enter, typename Leave>
void Walk(HtmlNode root, Enter&& enter, Leave&& leave) {
  struct Frame {
    HtmlNode node;
    std::size_t next_child;
  };
  if (!enter(root)) return;
  std::vector<Frame> stack = {{root, 0}};
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child >= top.node.child_count()) {
      leave(top.node);
      stack.pop_back();
      continue;
    }
    const HtmlNode child = top.node.child(top.next_child++);
    if (enter(child)) stack.push_back({child, 0});
  }
}

}  // namespace briefcast

template <>
struct std::hash<briefcast::HtmlNode> {
  std::size_t operator()(const briefcast::HtmlNode& node) const {
    return std::hash<const void*>()(node.node_);
  }
};
