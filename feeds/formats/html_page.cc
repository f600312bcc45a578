#include "feeds/formats/html_page.h"

#include "feeds/formats/html_text.h"
#include "feeds/formats/page_parts.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

constexpr std::size_t kFrontPageEpisodes = 30;
constexpr std::size_t kSummaryChars = 90;

// The episode's first paragraph, cut to kSummaryChars characters with "…".
std::string Summary(const EpisodeRecord& record) {
  if (record.paragraphs.empty()) return "";
  std::u32string text = utf8::Decode(record.paragraphs.front());
  if (text.size() <= kSummaryChars) return utf8::Encode(text);
  return utf8::Encode(text.substr(0, kSummaryChars)) + "…";
}

std::string EpisodeEntryHtml(const EpisodeRecord& record) {
  const std::string page = "episodes/" + EscapeHtml(record.id) + ".html";
  std::string html = "<article aria-labelledby=\"title-" + EscapeHtml(record.id) + "\">\n";
  html += "<h3 id=\"title-" + EscapeHtml(record.id) + "\"><a href=\"" + page + "\">" +
          EscapeHtml(record.title) + "</a></h3>\n<p class=\"meta\">" + DateHtml(record.pub_date);
  if (!record.author.empty()) html += " · " + EscapeHtml(record.author);
  html += " · 时长 " + DurationHtml(record.duration_seconds) + "</p>\n";
  html += "<p>" + EscapeHtml(Summary(record)) + "</p>\n";
  html += "<p><a href=\"" + page + "\">收听并阅读全文<span class=\"skip\">：" +
          EscapeHtml(record.title) + "</span></a> · <a href=\"episodes/" + EscapeHtml(record.id) +
          ".mp3\">下载 MP3</a></p>\n";
  return html + "</article>\n";
}

// The feed's URL to copy, and the podcast:// link podcast apps register for.
std::string SubscribeHtml(const Channel& channel) {
  const std::string feed = channel.base_url + "feed.xml";
  std::string bare = feed;
  for (const char* scheme : {"https://", "http://"}) {
    if (bare.starts_with(scheme)) bare = bare.substr(std::string(scheme).size());
  }
  return "<section aria-labelledby=\"subscribe\">\n<h2 id=\"subscribe\">订阅</h2>\n"
         "<p>在播客应用里“按网址添加”，填入 RSS 地址：</p>\n<p><code>" +
         EscapeHtml(feed) + "</code></p>\n<p><a href=\"podcast://" + EscapeHtml(bare) +
         "\">用播客应用打开</a>（Apple 播客、Pocket Casts、AntennaPod 等认得 podcast:// 链接）· "
         "<a href=\"feed.xml\">RSS 源</a></p>\n</section>\n";
}

}  // namespace

std::string BuildIndexHtml(const Channel& channel, const std::vector<EpisodeRecord>& newest_first) {
  std::string html = PageHead(channel, channel.title, "");
  html +=
      "<body>\n<a class=\"skip\" href=\"#main\">跳到节目列表</a>\n<header>\n"
      "<img src=\"cover.png\" alt=\"\" width=\"128\" height=\"128\">\n<div>\n<h1>" +
      EscapeHtml(channel.title) + "</h1>\n<p>" + EscapeHtml(channel.description) +
      "</p>\n</div>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n";
  html += SubscribeHtml(channel);
  html += "<section aria-labelledby=\"episodes\">\n<h2 id=\"episodes\">最新节目</h2>\n";
  if (newest_first.empty()) html += "<p>还没有节目。</p>\n";
  for (std::size_t i = 0; i < newest_first.size() && i < kFrontPageEpisodes; ++i) {
    html += EpisodeEntryHtml(newest_first[i]);
  }
  if (newest_first.size() > kFrontPageEpisodes) {
    html += "<p>这里列出最新的 " + std::to_string(kFrontPageEpisodes) + " 期；全部 " +
            std::to_string(newest_first.size()) + " 期都在 RSS 源里。</p>\n";
  }
  html += "</section>\n</main>\n<footer>\n<p>";
  html += channel.copyright.empty() ? "由 briefcast 生成" : EscapeHtml(channel.copyright);
  return html + "</p>\n</footer>\n</body>\n</html>\n";
}

}  // namespace briefcast
