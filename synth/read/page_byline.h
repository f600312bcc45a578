#pragma once

#include <string_view>

#include "synth/article.h"

namespace briefcast {

// Lines that web pages put around a story's text, read by the HTML reader
// (docs/formats.md, "HTML pages").

// Reads a byline: a line that starts with a date or a byline label and holds publication
// facts, as government and company sites write it above the story:
//   发布时间：2024-06-07 10:00  来源：市政府办公室  字号：[大 中 小]  打印本页
//   2024-06-07 10:00 来源：新闻中心 作者：张三
// A line is a byline when it has a strong label (发布时间, 发布日期, 来源, 信息来源, 文章来源,
// 作者, 发布人, 发布单位...) or starts with a date followed by a label; "时间：下午三点" alone
// is not one (notices say that in their text). Fills the date and time (a date label's value,
// or the leading date) and the publisher (a source or author label's value; an http(s) value
// sets the source URL) that `article` still lacks. Returns whether `line` is a byline.
bool ReadByline(std::string_view line, Article& article);

// True for a short line that is page furniture, not story: 责任编辑/编辑/审核 lines, 打印本页,
// 关闭窗口, 【打印】【关闭】, 返回顶部, 分享到, 扫一扫, copyright and ICP lines, 上一篇/下一篇,
// 上一页/下一页, breadcrumbs (首页 > 新闻中心, 当前位置：), and image captions (图为…, （图/…）).
bool IsFurnitureLine(std::string_view line);

}  // namespace briefcast
