#pragma once

#include <vector>

#include "feeds/publish/publisher.h"
#include "synth/article.h"

namespace briefcast {

// Reads every source of `request` (files, directories, lists, URLs; docs/formats.md), in
// order, or by publication date with request.sort_by_date. What was fetched is remembered
// in the site for the next run (feeds/site/fetch_memory_file.h); web sources that failed go
// to report.source_problems, and the request counts to report.http_*. Throws Error for a
// bad file.
std::vector<Article> ReadAllArticles(const PublishRequest& request, PublishReport& report);

}  // namespace briefcast
