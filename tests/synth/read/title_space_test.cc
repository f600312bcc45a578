// A title's space between two phrases (issue 14, item 7) stays a space in the title, whatever
// the reader, and is read as a pause; in running text such spaces are still dropped.
#include <catch2/catch.hpp>
#include <string>

#include "synth/normalize/text_normalizer.h"
#include "synth/pinyin/pinyin_converter.h"
#include "synth/read/article_reader.h"
#include "synth/read/article_source.h"
#include "synth/read/text_cleanup.h"
#include "synth/speech/front_end.h"

namespace briefcast {
namespace {

constexpr char kTitle[] = "5G网络覆盖再扩大 偏远乡村用上千兆宽带";

}  // namespace

TEST_CASE("issue 14.7: every reader keeps a title's space between two phrases", "[read]") {
  CHECK(ReadArticleText(std::string("# ") + kTitle + "\n正文。\n", "a.txt").title == kTitle);
  CHECK(ReadArticleText("#  标题  一\u3000二 \n正文。\n", "a.txt").title == "标题 一 二");
  const std::string html =
      std::string("<html><head><title>站点</title></head><body><article><h1>") +
      "5G网络覆盖再扩大\n   偏远乡村用上千兆宽带</h1><p>正文。</p></article></body></html>";
  CHECK(ReadArticleContent(html, "a.html").front().title == kTitle);
  CHECK(ReadArticleContent(std::string("# ") + kTitle + "\n\n正文**加粗**。\n", "a.md")
            .front()
            .title == kTitle);
  const std::string feed =
      std::string("<rss version=\"2.0\"><channel><title>频道</title><item><title>") + kTitle +
      "</title><description>正文。</description></item></channel></rss>";
  CHECK(ReadArticleContent(feed, "feed.xml").front().title == kTitle);
  CHECK(CleanText("高达 14.54 亿元 再扩大 偏远") == "高达14.54亿元再扩大偏远");
  CHECK(CleanTitle("标题： 副标题") == "标题：副标题");
}

TEST_CASE("issue 14.7: a space between two phrases is read as a pause", "[normalize]") {
  CHECK(NormalizeText("再扩大 偏远乡村") == "再扩大，偏远乡村");
  const SpokenTokens tokens = ToSpokenTokens(kTitle, PinyinConverter::Builtin());
  bool pause = false;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    pause = pause || (tokens[i].kind == SpokenToken::Kind::kBreak && tokens[i - 1].text == "da4" &&
                      tokens[i + 1].text == "pian1");
  }
  CHECK(pause);
}

}  // namespace briefcast
