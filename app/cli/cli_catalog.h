#pragma once
// The endpoint catalog every pathlight-cli command traces with: the built-in one, plus the service
// tag file named by `--service-tags FILE` (any position, like --lang). The CLI never reads the
// GUI's stored tag file by itself, so that a script's output depends only on its arguments.

#include "catalog/endpoint_catalog.h"
#include "cli/cli_options.h"

#include <memory>

namespace pathlight {

// Removes `--service-tags FILE` (or `--service-tags=FILE`) from args and loads the file. False
// (the reasons printed on io.err) when the file cannot be used; skipped entries are warned about.
bool takeServiceTagsOption(QStringList& args, Streams io);

// The catalog for this run (built once).
std::shared_ptr<const EndpointCatalog> cliCatalog();

} // namespace pathlight
