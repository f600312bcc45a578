// Every article reader on arbitrary bytes: a clean Error is fine; any other exception,
// a crash, a hang or a sanitizer report is a finding. The first byte picks the file name,
// so each format's reader is reached both by detection and by its name breaking a tie.
#include <cstdint>
#include <string>

#include "audio/error.h"
#include "synth/read/article_reader.h"
#include "synth/read/article_source.h"
#include "synth/read/html_reader.h"
#include "synth/read/markdown_reader.h"
#include "synth/read/news_feed_reader.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text = briefcast::fuzz::AsText(data + 1, size - 1);
  static const char* const kNames[] = {"a.txt", "a.md", "a.html", "a.xml"};
  try {
    switch (data[0] % 8) {
      case 0:
        briefcast::ReadArticleText(text, "fuzz");
        break;
      case 1:
        briefcast::ReadMarkdownArticle(text, "fuzz");
        break;
      case 2:
        briefcast::ReadHtmlArticle(text, "fuzz");
        break;
      case 3:
        briefcast::ReadNewsFeed(text, "fuzz");
        break;
      default:
        briefcast::ReadArticleContent(text, kNames[data[0] % 4]);
        break;
    }
  } catch (const briefcast::Error&) {
  }
  return 0;
}
