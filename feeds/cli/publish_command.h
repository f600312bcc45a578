#pragma once

#include <ostream>

#include "feeds/cli/cli_args.h"

namespace briefcast {

// `briefcast publish`: publishes the articles; the log (feeds/cli/progress_log.h) goes to
// `err`, live on a terminal; the feed's path to `out` (not with --quiet). Returns the exit
// status; throws UsageError and Error.
int RunPublish(const ParsedArgs& parsed, std::ostream& out, std::ostream& err,
               bool err_is_terminal);

}  // namespace briefcast
