#include "synth/read/source_reader.h"

#include "audio/error.h"
#include "synth/read/article_source.h"
#include "synth/read/reader_text.h"

namespace briefcast {

std::vector<Article> SourceReader::Read(const std::string& source) {
  if (IsWebUrl(source)) return ReadUrl(source);
  return ReadArticles(source, [this](const std::string& url) { return ReadUrl(url); });
}

std::vector<Article> SourceReader::ReadUrl(const std::string& url) {
  try {
    return ReadWebSource(url, fetcher_, limits_, problems_);
  } catch (const Error& e) {
    const std::string message = e.what();
    problems_.push_back(message.starts_with(url) ? message : url + ": " + message);
    return {};
  }
}

}  // namespace briefcast
