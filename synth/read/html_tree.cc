#include "synth/read/html_tree.h"

#include <gumbo.h>

#include <cctype>

#include "audio/error.h"

namespace briefcast {
namespace {

const GumboNode* Gumbo(const void* node) { return static_cast<const GumboNode*>(node); }

const GumboVector* Children(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

}  // namespace

struct HtmlDocument::Parse {
  GumboOptions options = kGumboDefaultOptions;
  GumboOutput* output = nullptr;
};

HtmlDocument::HtmlDocument(std::string_view html) : parse_(std::make_unique<Parse>()) {
  // Recording a parse error copies the stack of open elements: quadratic on bad markup.
  parse_->options.max_errors = 0;
  parse_->output = gumbo_parse_with_options(&parse_->options, html.data(), html.size());
  if (parse_->output == nullptr) throw Error("the HTML parser ran out of memory");
}

HtmlDocument::~HtmlDocument() { gumbo_destroy_output(&parse_->options, parse_->output); }

HtmlNode HtmlDocument::root() const { return HtmlNode(parse_->output->root); }

HtmlNodeKind HtmlNode::kind() const {
  // Indexed by gumbo's GumboNodeType, in its order.
  static constexpr HtmlNodeKind kKinds[] = {HtmlNodeKind::kDocument, HtmlNodeKind::kElement,
                                            HtmlNodeKind::kText,     HtmlNodeKind::kCdata,
                                            HtmlNodeKind::kComment,  HtmlNodeKind::kWhitespace,
                                            HtmlNodeKind::kTemplate};
  static_assert(GUMBO_NODE_DOCUMENT == 0 && GUMBO_NODE_ELEMENT == 1 && GUMBO_NODE_TEXT == 2 &&
                GUMBO_NODE_CDATA == 3 && GUMBO_NODE_COMMENT == 4 && GUMBO_NODE_WHITESPACE == 5 &&
                GUMBO_NODE_TEMPLATE == 6);
  return kKinds[Gumbo(node_)->type];
}

bool HtmlNode::IsElement() const {
  return kind() == HtmlNodeKind::kElement || kind() == HtmlNodeKind::kTemplate;
}

bool HtmlNode::IsText() const {
  return kind() == HtmlNodeKind::kText || kind() == HtmlNodeKind::kWhitespace ||
         kind() == HtmlNodeKind::kCdata;
}

bool HtmlNode::IsHtmlElement() const {
  return IsElement() && Gumbo(node_)->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

std::string_view HtmlNode::tag() const {
  if (!IsElement()) return "";
  return gumbo_normalized_tagname(Gumbo(node_)->v.element.tag);  // "" for GUMBO_TAG_UNKNOWN
}

std::string_view HtmlNode::text() const { return IsText() ? Gumbo(node_)->v.text.text : ""; }

std::optional<std::string_view> HtmlNode::Attribute(const char* name) const {
  if (!IsElement()) return std::nullopt;
  const GumboAttribute* attribute = gumbo_get_attribute(&Gumbo(node_)->v.element.attributes, name);
  if (attribute == nullptr) return std::nullopt;
  return std::string_view(attribute->value);
}

HtmlNode HtmlNode::parent() const { return HtmlNode(Gumbo(node_)->parent); }

std::size_t HtmlNode::child_count() const {
  const GumboVector* children = Children(Gumbo(node_));
  return children == nullptr ? 0 : children->length;
}

HtmlNode HtmlNode::child(std::size_t index) const {
  return HtmlNode(Children(Gumbo(node_))->data[index]);
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::string LowerAttribute(HtmlNode node, const char* name) {
  return Lower(node.Attribute(name).value_or(""));
}

}  // namespace briefcast
