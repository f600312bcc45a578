#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "feeds/config.h"
#include "feeds/publish/episode_plan.h"
#include "synth/article.h"

namespace briefcast {

struct BriefingOptions {
  // Empty: "<date>新闻简报" ("<date>头条速览" for headlines). Otherwise the title, with the
  // date added when it has none: "晨间新闻简报 · 6月7日" ("晨间新闻简报（头条速览） · 6月7日").
  std::string title;
  std::string date;             // YYYY-MM-DD; empty: the newest article's date
  bool headlines_only = false;  // each story's title and first sentence instead of its text
};

// One episode of several stories, in the given order, with spoken navigation in Chinese:
// a rundown (title, date, how many stories, their titles), an announcement before each
// story (its number of the total, title, publisher and date when known), and a closing
// line. Dates are always said as dates, never as "today". Each story is a chapter (with the
// story's source URL); the rundown is the first.
// One briefing per date: the date is options.date, else the newest article's date, else
// today in China Standard Time; the id and guid come from the date and the title, so the
// same day's briefing is the same episode (updated when its stories change). pub_date is the
// newest story's time on that date (08:00 when unknown; `now` without any date), the
// headlines edition one minute later, so apps list it first. The record's paragraphs, which
// the feed and page describe the episode with, are the rundown line and each story's title
// and first sentence. REQUIRES: !articles.empty().
EpisodePlan PlanBriefing(const std::vector<Article>& articles, const BriefingOptions& options,
                         const Config& config, std::chrono::system_clock::time_point now);

}  // namespace briefcast
