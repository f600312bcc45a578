#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "feeds/config.h"
#include "feeds/publish/episode_plan.h"
#include "synth/article.h"

namespace briefcast {

struct BriefingOptions {
  std::string title;            // empty: "<date>新闻简报" ("<date>头条速览" for headlines)
  bool headlines_only = false;  // each story's title and first sentence instead of its text
};

// One episode of several stories, in the given order, with spoken navigation in Chinese:
// a rundown (title, date, how many stories, their titles), an announcement before each
// story (its number of the total, title, publisher and date when known), and a closing
// line. Dates are always said as dates, never as "today". Each story is a chapter (with the
// story's source URL); the rundown is the first. The briefing's date is `now` in China
// Standard Time. REQUIRES: !articles.empty().
EpisodePlan PlanBriefing(const std::vector<Article>& articles, const BriefingOptions& options,
                         const Config& config, std::chrono::system_clock::time_point now);

}  // namespace briefcast
