#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "feeds/publish/episode_job.h"
#include "feeds/publish/episode_plan.h"
#include "feeds/publish/publish_progress.h"

namespace briefcast {

// The messages an episode job sends from its worker process to the publishing process
// (WorkerMessage): one line of JSON each.
std::string StageMessage(std::size_t job, const std::string& stage, double fraction);
std::string MadeMessage(std::size_t job, const MadeEpisode& made);

// Decodes a message of job `jobs[k]` and tells `progress` about that episode (its number is
// k + 1 of jobs.size(); its URL below `base_url`). Throws Error on a message these functions
// did not make.
void TellProgress(const std::string& message, const std::vector<const EpisodePlan*>& jobs,
                  const std::string& base_url, PublishProgress& progress);

}  // namespace briefcast
