#include "synth/read/page_byline.h"

#include <catch2/catch.hpp>

namespace briefcast {
namespace {

TEST_CASE("bylines become fields", "[byline]") {
  Article article;
  CHECK(ReadByline("发布时间：2024-06-03 10:00来源：市应急管理局字号：大中小", article));
  CHECK(article.date == "2024-06-03");
  CHECK(article.time == "10:00");
  CHECK(article.publisher == "市应急管理局");
  Article dated;
  CHECK(ReadByline("2024-06-07 09:30 来源：集团新闻中心作者：李明浏览次数：1234", dated));
  CHECK(dated.date == "2024-06-07");
  CHECK(dated.publisher == "集团新闻中心");
  Article linked;
  CHECK(ReadByline("信息来源：https://www.example.gov.cn/a.html", linked));
  CHECK(linked.source_url == "https://www.example.gov.cn/a.html");
}

TEST_CASE("a notice's own labelled lines are not bylines", "[byline]") {
  Article article;
  CHECK_FALSE(ReadByline("时间：2024年6月10日地点：市政府三楼会议室", article));
  CHECK_FALSE(ReadByline("时间：下午三点", article));
  CHECK_FALSE(ReadByline("会议指出：来源于基层的经验要推广。", article));
  CHECK(article.date.empty());
}

TEST_CASE("furniture lines are recognized, story lines are not", "[byline]") {
  for (const char* line :
       {"（责任编辑：王芳）", "【打印本页】【关闭窗口】", "编辑：赵敏", "版权所有 © 2024 示例集团",
        "首页 > 新闻中心 > 公司要闻", "当前位置：首页", "图为志愿者在社区开展健康讲座",
        "（图/张三）", "上一篇：集团开展端午节慰问活动", "分享到：微信 微博"}) {
    INFO(line);
    CHECK(IsFurnitureLine(line));
  }
  for (const char* line :
       {"会议要求，各单位要坚持安全第一。", "首页改版后访问量明显上升。", "图书馆将于下周开放。"}) {
    INFO(line);
    CHECK_FALSE(IsFurnitureLine(line));
  }
}

}  // namespace
}  // namespace briefcast
