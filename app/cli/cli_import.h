#pragma once
// pathlight-cli import: Azure files → a topology file (../shared/spec/import.md "Command line").

#include "cli/cli_options.h"
#include "import/importer.h"
#include "live/arm_client.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace pathlight {

// import INPUT... [--parameters F] [--context k=v,...] [--suggest-flows] [--report R.json] -o OUT
// Exit 0 when OUT was written (warnings allowed), 2 for unusable input (nothing written).
// With --live (cli_import_live.cpp): import --live --subscription ID [--resource-group RG]...
// [--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] [--report R.json] -o OUT
int commandImport(const QStringList& args, Streams io);

// The live import, from commandImport's parsed options (-o and --report already checked).
int commandImportLive(const Options& o, Streams io);

// What the live commands share (cli_import_live.cpp): --endpoint and --timeout into `settings`,
// and the token from --token-from (env: AZURE_ACCESS_TOKEN; az: the Azure CLI). False / nullopt
// with the reason printed.
bool liveSettingsFromOptions(const Options& o, live::ArmClientSettings& settings, Streams io);
std::optional<QByteArray> liveTokenFromOptions(const Options& o, const QUrl& endpoint, Streams io);

// What every import does with its result: prints the report (40 notes of each kind), and on
// success titles the topology (`title`, or after the files read), adds the suggested flows
// (--suggest-flows), writes --report and -o. Exit 0 when -o was written, 2 otherwise.
int writeImported(armimport::ImportResult result, const QString& title, const Options& o, Streams io);

} // namespace pathlight
