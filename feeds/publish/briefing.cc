#include "feeds/publish/briefing.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "feeds/publish/episode_id.h"
#include "feeds/publish/news_sentence.h"
#include "synth/speech/segmenter.h"

namespace briefcast {
namespace {

// "2024-06-07" -> "2024年6月7日", which the normalizer reads as a date.
std::string ChineseDate(const std::string& iso_date) {
  int year = 0, month = 0, day = 0;
  if (std::sscanf(iso_date.c_str(), "%d-%d-%d", &year, &month, &day) != 3) return "";
  return std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

std::string StoryNumber(std::size_t i) { return "第" + std::to_string(i + 1) + "条"; }

// What is said before story i of n: "第2条，共3条：标题。新闻宣传中心，2024年6月7日发布。"
std::string Announcement(const Article& article, std::size_t i, std::size_t n) {
  std::string text = StoryNumber(i) + "，共" + std::to_string(n) + "条：" + article.title + "。";
  const std::string date = ChineseDate(article.date);
  if (!article.publisher.empty() && !date.empty()) {
    text += article.publisher + "，" + date + "发布。";
  } else if (!article.publisher.empty()) {
    text += "来源：" + article.publisher + "。";
  } else if (!date.empty()) {
    text += date + "发布。";
  }
  return text;
}

class ScriptWriter {
 public:
  // Adds `text` as a paragraph of its own, ending with `boundary`.
  void Say(const std::string& text, Boundary boundary) {
    if (text.empty()) return;
    std::vector<Segment> segments = SplitParagraph(text, paragraph_++);
    if (segments.empty()) return;
    segments.back().boundary = boundary;
    script_.segments.insert(script_.segments.end(), segments.begin(), segments.end());
  }
  void StartChapter(const std::string& title, const std::string& url) {
    script_.chapters.push_back({script_.segments.size(), title, url, false});
  }
  void EndStory() {
    if (!script_.segments.empty()) script_.segments.back().boundary = Boundary::kArticle;
  }
  EpisodeScript Take() { return std::move(script_); }

 private:
  EpisodeScript script_;
  int paragraph_ = 0;
};

// "2024-06-07" -> "6月7日", the date as a title carries it.
std::string MonthDay(const std::string& iso_date) {
  int year = 0, month = 0, day = 0;
  if (std::sscanf(iso_date.c_str(), "%d-%d-%d", &year, &month, &day) != 3) return "";
  return std::to_string(month) + "月" + std::to_string(day) + "日";
}

// When a briefing is dated and published: "YYYY-MM-DD" and "HH:MM", China Standard Time.
struct BriefingMoment {
  std::string date;
  std::string time;
};

BriefingMoment InChina(std::chrono::system_clock::time_point now) {
  const std::time_t t = std::chrono::system_clock::to_time_t(now + std::chrono::hours(8));
  std::tm china{};
  gmtime_r(&t, &china);
  char date[16], time[8];
  std::strftime(date, sizeof date, "%Y-%m-%d", &china);
  std::strftime(time, sizeof time, "%H:%M", &china);
  return {date, time};
}

// options.date, else the newest article's date, else now; the time is the newest story's
// on that date (08:00 when none says).
BriefingMoment Moment(const std::vector<Article>& articles, const std::string& date,
                      std::chrono::system_clock::time_point now) {
  BriefingMoment moment{date, ""};
  for (const Article& article : articles) {
    if (date.empty() && article.date > moment.date) moment.date = article.date;
  }
  if (moment.date.empty()) return InChina(now);
  for (const Article& article : articles) {
    if (article.date == moment.date && article.time > moment.time) moment.time = article.time;
  }
  if (moment.time.empty()) moment.time = "08:00";
  return moment;
}

// "HH:MM" plus `minutes` (0 or 1), kept inside the day: 23:59 becomes 23:58 and 23:59.
std::string RfcTime(const BriefingMoment& moment, int minutes) {
  int hours = 8, mins = 0;
  std::sscanf(moment.time.c_str(), "%d:%d", &hours, &mins);
  const int of_day = std::clamp(hours * 60 + mins, 0, 24 * 60 - 2) + minutes;
  const auto two_digits = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return moment.date + "T" + two_digits(of_day / 60) + ":" + two_digits(of_day % 60) + ":00+08:00";
}

// The title apps show: always with the date.
std::string DisplayTitle(const BriefingOptions& options, const std::string& date) {
  const std::string kind = options.headlines_only ? "头条速览" : "新闻简报";
  if (options.title.empty()) return ChineseDate(date) + kind;
  std::string title = options.title + (options.headlines_only ? "（头条速览）" : "");
  if (title.find(MonthDay(date)) == std::string::npos) title += " · " + MonthDay(date);
  return title;
}

// The title as the rundown says it, without the date that follows it.
std::string SpokenTitle(const BriefingOptions& options, const std::string& date) {
  if (options.title.empty()) return DisplayTitle(options, date);
  return options.title + (options.headlines_only ? "（头条速览）" : "");
}

// The rundown chapter: the opening line (returned) and, in the briefing, every story's number
// and title (the headlines edition reads each title once, with its story).
std::string WriteRundown(ScriptWriter& writer, const std::vector<Article>& articles,
                         const std::string& spoken_title, const std::string& spoken_date,
                         bool headlines_only) {
  const bool title_has_date = spoken_title.find(spoken_date) != std::string::npos;
  const std::string opening = spoken_title + "。" + (title_has_date ? "" : spoken_date + "，") +
                              "本期共有" + std::to_string(articles.size()) + "条新闻。";
  writer.StartChapter("本期导读", "");
  writer.Say(opening, Boundary::kParagraph);
  for (std::size_t i = 0; i < articles.size() && !headlines_only; ++i) {
    writer.Say(StoryNumber(i) + "，" + articles[i].title + "。", Boundary::kParagraph);
  }
  writer.EndStory();
  return opening;
}

// Each story as a chapter: its announcement, then its text (its first sentence only for the
// headlines edition).
void WriteStories(ScriptWriter& writer, const std::vector<Article>& articles, bool headlines_only) {
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& article = articles[i];
    writer.StartChapter(article.title, article.source_url);
    writer.Say(Announcement(article, i, articles.size()), Boundary::kTitle);
    if (headlines_only) {
      writer.Say(FirstNewsSentence(article), Boundary::kParagraph);
    } else {
      for (const std::string& paragraph : article.paragraphs) {
        writer.Say(paragraph, Boundary::kParagraph);
      }
    }
    writer.EndStory();
  }
}

// What the feed and page say about the episode: the opening line, then each story's number,
// title and first sentence.
std::vector<std::string> Summary(const std::string& opening, const std::vector<Article>& articles) {
  std::vector<std::string> paragraphs = {opening};
  for (std::size_t i = 0; i < articles.size(); ++i) {
    paragraphs.push_back(StoryNumber(i) + "：" + articles[i].title + "。" +
                         FirstNewsSentence(articles[i]));
  }
  return paragraphs;
}

}  // namespace

EpisodePlan PlanBriefing(const std::vector<Article>& articles, const BriefingOptions& options,
                         const Config& config, std::chrono::system_clock::time_point now) {
  const BriefingMoment moment = Moment(articles, options.date, now);
  const std::string title = DisplayTitle(options, moment.date);
  const std::string spoken_title = SpokenTitle(options, moment.date);
  ScriptWriter writer;
  const std::string opening = WriteRundown(writer, articles, spoken_title, ChineseDate(moment.date),
                                           options.headlines_only);
  WriteStories(writer, articles, options.headlines_only);
  writer.Say(
      "以上就是" + spoken_title + "的全部" + std::to_string(articles.size()) + "条新闻，感谢收听。",
      Boundary::kArticle);

  EpisodePlan plan;
  plan.script = writer.Take();
  Article identity;
  identity.title = title;
  identity.date = moment.date;
  EpisodeRecord& record = plan.record;
  record.id = MakeEpisodeId(moment.date, options.headlines_only ? "headlines" : "briefing",
                            ArticleIdentity(identity));
  record.guid = EpisodeGuid(identity);
  record.title = title;
  record.author = config.channel.author;
  record.pub_date = RfcTime(moment, options.headlines_only ? 1 : 0);
  record.paragraphs = Summary(opening, articles);
  record.content_hash = ContentHash(plan.script, config);
  return plan;
}

}  // namespace briefcast
