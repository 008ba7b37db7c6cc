#pragma once
// pathlight-cli import: Azure files → a topology file (../shared/spec/import.md "Command line").

#include "cli/cli_options.h"

namespace pathlight {

// import INPUT... [--parameters F] [--context k=v,...] [--suggest-flows] [--report R.json] -o OUT
// Exit 0 when OUT was written (warnings allowed), 2 for unusable input (nothing written).
int commandImport(const QStringList& args, Streams io);

} // namespace pathlight
