#include "synth/read/article_source.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "audio/error.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

namespace fs = std::filesystem;

fs::path Golden(const char* name) { return testing::SourceDir() / "tests/data/articles" / name; }

void Write(const fs::path& path, std::string_view content) {
  std::ofstream(path, std::ios::binary) << content;
}

TEST_CASE("detects each golden format by content, whatever the name", "[source]") {
  const std::pair<const char*, ArticleFormat> cases[] = {
      {"markdown_news.md", ArticleFormat::kMarkdown},
      {"html_news.html", ArticleFormat::kHtml},
      {"rss_news.xml", ArticleFormat::kNewsFeed},
      {"atom_news.xml", ArticleFormat::kNewsFeed},
      {"plain_news.txt", ArticleFormat::kPlainText}};
  for (const auto& [name, format] : cases) {
    INFO(name);
    const std::string content = testing::ReadFile(Golden(name));
    CHECK(DetectArticleFormat(content, name) == format);
    CHECK(DetectArticleFormat(content, "wrong.txt") == format);
    CHECK(DetectArticleFormat(content, "wrong.html") == format);
  }
}

TEST_CASE("tells the plain format from Markdown", "[source]") {
  CHECK(DetectArticleFormat("# 标题\n发布时间：2024-06-07\n\n正文。\n", "a.md") ==
        ArticleFormat::kPlainText);
  CHECK(DetectArticleFormat("# 标题\n\n正文。\n", "a.txt") == ArticleFormat::kPlainText);
  CHECK(DetectArticleFormat("# 标题\n\n正文。\n", "a.md") == ArticleFormat::kMarkdown);
  CHECK(DetectArticleFormat("# 标题\n\n见[链接](https://a.cn)。\n", "a.txt") ==
        ArticleFormat::kMarkdown);
  CHECK(DetectArticleFormat("# 标题\n\n## 小节\n\n- 一项\n", "a") == ArticleFormat::kMarkdown);
  CHECK(DetectArticleFormat("<!-- note -->\n# 标题\n\n**粗**\n> 引\n", "a") ==
        ArticleFormat::kMarkdown);
  CHECK(DetectArticleFormat("<p>段落</p>", "a.md") == ArticleFormat::kHtml);
  CHECK(DetectArticleFormat("\xEF\xBB\xBF<?xml version='1.0'?><feed/>", "a.html") ==
        ArticleFormat::kNewsFeed);
}

TEST_CASE("a list file names articles in order, relative to itself", "[source]") {
  const std::vector<Article> articles = ReadArticles(Golden("briefing.list"));
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].title == "端午节慰问活动");
  CHECK(articles[1].title == "公司举办2024年技术开放日");
  CHECK(articles[2].title == "城市轨道交通9号线今日开通");
}

TEST_CASE("a directory is read in name order, hidden files skipped", "[source]") {
  testing::TempDir dir;
  Write(dir.path() / "b.page", testing::ReadFile(Golden("html_news.html")));
  Write(dir.path() / "a.txt", testing::ReadFile(Golden("rss_news.xml")));
  Write(dir.path() / ".hidden.md", "# 隐藏\n");
  fs::create_directory(dir.path() / "sub");
  const std::vector<Article> articles = ReadArticles(dir.path());
  REQUIRE(articles.size() == 4);
  CHECK(articles[0].title == "第一季度业绩发布");
  CHECK(articles[3].title == "城市轨道交通9号线今日开通");
}

TEST_CASE("errors name the file and say what to do", "[source]") {
  testing::TempDir dir;
  const fs::path missing = dir.path() / "missing.md";
  CHECK_THROWS_WITH(ReadArticles(missing),
                    missing.string() + ": does not exist; check the path of the article");
  CHECK_THROWS_WITH(ReadArticles(dir.path()), Catch::Contains("holds no article files"));
  Write(dir.path() / "list.txt", "# 文章\n" + Golden("plain_news.txt").string() + "\nnope.md\n");
  CHECK_THROWS_WITH(ReadArticles(dir.path() / "list.txt"),
                    (dir.path() / "list.txt").string() + ":3: '" +
                        (dir.path() / "nope.md").string() +
                        "' does not exist; fix the list of articles");
  Write(dir.path() / "junk.bin", std::string("\x7F"
                                             "ELF\0\0\x01\xFF",
                                             8));
  CHECK_THROWS_WITH(ReadArticles(dir.path() / "junk.bin"), Catch::Contains("junk.bin"));
}

}  // namespace
}  // namespace briefcast
