#pragma once
// pathlight-cli diff: a design against another topology (a live import, a modified copy).

#include "cli/cli_options.h"

namespace pathlight {

// diff DESIGN OTHER [--json]: the objects added, removed and changed, and the design's flows whose
// verdict or apparent source differ. Exit 0 when nothing differs, 1 when something does, 2 for
// unusable input.
int commandDiff(const QStringList& args, Streams io);

} // namespace pathlight
