#include "synth/read/html_nesting.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <vector>

#include "audio/error.h"

namespace briefcast {
namespace {

bool OneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements without content or whose end tag is optional: they never deepen the tree.
bool NeverNests(std::string_view name) {
  return OneOf(name,
               {"area",     "base",    "br",       "col",    "embed", "hr",    "img",    "input",
                "link",     "meta",    "param",    "source", "track", "wbr",   "keygen", "basefont",
                "bgsound",  "frame",   "p",        "li",     "dt",    "dd",    "tr",     "td",
                "th",       "option",  "optgroup", "rp",     "rt",    "tbody", "thead",  "tfoot",
                "colgroup", "caption", "html",     "head",   "body"});
}

// Formatting elements: the parser re-opens them after a block closes them (HTML "active
// formatting elements"), keeping at most three with the same tag and attributes.
bool IsFormatting(std::string_view name) {
  return OneOf(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                      "strong", "tt", "u"});
}

// Elements whose content is text up to their end tag.
bool HoldsRawText(std::string_view name) {
  return OneOf(name,
               {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

struct Tag {
  std::string name;  // lower case
  bool end = false;
  bool self_closing = false;
  std::size_t attributes_hash = 0;
};

// The end of the tag whose name starts at `pos` (the index of its '>'), skipping quoted
// attribute values; npos when the text ends first.
std::size_t TagEnd(std::string_view html, std::size_t pos) {
  char quote = 0;
  for (; pos < html.size(); ++pos) {
    const char c = html[pos];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return pos;
    }
  }
  return std::string_view::npos;
}

// Index past the end tag "</name ...>" from `pos`, case-insensitively; the text's size when
// there is none.
std::size_t SkipRawText(std::string_view html, std::size_t pos, std::string_view name) {
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    pos += 2;
    std::size_t i = 0;
    while (i < name.size() && pos + i < html.size() &&
           std::tolower(static_cast<unsigned char>(html[pos + i])) == name[i]) {
      ++i;
    }
    if (i == name.size()) return pos;
  }
  return html.size();
}

class NestingModel {
 public:
  explicit NestingModel(std::string_view source) : source_(source) {}

  void Add(const Tag& tag, std::size_t offset) {
    if (tag.end) {
      Close(tag);
    } else if (!tag.self_closing && !NeverNests(tag.name)) {
      open_.push_back(tag.name);
      if (IsFormatting(tag.name)) OpenFormatting(tag);
    }
    if (open_.size() + formatting_.size() > static_cast<std::size_t>(kMaxHtmlNesting)) {
      throw Error(std::string(source_) + ": HTML elements nest more than " +
                  std::to_string(kMaxHtmlNesting) + " deep (at byte offset " +
                  std::to_string(offset) +
                  "); this is not a readable news page: save the article's page itself");
    }
  }

 private:
  void Close(const Tag& tag) {
    if (IsFormatting(tag.name)) {
      for (auto it = formatting_.rbegin(); it != formatting_.rend(); ++it) {
        if (it->name == tag.name) {
          formatting_.erase(std::next(it).base());
          break;
        }
      }
    }
    auto it = std::find(open_.rbegin(), open_.rend(), tag.name);
    if (it != open_.rend()) open_.erase(std::next(it).base(), open_.end());
  }
  void OpenFormatting(const Tag& tag) {
    int same = 0;
    auto earliest = formatting_.end();
    for (auto it = formatting_.begin(); it != formatting_.end(); ++it) {
      if (it->name == tag.name && it->attributes_hash == tag.attributes_hash) {
        if (same++ == 0) earliest = it;
      }
    }
    if (same >= 3) formatting_.erase(earliest);
    formatting_.push_back(tag);
  }

  std::string_view source_;
  std::vector<std::string> open_;
  std::vector<Tag> formatting_;
};

}  // namespace

void CheckHtmlNesting(std::string_view html, std::string_view source_name) {
  NestingModel model(source_name);
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const std::size_t start = pos;
    if (html.substr(pos).starts_with("<!--")) {
      const std::size_t end = html.find("-->", pos + 4);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    Tag tag;
    tag.end = pos + 1 < html.size() && html[pos + 1] == '/';
    std::size_t name_end = pos + 1 + (tag.end ? 1 : 0);
    while (name_end < html.size() && tag.name.size() < 32 &&
           (std::isalnum(static_cast<unsigned char>(html[name_end])) || html[name_end] == '-')) {
      tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[name_end++])));
    }
    if (tag.name.empty() || !std::isalpha(static_cast<unsigned char>(tag.name[0]))) {
      ++pos;
      continue;
    }
    const std::size_t end = TagEnd(html, name_end);
    if (end == std::string_view::npos) return;
    const std::string_view attributes = html.substr(name_end, end - name_end);
    tag.self_closing = attributes.ends_with('/');
    tag.attributes_hash = std::hash<std::string_view>{}(attributes);
    pos = end + 1;
    if (tag.name == "plaintext" && !tag.end) return;
    if (!tag.end && HoldsRawText(tag.name)) pos = SkipRawText(html, pos, tag.name);
    model.Add(tag, start);
  }
}

}  // namespace briefcast
