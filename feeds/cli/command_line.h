#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace briefcast {

// Exit statuses (DESIGN.md): 0 success, 1 bad input or failed validation, 2 usage error,
// 3 internal error, 4 publish: some web sources failed (named on stderr), the others were
// published.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitInternal = 3;
inline constexpr int kExitSourcesFailed = 4;

// Runs `briefcast ARGS...` (args excludes the program name). Data goes to `out`, messages
// to `err`; returns the exit status. Never throws. `err_is_terminal`: `err` is shown on a
// terminal, where publish shows live progress.
int RunCommandLine(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
                   std::ostream& err, bool err_is_terminal = false);

}  // namespace briefcast
