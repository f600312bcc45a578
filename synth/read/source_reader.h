#pragma once

#include <string>
#include <vector>

#include "synth/article.h"
#include "synth/fetch/fetcher.h"
#include "synth/read/web_source.h"

namespace briefcast {

// Reads the sources of a publish run: files, directories and list files (ReadArticles) and
// http(s) URLs (ReadWebSource), also as lines of a list file. A web source that fails --
// it cannot be fetched, is not a page or feed, or cannot be read -- does not stop the run:
// its "<url>: <reason>" is kept in problems() and the other sources are read. A file that
// cannot be read still throws Error, as ReadArticles does.
class SourceReader {
 public:
  SourceReader(Fetcher& fetcher, WebReadLimits limits = {}) : fetcher_(fetcher), limits_(limits) {}

  std::vector<Article> Read(const std::string& source);

  // What went wrong with web sources, one "<url>: <reason>" each, in order.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<Article> ReadUrl(const std::string& url);

  Fetcher& fetcher_;
  WebReadLimits limits_;
  std::vector<std::string> problems_;
};

}  // namespace briefcast
