#include "synth/read/gumbo_tree.h"

#include <cctype>

#include "audio/error.h"

namespace briefcast {

HtmlDocument::HtmlDocument(std::string_view html) : options_(kGumboDefaultOptions) {
  // Recording a parse error copies the stack of open elements: quadratic on bad markup.
  options_.max_errors = 0;
  output_ = gumbo_parse_with_options(&options_, html.data(), html.size());
  if (output_ == nullptr) throw Error("the HTML parser ran out of memory");
}

HtmlDocument::~HtmlDocument() { gumbo_destroy_output(&options_, output_); }

bool IsElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

GumboTag TagOf(const GumboNode* node) {
  return IsElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::optional<std::string_view> Attribute(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return std::nullopt;
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  if (attribute == nullptr) return std::nullopt;
  return std::string_view(attribute->value);
}

std::string LowerAttribute(const GumboNode* node, const char* name) {
  return Lower(Attribute(node, name).value_or(""));
}

const GumboVector* Children(const GumboNode* node) {
  if (IsElement(node)) return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

}  // namespace briefcast
