#include "synth/read/html_reader.h"

#include <cctype>
#include <utility>

#include "audio/error.h"
#include "synth/read/html_main_text.h"
#include "synth/read/html_nesting.h"
#include "synth/read/html_page_metadata.h"
#include "synth/read/html_tree.h"
#include "synth/read/page_byline.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

// The charset a page declares ("gbk"), for the message about input that is not UTF-8.
std::string DeclaredCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, 4096));
  std::size_t at = head.find("charset=");
  if (at == std::string::npos) return "";
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'')) ++at;
  std::size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_')) {
    ++end;
  }
  return head.substr(at, end - at);
}

void CheckInput(std::string_view html, std::string_view source) {
  const std::string name(source);
  if (html.size() > kMaxHtmlBytes) {
    throw Error(name + ": " + std::to_string(html.size() >> 20) +
                " MiB is too large for a news page (at most " +
                std::to_string(kMaxHtmlBytes >> 20) + " MiB); save the article's page itself");
  }
  if (const std::size_t bad = FirstInvalidUtf8(html); bad != std::string_view::npos) {
    const std::string charset = DeclaredCharset(html);
    throw Error(name + ": not UTF-8 (invalid byte at offset " + std::to_string(bad) + ")" +
                (charset.empty() ? "" : "; the page declares charset " + charset) +
                "; convert it first, e.g. iconv -f " + (charset.empty() ? "GBK" : charset) +
                " -t UTF-8");
  }
  CheckHtmlNesting(html, source);
}

HtmlNode FindBody(HtmlNode root) {
  for (std::size_t i = 0; i < root.child_count(); ++i) {
    if (root.child(i).tag() == "body") return root.child(i);
  }
  return root;
}

// Takes bylines out of the paragraphs into the article's fields, and drops furniture lines
// and a repeat of the title.
void SeparateBylines(Article& article) {
  EraseParagraphsIf(article, [&](const std::string& paragraph) {
    return paragraph == article.title || ReadByline(paragraph, article) ||
           IsFurnitureLine(paragraph);
  });
}

// A byline outside the main text (a government notice's 发布时间/来源 block above it).
void ReadPageByline(HtmlNode body, Article& article) {
  for (const std::string& block : ReadPageBlocks(body)) {
    if (block.size() < 300 && ReadByline(block, article)) return;
  }
}

}  // namespace

HtmlPage ReadHtmlPage(std::string_view html, std::string_view source_name) {
  CheckInput(html, source_name);
  HtmlDocument document(html);
  HtmlNode body = FindBody(document.root());
  MainText text = ReadMainText(body, true);
  HtmlPage page;
  Article& article = page.article;
  article.title = std::move(text.title);
  article.paragraphs = std::move(text.paragraphs);
  article.subheadings = std::move(text.subheadings);
  const PageMetadata metadata = ReadPageMetadata(document.root());
  if (article.title.empty()) article.title = metadata.heading;
  SeparateBylines(article);
  if (article.date.empty() || article.publisher.empty()) ReadPageByline(body, article);
  FillMetadata(metadata, text.datetime, article);
  if (article.title.empty() && !article.paragraphs.empty()) {
    article.title = article.paragraphs.front();
    bool first = true;
    EraseParagraphsIf(article, [&](const std::string&) { return std::exchange(first, false); });
  }
  if (article.paragraphs.empty()) {
    throw Error(std::string(source_name) +
                ": no article text found in the HTML page (no <p>, heading or list text outside "
                "navigation, scripts and footers); give the page of one article");
  }
  page.next_page_href = metadata.next_page_href;
  return page;
}

Article ReadHtmlArticle(std::string_view html, std::string_view source_name) {
  return ReadHtmlPage(html, source_name).article;
}

std::vector<std::string> ReadHtmlParagraphs(std::string_view html, std::string_view source_name) {
  CheckInput(html, source_name);
  HtmlDocument document(html);
  return ReadMainText(FindBody(document.root()), false).paragraphs;
}

}  // namespace briefcast
