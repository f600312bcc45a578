#include "feeds/formats/episode_page.h"

#include <cstdio>

#include "feeds/formats/html_text.h"
#include "feeds/formats/page_parts.h"

namespace briefcast {
namespace {

constexpr const char* kPlayer = "player";

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", seconds);
  return text;
}

// A sentence: its text with each timed word in a span.
std::string SentenceHtml(const Cue& cue) {
  std::string html = "<span class=\"s\" tabindex=\"0\" data-start=\"" + Seconds(cue.start_seconds) +
                     "\" data-end=\"" + Seconds(cue.end_seconds) + "\">";
  std::size_t at = 0;
  for (const TimedWord& word : cue.words) {
    const std::size_t found = word.text.empty() ? std::string::npos : cue.text.find(word.text, at);
    if (found == std::string::npos) continue;
    html += EscapeHtml(cue.text.substr(at, found - at));
    html += "<span class=\"w\" data-start=\"" + Seconds(word.start_seconds) + "\">" +
            EscapeHtml(word.text) + "</span>";
    at = found + word.text.size();
  }
  return html + EscapeHtml(cue.text.substr(at)) + "</span>";
}

// The transcript: paragraphs of sentences, a heading where each chapter after the first
// starts.
std::string TranscriptHtml(const EpisodeRecord& record) {
  std::string html =
      "<section id=\"transcript\" aria-labelledby=\"transcript-title\" tabindex=\"-1\">\n"
      "<h2 id=\"transcript-title\">文字稿</h2>\n";
  std::size_t next_chapter = 1;
  bool open = false;
  int paragraph = 0;
  for (const Cue& cue : record.cues) {
    const bool heading = next_chapter < record.chapters.size() &&
                         record.chapters[next_chapter].start_seconds <= cue.start_seconds + 0.001;
    if (open && (heading || cue.paragraph != paragraph)) {
      html += "</p>\n";
      open = false;
    }
    if (heading) {
      html += "<h3>" + EscapeHtml(record.chapters[next_chapter].title) + "</h3>\n";
      while (next_chapter < record.chapters.size() &&
             record.chapters[next_chapter].start_seconds <= cue.start_seconds + 0.001) {
        ++next_chapter;
      }
    }
    if (!open) html += "<p>";
    open = true;
    paragraph = cue.paragraph;
    html += SentenceHtml(cue);
  }
  if (open) html += "</p>\n";
  if (record.cues.empty()) {
    for (const std::string& text : record.paragraphs) html += "<p>" + EscapeHtml(text) + "</p>\n";
  }
  return html + "</section>\n";
}

std::string ChaptersHtml(const EpisodeRecord& record) {
  if (record.chapters.empty()) return "";
  std::string html = "<h2>章节</h2>\n<ol class=\"chapters\">\n";
  for (const ChapterMark& chapter : record.chapters) {
    const std::string seconds = MediaFragmentSeconds(chapter.start_seconds);
    html += "<li><a href=\"" + EscapeHtml(record.id) + ".mp3#t=" + seconds + "\" data-player=\"" +
            kPlayer + "\" data-seek=\"" + Seconds(chapter.start_seconds) + "\">" +
            ClockLabel(chapter.start_seconds) + " " + EscapeHtml(chapter.title) + "</a></li>\n";
  }
  return html + "</ol>\n";
}

std::string DownloadsHtml(const EpisodeRecord& record) {
  const std::string base = EscapeHtml(record.id);
  std::string html = "<h2>下载</h2>\n<p><a href=\"" + base + ".mp3\">MP3 音频</a> · <a href=\"" +
                     base + ".vtt\">WebVTT 字幕</a> · <a href=\"" + base +
                     ".srt\">SRT 字幕</a> · <a href=\"" + base +
                     ".transcript.json\">JSON 文字稿（逐词计时）</a> · <a href=\"" + base +
                     ".chapters.json\">章节（JSON）</a>";
  if (!record.source_url.empty()) {
    html += " · <a href=\"" + EscapeHtml(record.source_url) + "\">原文</a>";
  }
  return html + "</p>\n";
}

// The read-along controls, hidden until the script shows them (they need it).
std::string ReadAlongHtml() {
  std::string html =
      "<div id=\"read-along\" hidden>\n<div class=\"controls\">\n<label>播放速度 <select "
      "id=\"speed\">";
  for (const char* rate : {"0.75", "1", "1.25", "1.5", "1.75", "2"}) {
    html += std::string("<option value=\"") + rate + "\"" +
            (std::string(rate) == "1" ? " selected" : "") + ">" + rate + "×</option>";
  }
  return html +
         "</select></label>\n<p>当前位置：<span id=\"clock\" role=\"timer\">0:00</span></p>\n"
         "</div>\n<details>\n<summary>键盘快捷键</summary>\n<dl>\n"
         "<dt><kbd>k</kbd></dt><dd>播放／暂停</dd>\n"
         "<dt><kbd>j</kbd>、<kbd>l</kbd></dt><dd>后退／前进 5 秒</dd>\n"
         "<dt><kbd>p</kbd>、<kbd>n</kbd></dt><dd>上一句／下一句</dd>\n"
         "<dt><kbd>Shift</kbd>+<kbd>P</kbd>、<kbd>Shift</kbd>+<kbd>N</kbd></dt>"
         "<dd>上一章／下一章</dd>\n"
         "<dt><kbd>Enter</kbd>（在句子上）</dt><dd>从这一句播放</dd>\n</dl>\n</details>\n</div>\n";
}

}  // namespace

std::string BuildEpisodeHtml(const Channel& channel, const EpisodeRecord& record) {
  const std::string id = EscapeHtml(record.id);
  std::string html = PageHead(channel, record.title + " – " + channel.title, "../");
  html +=
      "<body>\n<a class=\"skip\" href=\"#transcript\">跳到文字稿</a>\n<header>\n<p><a href=\""
      "../index.html\">" +
      EscapeHtml(channel.title) + "</a></p>\n</header>\n<main id=\"main\">\n<article>\n<h1>" +
      EscapeHtml(record.title) + "</h1>\n<p class=\"meta\">" + DateHtml(record.pub_date);
  if (!record.author.empty()) html += " · " + EscapeHtml(record.author);
  html += " · 时长 " + DurationHtml(record.duration_seconds) + "</p>\n";
  html += "<audio id=\"" + std::string(kPlayer) + "\" controls preload=\"metadata\" src=\"" + id +
          ".mp3\" data-read-along aria-label=\"播放：" + EscapeHtml(record.title) +
          "\">\n<track kind=\"captions\" srclang=\"zh\" label=\"中文\" src=\"" + id +
          ".vtt\" default>\n</audio>\n";
  html += ReadAlongHtml() + ChaptersHtml(record) + DownloadsHtml(record) + TranscriptHtml(record);
  html += "<button type=\"button\" id=\"back\" class=\"back\" hidden>回到正在朗读的句子</button>\n";
  html += "</article>\n</main>\n<footer>\n<p>";
  html += channel.copyright.empty() ? "由 briefcast 生成" : EscapeHtml(channel.copyright);
  return html + "</p>\n</footer>\n<script>" + PageScript() + "</script>\n</body>\n</html>\n";
}

}  // namespace briefcast
