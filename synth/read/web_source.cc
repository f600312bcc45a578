#include "synth/read/web_source.h"

#include <set>

#include "audio/error.h"
#include "synth/fetch/charset.h"
#include "synth/read/article_limits.h"
#include "synth/read/article_source.h"
#include "synth/read/html_reader.h"
#include "synth/read/news_feed_reader.h"
#include "synth/read/reader_text.h"

namespace briefcast {
namespace {

// Refuses bodies that are no article whatever their bytes say: images, audio, archives.
void CheckContentType(const Fetched& fetched, const std::string& url) {
  const std::string& type = fetched.content_type;
  for (std::string_view refused : {"image/", "audio/", "video/", "font/", "application/zip",
                                   "application/octet-stream", "application/gzip"}) {
    if (type.starts_with(refused)) {
      throw Error(url + ": not an article page or news feed (Content-Type " + type +
                  "); give the address of a page, a feed or a PDF");
    }
  }
}

class WebSourceReader {
 public:
  WebSourceReader(Fetcher& fetcher, const WebReadLimits& limits, std::vector<std::string>& problems)
      : fetcher_(fetcher), limits_(limits), problems_(problems) {}

  std::vector<Article> Read(const std::string& url, const Fetched& fetched) {
    CheckContentType(fetched, url);
    if (fetched.body.starts_with("%PDF-")) return ReadArticleContent(fetched.body, url);
    const std::string text = DecodeToUtf8(fetched.body, fetched.content_type, url);
    switch (DetectArticleFormat(text, std::filesystem::path(url).filename())) {
      case ArticleFormat::kNewsFeed:
        return ReadFeed(url, text);
      case ArticleFormat::kHtml:
        return {ReadPages(url, fetched, text)};
      default:
        return ReadArticleContent(text, url);
    }
  }

 private:
  // A story's first page and the pages its 下一页 links lead to.
  Article ReadPages(const std::string& url, const Fetched& first, const std::string& text) {
    HtmlPage page = ReadHtmlPage(text, url);
    Article article = std::move(page.article);
    if (article.source_url.empty()) article.source_url = url;
    std::set<std::string> seen = {url, first.url};
    std::string base = first.url;
    for (int pages = 1; !page.next_page_href.empty(); ++pages) {
      const std::string next = ResolveUrl(base, page.next_page_href);
      if (next.empty() || !seen.insert(next).second || UrlHost(next) != UrlHost(base)) break;
      if (pages >= limits_.max_pages) {
        problems_.push_back(url + ": the story goes on over more than " +
                            std::to_string(limits_.max_pages) + " pages; read the first " +
                            std::to_string(limits_.max_pages));
        break;
      }
      const Fetched fetched = fetcher_.Get(next);
      page = ReadHtmlPage(DecodeToUtf8(fetched.body, fetched.content_type, next), next);
      base = fetched.url;
      for (std::size_t heading : page.article.subheadings) {
        article.subheadings.push_back(article.paragraphs.size() + heading);
      }
      for (std::string& paragraph : page.article.paragraphs) {
        article.paragraphs.push_back(std::move(paragraph));
      }
    }
    CheckArticleLimits(article, url);
    return article;
  }

  std::vector<Article> ReadFeed(const std::string& url, const std::string& text) {
    std::vector<FeedItem> items = ReadNewsFeedItems(text, url);
    if (static_cast<int>(items.size()) > limits_.max_items) {
      problems_.push_back(url + ": the feed has " + std::to_string(items.size()) +
                          " items; read the first " + std::to_string(limits_.max_items));
      items.resize(limits_.max_items);
    }
    std::vector<Article> articles;
    for (FeedItem& item : items) {
      if (!item.summary_only || !IsWebUrl(item.article.source_url)) {
        articles.push_back(std::move(item.article));
        continue;
      }
      try {
        articles.push_back(ReadItemPage(item));
      } catch (const Error& e) {
        problems_.push_back(url + ": item '" + item.article.title + "': " + e.what());
      }
    }
    return articles;
  }

  // The story at the item's link, under the item's title, date and author.
  Article ReadItemPage(const FeedItem& item) {
    const std::string& link = item.article.source_url;
    const Fetched fetched = fetcher_.GetItem(link, item.version);
    std::vector<Article> read = Read(link, fetched);
    if (read.size() != 1) throw Error(link + ": the item's link is not one article");
    Article article = item.article;
    article.paragraphs = std::move(read.front().paragraphs);
    article.subheadings = std::move(read.front().subheadings);
    if (article.date.empty()) {
      article.date = read.front().date;
      article.time = read.front().time;
    }
    if (article.publisher.empty()) article.publisher = read.front().publisher;
    return article;
  }

  Fetcher& fetcher_;
  const WebReadLimits& limits_;
  std::vector<std::string>& problems_;
};

}  // namespace

std::vector<Article> ReadWebSource(const std::string& url, Fetcher& fetcher,
                                   const WebReadLimits& limits,
                                   std::vector<std::string>& problems) {
  WebSourceReader reader(fetcher, limits, problems);
  return reader.Read(url, fetcher.Get(url));
}

}  // namespace briefcast
