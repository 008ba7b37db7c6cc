#pragma once
// Import of Azure files into a topology (../shared/spec/import.md): reads each input (a file or a
// folder of .json files), recognises its form (resolved resource JSON, ARM template or export,
// parameters file; a building-block file or Terraform state is refused with the reason), merges
// the resources by ARM id, maps them (arm_mapper.h), and checks the result with the normal reader.
// Standard C++ only; the CLI and the GUI call it and translate the report.

#include "import/arm_template.h"
#include "import/import_report.h"
#include "io/topology_io.h"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::armimport {

struct ImportOptions {
    std::vector<std::string> inputs; // files or folders
    std::string parameters;    // a template's parameters file; empty: "<template>.parameters.json" beside it
    DeploymentContext context; // subscription, resource group, location for templates
    std::size_t maxFileBytes = 64u * 1024u * 1024u;
    std::size_t maxFiles = 5000;
};

struct ImportResult {
    std::optional<Topology> topology; // set when the import produced a usable topology
    ImportReport report;
    // Why nothing was produced (unusable input): the file and the JSON Pointer of the problem.
    std::vector<Diagnostic> errors;
    bool ok() const { return topology.has_value(); }
};

// Never throws. Files are read as they are; nothing is written.
ImportResult importAzureFiles(const ImportOptions& options);

// A parsed input held in memory: where it was read (a file's path, or the request a live import
// read it from; the report's `files` and notes name it) and its JSON.
struct InputDocument {
    std::string source;
    Json json;
};

// The import of documents already read, in their order: what importAzureFiles does after reading
// its files (form recognition, merge by ARM id, mapping, the reader's check, lints), so a live
// import's responses and files give the same topology for the same JSON. `options.inputs` is
// only used to name the input in errors about it as a whole (else the first document's source);
// a template's parameters file is still read from disk (options.parameters or beside a source
// that is a path). Never throws.
ImportResult importDocuments(const std::vector<InputDocument>& documents, const ImportOptions& options);

} // namespace pathlight::armimport
