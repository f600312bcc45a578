#include "feeds/formats/html_page.h"

#include <cmath>

#include "feeds/formats/html_text.h"

namespace briefcast {
namespace {

// Contrast on white: text 16:1, secondary text 9:1, links 8:1, focus ring 5:1.
constexpr const char* kStyle = R"(
body{margin:0;font:1.05rem/1.7 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;
color:#1a1a1a;background:#fff}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem 1.25rem}
header{display:flex;gap:1.25rem;align-items:center;flex-wrap:wrap}
header img{width:8rem;height:8rem;border-radius:.5rem}
h1{font-size:1.8rem;margin:.2rem 0}h2{font-size:1.4rem;margin:0 0 .3rem}h3{font-size:1.1rem}
article{border-top:2px solid #595959;padding:1.5rem 0}
a{color:#0645ad;text-decoration:underline}
a:focus-visible,button:focus-visible,audio:focus-visible,main:focus-visible{
outline:3px solid #b45309;outline-offset:3px}
.meta{color:#4a4a4a;margin:0 0 .8rem}
audio{width:100%}
.chapters li{margin:.4rem 0}
.skip{position:absolute;left:-999rem;top:.75rem;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem}
)";

// Chapter links seek their episode's player; without JavaScript they open the audio at
// that time (a W3C media fragment), so they work either way.
constexpr const char* kScript = R"(
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[data-seek]');
  if (!link) return;
  var audio = document.getElementById(link.getAttribute('data-player'));
  if (!audio) return;
  event.preventDefault();
  var time = parseFloat(link.getAttribute('data-seek'));
  var seek = function () {
    audio.currentTime = time;
    var playing = audio.play();
    if (playing) playing.catch(function () {});
  };
  if (audio.readyState >= 1) { seek(); return; }
  audio.addEventListener('loadedmetadata', seek, {once: true});
  audio.preload = 'metadata';
  audio.load();
});
)";

// "2024-06-07T08:00:00+08:00" -> "2024年6月7日"; the text itself when it is not a date.
std::string ChineseDate(const std::string& rfc3339) {
  int year = 0, month = 0, day = 0;
  if (std::sscanf(rfc3339.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3) {
    return EscapeHtml(rfc3339);
  }
  return std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

std::string DurationHtml(double seconds) {
  long total = std::lround(seconds);
  std::string text = total >= 60 ? std::to_string(total / 60) + "分" : "";
  text += std::to_string(total % 60) + "秒";
  return "<time datetime=\"PT" + std::to_string(total) + "S\">" + text + "</time>";
}

std::string ChaptersHtml(const EpisodeRecord& record, const std::string& player_id) {
  if (record.chapters.empty()) return "";
  std::string audio = "episodes/" + record.id + ".mp3";
  std::string html = "<h3>章节</h3>\n<ol class=\"chapters\">\n";
  for (const ChapterMark& chapter : record.chapters) {
    std::string seconds = MediaFragmentSeconds(chapter.start_seconds);
    html += "<li><a href=\"" + EscapeHtml(audio + "#t=" + seconds) + "\" data-player=\"" +
            EscapeHtml(player_id) + "\" data-seek=\"" + seconds + "\">" +
            ClockLabel(chapter.start_seconds) + " " + EscapeHtml(chapter.title) + "</a></li>\n";
  }
  return html + "</ol>\n";
}

std::string FilesHtml(const EpisodeRecord& record) {
  std::string base = "episodes/" + EscapeHtml(record.id);
  std::string html = "<p>下载：<a href=\"" + base + ".mp3\">MP3 音频</a> · <a href=\"" + base +
                     ".vtt\">WebVTT 字幕</a> · <a href=\"" + base + ".srt\">SRT 字幕</a>";
  if (!record.source_url.empty()) {
    html += " · <a href=\"" + EscapeHtml(record.source_url) + "\">原文</a>";
  }
  return html + "</p>\n";
}

std::string EpisodeHtml(const EpisodeRecord& record) {
  std::string id = EscapeHtml(record.id);
  std::string player_id = "player-" + record.id;
  std::string html = "<article id=\"" + id + "\" aria-labelledby=\"title-" + id + "\">\n";
  html += "<h2 id=\"title-" + id + "\">" + EscapeHtml(record.title) + "</h2>\n";
  html += "<p class=\"meta\"><time datetime=\"" + EscapeHtml(record.pub_date) + "\">" +
          ChineseDate(record.pub_date) + "</time>";
  if (!record.author.empty()) html += " · " + EscapeHtml(record.author);
  html += " · 时长 " + DurationHtml(record.duration_seconds) + "</p>\n";
  html += "<audio id=\"" + EscapeHtml(player_id) + "\" controls preload=\"none\" src=\"episodes/" +
          id + ".mp3\" aria-label=\"播放：" + EscapeHtml(record.title) + "\">\n";
  html += "<track kind=\"captions\" srclang=\"zh\" label=\"中文\" src=\"episodes/" + id +
          ".vtt\" default>\n</audio>\n";
  html += ChaptersHtml(record, player_id) + FilesHtml(record);
  html += "<h3>文字稿</h3>\n";
  for (const std::string& paragraph : record.paragraphs) {
    html += "<p>" + EscapeHtml(paragraph) + "</p>\n";
  }
  return html + "</article>\n";
}

std::string HeadHtml(const Channel& channel) {
  std::string title = EscapeHtml(channel.title);
  return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" +
         title +
         "</title>\n"
         "<meta name=\"description\" content=\"" +
         EscapeHtml(channel.description) +
         "\">\n"
         "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"" +
         title +
         "\" href=\"feed.xml\">\n<link rel=\"icon\" type=\"image/png\" "
         "href=\"cover.png\">\n<style>" +
         kStyle + "</style>\n</head>\n";
}

}  // namespace

std::string BuildIndexHtml(const Channel& channel, const std::vector<EpisodeRecord>& newest_first) {
  std::string html = HeadHtml(channel);
  html +=
      "<body>\n<a class=\"skip\" href=\"#main\">跳到节目列表</a>\n<header>\n"
      "<img src=\"cover.png\" alt=\"\" width=\"128\" height=\"128\">\n<div>\n<h1>" +
      EscapeHtml(channel.title) + "</h1>\n<p>" + EscapeHtml(channel.description) +
      "</p>\n<p><a href=\"feed.xml\">用播客应用订阅（RSS）</a></p>\n</div>\n</header>\n";
  html += "<main id=\"main\" tabindex=\"-1\">\n";
  if (newest_first.empty()) html += "<p>还没有节目。</p>\n";
  for (const EpisodeRecord& record : newest_first) html += EpisodeHtml(record);
  html += "</main>\n<footer>\n<p>";
  html += channel.copyright.empty() ? "由 briefcast 生成" : EscapeHtml(channel.copyright);
  html += "</p>\n</footer>\n<script>" + std::string(kScript) + "</script>\n</body>\n</html>\n";
  return html;
}

}  // namespace briefcast
