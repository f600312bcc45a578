#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "synth/article.h"
#include "synth/input_file.h"  // kMaxArticleFileBytes

namespace briefcast {

enum class ArticleFormat { kPlainText, kMarkdown, kHtml, kNewsFeed, kPdf };

// Chooses the reader for `content` by what it is, the file name only breaking ties
// (docs/formats.md, "Choosing the format"): "%PDF-" -> kPdf; a feed's root element (<rss>,
// <rdf:RDF>, <feed>)
// -> kNewsFeed; an HTML document or any text starting with a tag -> kHtml; front matter,
// code fences, links, images or footnotes -> kMarkdown; a <PAGE_DIV> or 发布时间 line ->
// kPlainText; two kinds of Markdown lines (headings below level 1, lists, quotes, **) or a
// .md/.markdown name -> kMarkdown; anything else -> kPlainText.
ArticleFormat DetectArticleFormat(std::string_view content, const std::filesystem::path& name);

// The articles in `content` (one, or a feed's items), read by the format detected. Text
// that is not UTF-8 but declares its charset (<meta charset="gbk">) is converted first.
// Throws the reader's Error, which names `name`, or CheckArticleLimits'
// (synth/read/article_limits.h).
std::vector<Article> ReadArticleContent(std::string_view content,
                                        const std::filesystem::path& name);

// The articles at `path`, in order:
//   a file            its article(s), in whatever format it is written
//   a directory       every regular file in it, sorted by name; hidden files skipped
//   a list file       a text file whose first line (blank lines and '#' comments skipped) is the
//                     path of an existing file or an http(s) URL: each line is an article
//                     file or directory, absolute or relative to the list file's directory,
//                     or a URL
// Throws Error naming the file for a path that does not exist or cannot be read, a file
// larger than kMaxArticleFileBytes, a directory without files, or a file the reader rejects.
// A line of a list file that is an http(s) URL is read by `read_url`; without one, such a
// line is an error.
using UrlReader = std::function<std::vector<Article>(const std::string& url)>;
std::vector<Article> ReadArticles(const std::filesystem::path& path,
                                  const UrlReader& read_url = {});

}  // namespace briefcast
