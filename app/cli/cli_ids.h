#pragma once
// pathlight-cli ids: the ids a file defines, one a line, for shell completion (the bash
// completion of pathlight-cli reads flows and NICs through it: the file is parsed, never run).

#include "cli/cli_options.h"

namespace pathlight {

// ids FILE flows|nics: every flow id or every NIC id of FILE, one a line, in the file's order.
// Exit 0 (even when there are none), 2 for a wrong kind or an unusable file (reasons on stderr).
int commandIds(const QStringList& args, Streams io);

} // namespace pathlight
