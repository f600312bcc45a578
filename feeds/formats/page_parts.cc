#include "feeds/formats/page_parts.h"

#include <cmath>
#include <cstdio>

#include "feeds/formats/html_text.h"

namespace briefcast {
namespace {

// Contrast: text 16:1, secondary text 9:1, links 8:1, focus ring 5:1, in light and dark.
// The sentence being read is outlined and underlined, the word being read boxed: neither
// is told by colour alone.
constexpr const char* kStyle = R"(
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#4a4a4a;--link:#0645ad;
--rule:#595959;--focus:#b45309;--now:#fff3b0;--word:#ffd866}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#121212;--muted:#c8c8c8;
--link:#9cc2ff;--rule:#9a9a9a;--focus:#ffb454;--now:#3a3200;--word:#6b5800}}
body{margin:0;font:1.05rem/1.7 system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;
color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem 1.25rem}
header{display:flex;gap:1.25rem;align-items:center;flex-wrap:wrap}
header img{width:8rem;height:8rem;border-radius:.5rem}
h1{font-size:1.8rem;margin:.2rem 0}h2{font-size:1.4rem;margin:1.2rem 0 .3rem}
h3{font-size:1.15rem;margin:1.2rem 0 .3rem}
article{border-top:2px solid var(--rule);padding:1.2rem 0}
a{color:var(--link);text-decoration:underline}
a:focus-visible,button:focus-visible,select:focus-visible,audio:focus-visible,
main:focus-visible,.s:focus-visible{outline:3px solid var(--focus);outline-offset:3px}
.meta{color:var(--muted);margin:0 0 .8rem}
audio{width:100%}
.chapters li{margin:.4rem 0}
.skip{position:absolute;left:-999rem;top:.75rem;background:var(--bg);padding:.5rem 1rem}
.skip:focus{left:1rem}
.controls{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;margin:.6rem 0}
button,select{font:inherit;color:inherit;background:var(--bg);border:2px solid var(--rule);
border-radius:.3rem;padding:.2rem .6rem}
.s{cursor:pointer;border-radius:.2rem}
.s[aria-current="true"]{background:var(--now);outline:2px solid var(--fg);
text-decoration:underline;text-decoration-thickness:2px}
.w.now{background:var(--word);box-shadow:0 0 0 2px var(--fg)}
.back{position:sticky;bottom:1rem;float:right}
code{overflow-wrap:anywhere}
kbd{border:1px solid var(--rule);border-radius:.2rem;padding:0 .3rem}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important;transition:none!important}}
)";

}  // namespace

std::string PageHead(const Channel& channel, const std::string& title, const std::string& root) {
  return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         EscapeHtml(title) + "</title>\n<meta name=\"description\" content=\"" +
         EscapeHtml(channel.description) +
         "\">\n<link rel=\"alternate\" type=\"application/rss+xml\" title=\"" +
         EscapeHtml(channel.title) + "\" href=\"" + root + "feed.xml\">\n<link rel=\"icon\" " +
         "type=\"image/png\" href=\"" + root + "cover.png\">\n<style>" + kStyle +
         "</style>\n</head>\n";
}

std::string DateHtml(const std::string& rfc3339) {
  int year = 0, month = 0, day = 0;
  std::string text = EscapeHtml(rfc3339);
  if (std::sscanf(rfc3339.c_str(), "%4d-%2d-%2d", &year, &month, &day) == 3) {
    text = std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
  }
  return "<time datetime=\"" + EscapeHtml(rfc3339) + "\">" + text + "</time>";
}

std::string DurationHtml(double seconds) {
  const long total = std::lround(seconds);
  std::string text = total >= 60 ? std::to_string(total / 60) + "分" : "";
  text += std::to_string(total % 60) + "秒";
  return "<time datetime=\"PT" + std::to_string(total) + "S\">" + text + "</time>";
}

}  // namespace briefcast
