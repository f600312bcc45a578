#pragma once

#include "feeds/site_layout.h"
#include "synth/fetch/fetcher.h"

namespace briefcast {

// The site's memory of fetched URLs (synth/fetch/fetcher.h), in <site>/.fetched/:
// index.json holds per URL its ETag, Last-Modified, final URL, Content-Type, feed item
// version, last use and the SHA-1 of its body; <sha1 of the URL>.body holds the body as
// received. Every file is written atomically, bodies before the index.

// The remembered URLs; empty when there are none. An entry whose body file is missing or
// does not match its hash is left out (it is then fetched in full again).
FetchMemory LoadFetchMemory(const SiteLayout& site);

// Replaces the memory with `memory`, without the entries last used more than 30 days
// before `today` (YYYY-MM-DD), and removes body files no entry names. Throws Error naming
// the file when it cannot be written.
void SaveFetchMemory(const SiteLayout& site, const FetchMemory& memory, const std::string& today);

}  // namespace briefcast
