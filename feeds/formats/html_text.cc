#include "feeds/formats/html_text.h"

#include <cmath>
#include <cstdio>

#include "feeds/formats/xml_text.h"

namespace briefcast {

std::string EscapeHtml(std::string_view text) {
  std::string clean = XmlSafeText(text);
  std::string escaped;
  escaped.reserve(clean.size());
  for (char c : clean) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

std::string ClockLabel(double seconds) {
  long total = std::lround(std::max(0.0, std::floor(seconds)));
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%02ld:%02ld", total / 60, total % 60);
  }
  return text;
}

std::string MediaFragmentSeconds(double seconds) {
  return std::to_string(std::lround(std::max(0.0, std::floor(seconds))));
}

std::string ChapterListHtml(const std::vector<ChapterMark>& chapters,
                            const std::string& audio_url) {
  if (chapters.empty()) return "";
  std::string html = "<ul>";
  for (const ChapterMark& chapter : chapters) {
    html += "<li><a href=\"" +
            EscapeHtml(audio_url + "#t=" + MediaFragmentSeconds(chapter.start_seconds)) + "\">" +
            ClockLabel(chapter.start_seconds) + "</a> " + EscapeHtml(chapter.title) + "</li>";
  }
  html += "</ul>";
  return html;
}

}  // namespace briefcast
