#include "feeds/formats/xml_tree.h"

#include <tinyxml2.h>

namespace briefcast {
namespace {

XmlNode Copy(const tinyxml2::XMLElement& element) {
  XmlNode node;
  node.name = element.Name();
  if (const char* text = element.GetText()) node.text = text;
  for (const tinyxml2::XMLAttribute* a = element.FirstAttribute(); a; a = a->Next()) {
    node.attributes.emplace_back(a->Name(), a->Value());
  }
  for (const tinyxml2::XMLElement* child = element.FirstChildElement(); child;
       child = child->NextSiblingElement()) {
    node.children.push_back(Copy(*child));
  }
  return node;
}

}  // namespace

const XmlNode* XmlNode::Child(const std::string& child) const {
  for (const XmlNode& node : children) {
    if (node.name == child) return &node;
  }
  return nullptr;
}

std::vector<const XmlNode*> XmlNode::Children(const std::string& child) const {
  std::vector<const XmlNode*> found;
  for (const XmlNode& node : children) {
    if (node.name == child) found.push_back(&node);
  }
  return found;
}

std::string XmlNode::ChildText(const std::string& child) const {
  const XmlNode* node = Child(child);
  return node ? node->text : "";
}

bool XmlNode::HasAttribute(const std::string& attribute) const {
  for (const auto& [name, value] : attributes) {
    if (name == attribute) return true;
  }
  return false;
}

std::string XmlNode::Attribute(const std::string& attribute) const {
  for (const auto& [name, value] : attributes) {
    if (name == attribute) return value;
  }
  return "";
}

XmlParse ParseXmlTree(const std::string& xml) {
  tinyxml2::XMLDocument doc;
  XmlParse parse;
  if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
    parse.error_line = doc.ErrorLineNum();
    parse.error = doc.ErrorName();
    return parse;
  }
  if (doc.RootElement() == nullptr) {
    parse.error = "no root element";
    return parse;
  }
  parse.root = Copy(*doc.RootElement());
  return parse;
}

}  // namespace briefcast
