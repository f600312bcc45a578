// Pages laid out as Chinese company and government sites lay them out (tests/data/pages/):
// what is read, and what is not.
#include <catch2/catch.hpp>

#include "synth/read/html_reader.h"
#include "tests/test_support.h"

namespace briefcast {
namespace {

using Paragraphs = std::vector<std::string>;

HtmlPage ReadPage(const std::string& name) {
  const auto path = testing::SourceDir() / "tests/data/pages" / name;
  return ReadHtmlPage(testing::ReadFile(path), path.string());
}

std::string AllText(const Article& article) {
  std::string text = article.title + "\n" + article.publisher;
  for (const std::string& paragraph : article.paragraphs) text += "\n" + paragraph;
  return text;
}

void CheckNeverRead(const Article& article, std::initializer_list<std::string_view> never) {
  const std::string text = AllText(article);
  for (std::string_view phrase : never) {
    INFO("should not be read: " << phrase);
    CHECK(text.find(phrase) == std::string::npos);
  }
}

TEST_CASE("a portal page: the story without menus, sidebars, related news or footer",
          "[html][pages]") {
  const Article article = ReadPage("portal.html").article;
  CHECK(article.title == "集团召开2024年安全生产工作会议");
  CHECK(article.date == "2024-06-07");
  CHECK(article.time == "09:30");
  CHECK(article.publisher == "集团新闻中心");
  CHECK(
      article.paragraphs ==
      Paragraphs{
          "6月6日，集团召开2024年安全生产工作会议，总结上半年安全生产情况，部署下一阶段重点工作。",
          "会议指出，上半年集团安全生产形势总体平稳，各单位认真落实安全生产责任制，隐患排查治理取得"
          "明显成效。",
          "会议要求，各单位要坚持安全第一、预防为主，切实抓好汛期和高温季节的安全管理工作。"});
  CheckNeverRead(article, {"登录", "集团概况", "当前位置", "责任编辑", "分享到", "微博", "上一篇",
                           "端午节", "相关新闻", "一季度", "热点排行", "文明单位", "专题", "版权",
                           "ICP", "邮编", "浏览次数"});
}

TEST_CASE("a government notice: its 发布时间/来源/字号 block is metadata, not text",
          "[html][pages]") {
  const Article article = ReadPage("gov_notice.html").article;
  CHECK(article.title == "关于做好2024年防汛工作的通知");
  CHECK(article.date == "2024-06-03");
  CHECK(article.time == "10:00");
  CHECK(article.publisher == "市应急管理局");
  CHECK(article.paragraphs ==
        Paragraphs{"各区人民政府，市政府各部门：",
                   "为切实做好今年防汛工作，保障人民群众生命财产安全，现将有关事项通知如下。",
                   "一、提高思想认识。各单位要充分认识防汛工作的重要性，层层压实防汛责任。",
                   "二、加强值班值守。汛期实行二十四小时值班和领导带班制度。",
                   "时间：2024年6月10日地点：市政府三楼会议室", "示例市人民政府办公室",
                   "2024年6月3日"});
  CheckNeverRead(article, {"政务公开", "您现在的位置", "字号", "发布时间", "打印", "关闭窗口",
                           "主办", "网站标识码", "版权"});
}

TEST_CASE("a WeChat article: #js_content though hidden, author and time from its byline",
          "[html][pages]") {
  const Article article = ReadPage("wechat.html").article;
  CHECK(article.title == "新员工培训开班啦");
  CHECK(article.date == "2024-06-05");
  CHECK(article.time == "18:20");
  CHECK(article.publisher == "示例集团人力资源部");
  CHECK(
      article.paragraphs ==
      Paragraphs{
          "6月5日，示例集团2024年新员工入职培训正式开班，来自全国各地的一百二十名新员工参加培训。",
          "培训为期两周，内容包括企业文化、规章制度、安全知识和业务技能等课程。",
          "开班仪式上，人力资源部负责人勉励大家尽快适应新角色，在岗位上成长成才。"});
  CheckNeverRead(article, {"原创", "编辑", "审核", "扫一扫", "关注", "喜欢此内容", "年中工作会议",
                           "留言", "欢迎新同事", "#新员工", "微信公众平台"});
}

TEST_CASE("text in nested divs without <p>: the blocks of the story, not the menus",
          "[html][pages]") {
  const Article article = ReadPage("nested_divs.html").article;
  CHECK(article.title == "公司开展夏季消防演练");
  CHECK(article.date == "2024-06-12");
  CHECK(article.publisher == "安全环保部");
  CHECK(article.paragraphs ==
        Paragraphs{"6月12日上午，公司在生产区组织开展夏季消防应急演练，三百余名员工参加。",
                   "演练模拟生产车间突发火情，员工按照预案迅速疏散，应急小组使用消防器材成功处置。",
                   "演练结束后，消防专家进行了点评，并现场讲解了灭火器的正确使用方法。",
                   "公司表示，将常态化开展应急演练，不断提高全员的应急处置能力。"});
  CheckNeverRead(article,
                 {"网站首页", "联系我们", "公司新闻", "行业动态", "日期", "地址", "电话", "版权"});
}

TEST_CASE("a story over several pages: each page's text and the link to the next",
          "[html][pages]") {
  const HtmlPage first = ReadPage("multipage_1.html");
  CHECK(first.article.title == "数字化转型三年回顾");
  CHECK(first.article.date == "2024-06-15");
  CHECK(first.article.publisher == "信息技术部");
  CHECK(first.article.paragraphs ==
        Paragraphs{"三年来，公司把数字化转型作为发展战略的重要组成部分，持续加大投入。",
                   "第一年，公司完成了数据中心建设，核心业务系统全部迁移上云，"});
  CHECK(first.next_page_href == "multipage_2.html");
  CHECK(ReadPage("multipage_2.html").next_page_href == "multipage_3.html");
  const HtmlPage last = ReadPage("multipage_3.html");
  CHECK(last.next_page_href.empty());
  CheckNeverRead(last.article, {"上一页", "下一页", "版权", "首页"});
}

TEST_CASE("a page with images: paragraphs around them, no captions or alt text", "[html][pages]") {
  const Article article = ReadPage("images.html").article;
  CHECK(article.title == "公司志愿者走进社区开展义诊活动");
  CHECK(article.date == "2024-06-20");
  CHECK(article.time == "10:15");
  CHECK(article.publisher == "示例医疗党群工作部");
  CHECK(article.paragraphs ==
        Paragraphs{"6月19日，公司组织二十名医护志愿者走进阳光社区，为居民提供免费义诊服务。",
                   "志愿者为居民测量血压、血糖，并耐心讲解夏季常见病的预防知识。",
                   "活动共服务居民三百余人次，发放健康手册五百余份，受到居民的欢迎。"});
  CheckNeverRead(article, {"照片", "义诊现场，", "图为", "健康讲座", "摄影", "孙强", "版权"});
}

}  // namespace
}  // namespace briefcast
