#pragma once
// pathlight-cli's subcommands, callable in-process (the tests use them too).

#include <QStringList>
#include <QTextStream>

namespace pathlight {

// Runs one command line (without the program name). Returns the exit code:
// 0 success, 1 a finding (lint errors, a flow not delivered), 2 unusable input.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace pathlight
