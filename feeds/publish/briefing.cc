#include "feeds/publish/briefing.h"

#include <ctime>

#include "feeds/publish/episode_id.h"
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

// The first sentence of the story's text, for the headlines edition.
std::string FirstSentence(const Article& article) {
  if (article.paragraphs.empty()) return "";
  const std::vector<Segment> sentences = SplitParagraph(article.paragraphs.front(), 0);
  return sentences.empty() ? "" : sentences.front().text;
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
    script_.chapters.push_back({script_.segments.size(), ShortenTitle(title), url, false});
  }
  void EndStory() {
    if (!script_.segments.empty()) script_.segments.back().boundary = Boundary::kArticle;
  }
  EpisodeScript Take() { return std::move(script_); }

 private:
  EpisodeScript script_;
  int paragraph_ = 0;
};

std::string TodayInChina(std::chrono::system_clock::time_point now) {
  const std::time_t t = std::chrono::system_clock::to_time_t(now + std::chrono::hours(8));
  std::tm china{};
  gmtime_r(&t, &china);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &china);
  return buffer;
}

}  // namespace

EpisodePlan PlanBriefing(const std::vector<Article>& articles, const BriefingOptions& options,
                         const Config& config, std::chrono::system_clock::time_point now) {
  const std::string date = TodayInChina(now);
  const std::string spoken_date = ChineseDate(date);
  const std::string kind = options.headlines_only ? "头条速览" : "新闻简报";
  std::string title = options.title.empty() ? spoken_date + kind : options.title;
  if (options.headlines_only && !options.title.empty()) title += "（头条速览）";
  const std::string count = std::to_string(articles.size());

  ScriptWriter writer;
  const bool title_has_date = title.find(spoken_date) != std::string::npos;
  std::vector<std::string> rundown = {title + "。" + (title_has_date ? "" : spoken_date + "，") +
                                      "本期共有" + count + "条新闻。"};
  for (std::size_t i = 0; i < articles.size(); ++i) {
    rundown.push_back(StoryNumber(i) + "，" + articles[i].title + "。");
  }
  writer.StartChapter("本期导读", "");
  for (const std::string& line : rundown) writer.Say(line, Boundary::kParagraph);
  writer.EndStory();
  for (std::size_t i = 0; i < articles.size(); ++i) {
    const Article& article = articles[i];
    writer.StartChapter(article.title, article.source_url);
    writer.Say(Announcement(article, i, articles.size()), Boundary::kTitle);
    if (options.headlines_only) {
      writer.Say(FirstSentence(article), Boundary::kParagraph);
    } else {
      for (const std::string& paragraph : article.paragraphs) {
        writer.Say(paragraph, Boundary::kParagraph);
      }
    }
    writer.EndStory();
  }
  writer.Say("以上就是" + title + "的全部" + count + "条新闻，感谢收听。", Boundary::kArticle);

  EpisodePlan plan;
  plan.script = writer.Take();
  Article identity;
  identity.title = title;
  identity.date = date;
  EpisodeRecord& record = plan.record;
  record.id = MakeEpisodeId(date, options.headlines_only ? "headlines" : "briefing",
                            ArticleIdentity(identity));
  record.guid = EpisodeGuid(identity);
  record.title = title;
  record.author = config.channel.author;
  record.pub_date = PublicationTime("", "", now);
  record.paragraphs = rundown;
  record.content_hash = ContentHash(plan.script, config);
  return plan;
}

}  // namespace briefcast
