#include "feeds/publish/job_messages.h"

#include <nlohmann/json.hpp>

#include "audio/error.h"
#include "feeds/site_layout.h"

namespace briefcast {

using nlohmann::json;

std::string StageMessage(std::size_t job, const std::string& stage, double fraction) {
  return json{{"job", job}, {"stage", stage}, {"fraction", fraction}}.dump();
}

std::string MadeMessage(std::size_t job, const MadeEpisode& made) {
  json stages = json::array();
  for (const auto& [stage, seconds] : made.stage_seconds) stages.push_back({stage, seconds});
  return json{{"job", job},
              {"duration_seconds", made.duration_seconds},
              {"audio_bytes", made.audio_bytes},
              {"stage_seconds", stages},
              {"mp3_parts", made.mp3_parts},
              {"rerendered_parts", made.rerendered_parts}}
      .dump();
}

void TellProgress(const std::string& message, const std::vector<const EpisodePlan*>& jobs,
                  const std::string& base_url, PublishProgress& progress) {
  const json value = json::parse(message, nullptr, false);
  if (!value.is_object() || !value.contains("job") || !value["job"].is_number_unsigned() ||
      value["job"].get<std::size_t>() >= jobs.size()) {
    throw Error("internal: a worker sent a message that is not a job's: " + message);
  }
  const std::size_t job = value["job"].get<std::size_t>();
  const EpisodeRecord& record = jobs[job]->record;
  if (value.contains("stage")) {
    progress.Stage({job + 1, jobs.size(), record.id, record.title,
                    value["stage"].get<std::string>(), value.value("fraction", 0.0)});
    return;
  }
  PublishedEpisode episode{job + 1,
                           jobs.size(),
                           record.id,
                           record.title,
                           SiteLayout::EpisodeUrl(base_url, record.id, ".mp3"),
                           value.value("duration_seconds", 0.0),
                           value.value("audio_bytes", std::int64_t{0}),
                           {}};
  for (const json& stage : value.value("stage_seconds", json::array())) {
    episode.stage_seconds.emplace_back(stage[0].get<std::string>(), stage[1].get<double>());
  }
  episode.mp3_parts = value.value("mp3_parts", 0);
  episode.rerendered_parts = value.value("rerendered_parts", 0);
  progress.Published(episode);
}

}  // namespace briefcast
