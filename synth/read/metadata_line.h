#pragma once

#include <string_view>

#include "synth/article.h"

namespace briefcast {

// Reads the metadata line of the plain-text format (docs/formats.md), which the plain-text
// and Markdown readers both accept:
//
//   发布时间：2024-06-07 08:30 发布人：新闻宣传中心 原文链接：https://example.cn/a
//
// The line starts with a key -- 发布时间, 发布人, 原文链接, 链接 or 来源 -- and a colon (full or
// half width). A key's value runs to the next key, to another label of Han characters and a
// colon after white space ("浏览次数："), or to the end of the line, without the white space
// and ,，;；、| around it; an empty value sets nothing.
//   发布时间  sets article.date and article.time as ParsePublishedTime reads the value; when
//            the whole value is not a time, its longest run of leading words that is
//            ("2024-06-07 星期五" -> 2024-06-07, no time).
//   发布人    sets article.publisher to the value cleaned by CleanReadText.
//   原文链接, 链接, 来源  set article.source_url to the value's first word when that is an
//            http(s) URL; 原文链接 wins over 链接, which wins over 来源.
// Returns false, changing nothing, when `line` is not a metadata line.
// Throws Error "<source>:<line_number>: 发布时间 '<value>' is not a valid date; write it as
// YYYY-MM-DD" when no leading words of the 发布时间 value are a date ("2024-13-45").
bool ReadMetadataLine(std::string_view line, int line_number, std::string_view source,
                      Article& article);

}  // namespace briefcast
