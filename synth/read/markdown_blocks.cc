#include "synth/read/markdown_blocks.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <memory>
#include <set>

#include "audio/error.h"

namespace briefcast {
namespace {

constexpr std::size_t kMaxLabelBytes = 999;  // CommonMark's limit for a link label

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
using Document = std::unique_ptr<cmark_node, NodeDeleter>;
using Iter = std::unique_ptr<cmark_iter, IterDeleter>;

// The label after `open` ("[" of "][label]" or "[^label]") up to its "]", or empty.
std::string_view LabelAt(std::string_view text, std::size_t open) {
  const std::size_t close = text.find(']', open);
  if (close == std::string_view::npos || close - open > kMaxLabelBytes) return {};
  const std::string_view label = text.substr(open + 1, close - open - 1);
  if (label.find_first_of("[\\\n") != std::string_view::npos) return {};
  if (label.find_first_not_of(" \t^") == std::string_view::npos) return {};
  return label;
}

// CommonMark reads "[text][label]" and "[^label]" as literal brackets when `label` is not
// defined. A listener should hear what a reader of the page sees (the link's text, no
// footnote marker), so each such label gets a definition after the text; a definition of
// the author's own is read the same way (destinations are never read).
std::string WithLabelsDefined(std::string_view markdown) {
  std::set<std::string_view> labels;
  for (std::size_t at = markdown.find('['); at != std::string_view::npos;
       at = markdown.find('[', at + 1)) {
    const bool reference = at > 0 && markdown[at - 1] == ']';
    const bool footnote = at + 1 < markdown.size() && markdown[at + 1] == '^';
    if (!reference && !footnote) continue;
    if (const std::string_view label = LabelAt(markdown, at); !label.empty()) {
      labels.insert(label);
    }
  }
  std::string text(markdown);
  text += "\n\n";
  for (std::string_view label : labels) text += "[" + std::string(label) + "]: #\n";
  return text;
}

Document Parse(std::string_view markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  // "~one~" is no strikethrough: a single tilde is a range ("3~5天").
  std::unique_ptr<cmark_parser, ParserDeleter> parser(
      cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE));
  if (!parser) throw Error("cmark-gfm: out of memory");
  for (const char* name : {"table", "strikethrough", "tasklist"}) {
    cmark_parser_attach_syntax_extension(parser.get(), cmark_find_syntax_extension(name));
  }
  const std::string text = WithLabelsDefined(markdown);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  Document document(cmark_parser_finish(parser.get()));
  if (!document) throw Error("cmark-gfm: out of memory");
  return document;
}

std::string_view TypeName(cmark_node* node) { return cmark_node_get_type_string(node); }

// A link whose text is its URL ("<https://a.cn>"): nothing to read.
bool IsAutolink(cmark_node* link) {
  cmark_node* child = cmark_node_first_child(link);
  if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT) {
    return false;
  }
  const std::string_view url = cmark_node_get_url(link);
  const std::string_view text = cmark_node_get_literal(child);
  return url == text || (url.starts_with("mailto:") && url.substr(7) == text);
}

// The text of the inline content below `block`.
std::string InlineText(cmark_node* block) {
  std::string text;
  Iter iter(cmark_iter_new(block));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER) continue;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
        text += cmark_node_get_literal(node);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        text += '\n';
        break;
      case CMARK_NODE_IMAGE:
        cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);  // the alt text is not read
        break;
      case CMARK_NODE_LINK:
        if (IsAutolink(node)) cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        break;
      default:  // code, inline HTML, footnote references: nothing; emphasis: its children
        break;
    }
  }
  return text;
}

// A table row's cells, joined so they read as a list: "| 指标 | 数值 |" -> "指标，数值".
std::string RowText(cmark_node* row) {
  std::string text;
  for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
    const std::string cell_text = InlineText(cell);
    if (!cell_text.empty()) text += (text.empty() ? "" : "，") + cell_text;
  }
  return text;
}

// Whether `node`'s subtree holds no text to read.
bool IsSkipped(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_FOOTNOTE_DEFINITION:
      return true;
    default:
      return false;
  }
}

// The block `node` is, if it is one that is read; its inline content is then done.
bool ReadBlock(cmark_node* node, std::vector<MarkdownBlock>& blocks) {
  MarkdownBlock block;
  block.line = cmark_node_get_start_line(node);
  const cmark_node_type type = cmark_node_get_type(node);
  if (type == CMARK_NODE_PARAGRAPH) {
    block.text = InlineText(node);
    block.paragraph = cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT;
  } else if (type == CMARK_NODE_HEADING) {
    block.text = InlineText(node);
    block.heading_level = cmark_node_get_heading_level(node);
  } else if (type == CMARK_NODE_HTML_BLOCK) {
    block.text = cmark_node_get_literal(node);
    block.html = true;
  } else if (TypeName(node) == "table_row" || TypeName(node) == "table_header") {
    block.text = RowText(node);
  } else {
    return false;
  }
  if (!block.text.empty()) blocks.push_back(std::move(block));
  return true;
}

}  // namespace

std::vector<MarkdownBlock> ReadMarkdownBlocks(std::string_view markdown) {
  const Document document = Parse(markdown);
  std::vector<MarkdownBlock> blocks;
  Iter iter(cmark_iter_new(document.get()));
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_ENTER && (IsSkipped(node) || ReadBlock(node, blocks))) {
      cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
    }
  }
  return blocks;
}

std::string MarkdownInlineText(std::string_view markdown) {
  std::string text;
  for (const MarkdownBlock& block : ReadMarkdownBlocks(markdown)) {
    if (!block.html) text += (text.empty() ? "" : " ") + block.text;
  }
  return text;
}

}  // namespace briefcast
