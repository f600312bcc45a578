#include "synth/read/article_source.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "audio/error.h"
#include "synth/fetch/charset.h"
#include "synth/input_file.h"
#include "synth/read/article_limits.h"
#include "synth/read/article_reader.h"
#include "synth/read/html_reader.h"
#include "synth/read/markdown_reader.h"
#include "synth/read/news_feed_reader.h"
#include "synth/read/pdf_reader.h"
#include "synth/read/reader_text.h"
#include "synth/read/text_cleanup.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

std::string_view SkipSpace(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  const std::size_t first = s.find_first_not_of(" \t\r\n\f");
  return first == std::string_view::npos ? std::string_view() : s.substr(first);
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// For text starting with markup: the format its first element says, or nullopt when the text
// only starts with comments (then `*rest` is what follows them).
std::optional<ArticleFormat> MarkupFormat(std::string_view s, std::string_view* rest) {
  bool xml_prolog = false;
  while (s.starts_with('<')) {
    std::string_view end_mark = ">";
    if (s.starts_with("<?")) {
      xml_prolog = xml_prolog || StartsWithNoCase(s, "<?xml");
      end_mark = "?>";
    } else if (s.starts_with("<!--")) {
      end_mark = "-->";
    } else if (StartsWithNoCase(s, "<!doctype") || s.starts_with("<!ENTITY")) {
      if (StartsWithNoCase(SkipSpace(s.substr(9)), "html")) return ArticleFormat::kHtml;
      // Other XML with a DTD: feeds are the only XML articles, and their reader refuses
      // DTDs and entities (the declarations would otherwise be read aloud as text).
      return ArticleFormat::kNewsFeed;
    } else {
      for (std::string_view root : {"<rss", "<rdf:rdf", "<feed"}) {
        if (StartsWithNoCase(s, root)) return ArticleFormat::kNewsFeed;
      }
      if (StartsWithNoCase(s, "<html")) return ArticleFormat::kHtml;
      const bool tag = s.size() > 1 && std::isalpha(static_cast<unsigned char>(s[1]));
      if (tag) return xml_prolog ? ArticleFormat::kNewsFeed : ArticleFormat::kHtml;
      break;
    }
    const std::size_t end = s.find(end_mark);
    s = end == std::string_view::npos ? std::string_view()
                                      : SkipSpace(s.substr(end + end_mark.size()));
  }
  *rest = s;
  return std::nullopt;
}

// What the lines of a text say about it being Markdown.
struct TextEvidence {
  bool strong_markdown = false;  // fences, links, images, footnotes
  int markdown_kinds = 0;        // kinds of Markdown lines seen: headings, lists, quotes, **
  bool plain_format = false;     // <PAGE_DIV> or a 发布时间 line
};

TextEvidence Examine(std::string_view text) {
  TextEvidence evidence;
  bool heading = false, list = false, quote = false, emphasis = false;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    line = SkipSpace(line);
    if (line.starts_with("```") || line.starts_with("~~~")) evidence.strong_markdown = true;
    const std::size_t link = line.find("](");
    if (link != std::string_view::npos &&
        line.substr(0, link).find('[') != std::string_view::npos) {
      evidence.strong_markdown = true;
    }
    if (line.find("[^") != std::string_view::npos) evidence.strong_markdown = true;
    if (line.find("<PAGE_DIV>") != std::string_view::npos || line.starts_with("发布时间")) {
      evidence.plain_format = true;
    }
    heading = heading || line.starts_with("## ") || line.starts_with("### ");
    list = list || line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ");
    quote = quote || line.starts_with("> ");
    emphasis = emphasis || line.find("**") != std::string_view::npos;
  }
  evidence.markdown_kinds = heading + list + quote + emphasis;
  return evidence;
}

std::string ReadWholeFile(const fs::path& path) {
  return ReadInputFile(path, kMaxArticleFileBytes, "article");
}

