#include "synth/read/page_byline.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "synth/read/published_time.h"
#include "synth/read/reader_text.h"
#include "synth/utf8.h"

namespace briefcast {
namespace {

constexpr std::array<std::u32string_view, 8> kDateLabels = {
    U"发布时间", U"发布日期", U"发表时间", U"更新时间", U"发文日期", U"成文日期", U"时间", U"日期"};
constexpr std::array<std::u32string_view, 12> kSourceLabels = {
    U"来源",   U"信息来源", U"文章来源", U"稿件来源", U"新闻来源", U"作者",
    U"发布人", U"发布单位", U"发布机构", U"发布者",   U"发布部门", U"供稿"};
// Labels that only page furniture has, beside the byline's facts.
constexpr std::array<std::u32string_view, 14> kOtherLabels = {
    U"字号", U"字体",   U"浏览次数", U"阅读次数", U"点击数", U"点击",   U"浏览",
    U"阅读", U"访问量", U"编辑",     U"责任编辑", U"分享到", U"索引号", U"发文机关"};

template <std::size_t N>
bool IsOneOf(std::u32string_view label, const std::array<std::u32string_view, N>& labels) {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

// A "label：value" part of a line.
struct LabeledValue {
  std::u32string label;  // empty for text before the first label
  std::u32string value;
};

bool IsColon(char32_t c) { return c == U'：' || c == U':'; }

// The known label that `text` ends with, longest first; empty when none does.
std::u32string_view KnownLabelAtEnd(std::u32string_view text) {
  std::u32string_view best;
  const auto consider = [&](const auto& labels) {
    for (std::u32string_view label : labels) {
      if (text.ends_with(label) && label.size() > best.size()) best = label;
    }
  };
  consider(kDateLabels);
  consider(kSourceLabels);
  consider(kOtherLabels);
  return best;
}

// Splits a line at labels before colons. Readers drop the spaces between Chinese words
// ("来源：新闻中心作者：李明"), so a known label is found at the end of the text before a
// colon; else the Han characters there (up to 4) are an unknown label.
std::vector<LabeledValue> SplitAtLabels(std::u32string_view line) {
  std::vector<LabeledValue> parts(1);
  std::size_t value_start = 0;
  for (std::size_t i = 1; i < line.size(); ++i) {
    if (!IsColon(line[i]) || !utf8::IsHan(line[i - 1])) continue;
    std::u32string_view label = KnownLabelAtEnd(line.substr(value_start, i - value_start));
    if (label.empty()) {
      std::size_t start = i;
      while (start > value_start && utf8::IsHan(line[start - 1]) && i - start < 4) --start;
      label = line.substr(start, i - start);
    }
    parts.back().value = line.substr(value_start, i - label.size() - value_start);
    parts.push_back({std::u32string(label), {}});
    value_start = i + 1;
  }
  parts.back().value = line.substr(value_start);
  return parts;
}

std::string Clean(std::u32string_view value) {
  std::string text = utf8::Encode(value);
  for (char& c : text) {
    if (c == '[' || c == ']' || c == '|') c = ' ';
  }
  std::string cleaned = CleanReadText(text);
  for (std::string_view bracket : {"【", "】", "丨", "（", "）"}) {
    for (std::size_t at; (at = cleaned.find(bracket)) != std::string::npos;) {
      cleaned.erase(at, bracket.size());
    }
  }
  return cleaned;
}

// The publication time at the start of `text`: its longest run of leading words that is one.
std::optional<PublishedTime> LeadingTime(std::string_view text) {
  std::vector<std::size_t> ends;
  for (std::size_t at = 0; (at = text.find(' ', at)) != std::string_view::npos; ++at) {
    ends.push_back(at);
  }
  ends.push_back(text.size());
  for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
    if (auto when = ParsePublishedTime(TrimLine(text.substr(0, *end)))) return when;
  }
  return std::nullopt;
}

std::string Unbracketed(std::string_view line) {
  std::string text(TrimLine(line));
  for (std::string_view open : {"【", "[", "（", "("}) {
    if (text.starts_with(open)) text.erase(0, open.size());
  }
  return text;
}

}  // namespace

bool ReadByline(std::string_view line, Article& article) {
  const std::string text = Unbracketed(line);
  const std::vector<LabeledValue> parts = SplitAtLabels(utf8::Decode(text));
  const std::string lead = Clean(parts.front().value);
  std::optional<PublishedTime> when = lead.empty() ? std::nullopt : LeadingTime(lead);
  if (parts.size() < 2 || (!lead.empty() && !when)) return false;
  bool strong = when.has_value();
  std::string publisher;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::u32string& label = parts[i].label;
    const std::string value = Clean(parts[i].value);
    const bool date_label = IsOneOf(label, kDateLabels);
    strong = strong || IsOneOf(label, kSourceLabels) || (date_label && label.size() > 2);
    if (!when && date_label) when = LeadingTime(value);
    if (IsOneOf(label, kSourceLabels) && publisher.empty() && HasWords(value)) publisher = value;
    if (!date_label && !IsOneOf(label, kSourceLabels) && !IsOneOf(label, kOtherLabels)) {
      return false;  // "地点：三楼会议室" is the notice's own text
    }
  }
  if (!strong) return false;
  if (when && article.date.empty()) {
    article.date = when->date;
    article.time = when->time;
  }
  if (IsWebUrl(publisher)) {
    if (article.source_url.empty()) article.source_url = publisher.substr(0, publisher.find(' '));
  } else if (!publisher.empty() && article.publisher.empty()) {
    article.publisher = publisher;
  }
  return true;
}

bool IsFurnitureLine(std::string_view line) {
  const std::string text = Unbracketed(line);
  if (text.size() > 150) return false;
  for (std::string_view mark :
       {"打印本页", "关闭窗口", "打印此页",   "关闭本页",  "【打印】",  "【关闭】", "[打印]",
        "[关闭]",   "返回顶部", "版权所有",   "Copyright", "copyright", "©",        "ICP备",
        "公网安备", "上一篇",   "下一篇",     "上一页",    "下一页",    "分享到",   "扫一扫",
        "当前位置", "您的位置", "现在的位置", "字号："}) {
    if (text.find(mark) != std::string::npos) return true;
  }
  for (std::string_view start : {"责任编辑", "编辑：", "编辑:", "审核：", "校对：", "终审：",
                                 "初审：", "图为", "图：", "图/", "图片来源", "摄影：", "摄影/"}) {
    if (text.starts_with(start)) return true;
  }
  if (text.starts_with("首页")) {
    for (std::string_view arrow : {">", "›", "»", "＞", "/"}) {
      if (text.find(arrow) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace briefcast
