#include "feeds/formats/chapters_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "feeds/formats/xml_text.h"

namespace briefcast {

std::string BuildChaptersJson(const std::vector<ChapterMark>& chapters) {
  nlohmann::json list = nlohmann::json::array();
  for (const ChapterMark& chapter : chapters) {
    nlohmann::json entry = {{"startTime", std::round(chapter.start_seconds * 1000) / 1000},
                            {"title", XmlSafeText(chapter.title)}};
    if (!chapter.url.empty()) entry["url"] = XmlSafeText(chapter.url);
    list.push_back(std::move(entry));
  }
  nlohmann::json root = {{"version", "1.2.0"}, {"chapters", std::move(list)}};
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace briefcast