std::string_view Trim(std::string_view s) {
  s = SkipSpace(s);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The entries of a list file (line number, path), or nullopt when `content` is not one.
std::optional<std::vector<std::pair<int, fs::path>>> ListEntries(std::string_view content,
                                                                 const fs::path& list) {
  std::vector<std::pair<int, fs::path>> entries;
  int line_number = 0;
  for (std::size_t start = 0; start < content.size();) {
    const std::size_t end = std::min(content.find('\n', start), content.size());
    const std::string_view line = Trim(content.substr(start, end - start));
    start = end + 1;
    ++line_number;
    if (line.empty() || line.starts_with('#')) continue;
    if (line.size() > 4096 || line.find('\0') != std::string_view::npos) return std::nullopt;
    fs::path entry(line);
    const bool url = line.starts_with("http://") || line.starts_with("https://");
    if (entry.is_relative() && !url) entry = list.parent_path() / entry;
    std::error_code error;
    if (entries.empty() && !url && !fs::is_regular_file(entry, error) &&
        !fs::is_directory(entry, error)) {
      return std::nullopt;
    }
    entries.emplace_back(line_number, entry);
  }
  if (entries.empty()) return std::nullopt;
  return entries;
}

// The articles of `file`, which must not be a list: lists name articles and directories,
// never lists. `where` begins the message when it is one.
std::vector<Article> ReadFileNotList(const fs::path& file, const std::string& where) {
  const std::string content = ReadWholeFile(file);
  if (ListEntries(content, file)) {
    throw Error(where + "'" + file.string() +
                "' is itself a list of articles; a list names article files and directories, "
                "not other lists");
  }
  return ReadArticleContent(content, file);
}

std::vector<Article> ReadDirectory(const fs::path& directory) {
  std::vector<fs::path> files;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory, error)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with('.') && entry.is_regular_file(error)) files.push_back(entry.path());
  }
  if (error) throw Error(directory.string() + ": cannot be listed; check its permissions");
  if (files.empty()) {
    throw Error(directory.string() +
                ": the directory holds no article files; put the articles "
                "(.md, .html, .txt, feeds) in it");
  }
  std::sort(files.begin(), files.end());
  std::vector<Article> articles;
  for (const fs::path& file : files) {
    for (Article& article : ReadFileNotList(file, directory.string() + ": ")) {
      articles.push_back(std::move(article));
    }
  }
  return articles;
}

}  // namespace

ArticleFormat DetectArticleFormat(std::string_view content, const fs::path& name) {
  if (content.starts_with("%PDF-")) return ArticleFormat::kPdf;
  std::string_view text = SkipSpace(content);
  if (std::optional<ArticleFormat> markup = MarkupFormat(text, &text)) return *markup;
  if (text.starts_with("---")) return ArticleFormat::kMarkdown;
  const TextEvidence evidence = Examine(text);
  if (evidence.strong_markdown) return ArticleFormat::kMarkdown;
  if (evidence.plain_format) return ArticleFormat::kPlainText;
  std::string extension = name.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (evidence.markdown_kinds >= 2 || extension == ".md" || extension == ".markdown") {
    return ArticleFormat::kMarkdown;
  }
  return ArticleFormat::kPlainText;
}

namespace {

std::vector<Article> ReadByFormat(std::string_view content, const fs::path& name) {
  const std::string source = name.string();
  switch (DetectArticleFormat(content, name)) {
    case ArticleFormat::kNewsFeed:
      return ReadNewsFeed(content, source);
    case ArticleFormat::kHtml:
      return {ReadHtmlArticle(content, source)};
    case ArticleFormat::kMarkdown:
      return {ReadMarkdownArticle(content, source)};
    case ArticleFormat::kPdf:
      return {ReadPdfArticle(content, source)};
    case ArticleFormat::kPlainText:
      break;
  }
  return {ReadArticleText(content, source)};
}

}  // namespace

std::vector<Article> ReadArticleContent(std::string_view content, const fs::path& name) {
  // A page or feed that declares a charset other than UTF-8 (GBK, Big5...) is converted.
  if (!content.starts_with("%PDF-") && !DeclaredCharset(content).empty() &&
      FirstInvalidUtf8(content) != std::string_view::npos) {
    const std::string text = DecodeToUtf8(content, "", name.string());
    return ReadArticleContent(text, name);
  }
  std::vector<Article> articles = ReadByFormat(content, name);
  for (Article& article : articles) {
    DropBidiControls(article);
    CheckArticleLimits(article, name.string());
  }
  return articles;
}

std::vector<Article> ReadArticles(const fs::path& path, const UrlReader& read_url) {
  std::error_code error;
  if (fs::is_directory(path, error)) return ReadDirectory(path);
  const std::string content = ReadWholeFile(path);
  const auto entries = ListEntries(content, path);
  if (!entries) return ReadArticleContent(content, path);
  std::vector<Article> articles;
  for (const auto& [line, entry] : *entries) {
    const std::string name = entry.string();
    if (name.starts_with("http://") || name.starts_with("https://")) {
      if (!read_url) {
        throw Error(path.string() + ":" + std::to_string(line) + ": '" + name +
                    "' is a URL; give it to briefcast publish, which fetches it");
      }
      std::vector<Article> read = read_url(name);
      std::move(read.begin(), read.end(), std::back_inserter(articles));
      continue;
    }
    if (!fs::exists(entry, error)) {
      throw Error(path.string() + ":" + std::to_string(line) + ": '" + entry.string() +
                  "' does not exist; fix the list of articles");
    }
    const std::string where = path.string() + ":" + std::to_string(line) + ": ";
    if (fs::equivalent(entry, path, error)) {
      throw Error(where + "names the list itself; remove the line");
    }
    std::vector<Article> read =
        fs::is_directory(entry, error) ? ReadDirectory(entry) : ReadFileNotList(entry, where);
    std::move(read.begin(), read.end(), std::back_inserter(articles));
  }
  return articles;
}

}  // namespace briefcast
