#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace briefcast {

// An XML element as a plain value, for code that reads a document back (check, the site's
// settings adopted from an older feed) without holding a parser's handles.
struct XmlNode {
  std::string name;  // qualified, as written: "itunes:image"
  std::string text;  // the element's own text, "" when it has none
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<XmlNode> children;

  // The first child named `child`; nullptr when there is none.
  const XmlNode* Child(const std::string& child) const;
  // Every child named `child`, in document order.
  std::vector<const XmlNode*> Children(const std::string& child) const;
  // The text of the first child named `child`; "" when there is none.
  std::string ChildText(const std::string& child) const;
  bool HasAttribute(const std::string& attribute) const;
  // The attribute's value; "" when it is absent.
  std::string Attribute(const std::string& attribute) const;
};

// The outcome of parsing: the root element, or where and why the text is not XML.
struct XmlParse {
  std::optional<XmlNode> root;
  int error_line = 0;
  std::string error;  // the parser's name for the error, "" when root is set
};

// Parses `xml` (entities are never expanded beyond XML's five). Never throws for bad XML.
XmlParse ParseXmlTree(const std::string& xml);

}  // namespace briefcast
