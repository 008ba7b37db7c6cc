#pragma once
// ARM resources → Pathlight's topology (format version 2): the one mapper every input form feeds
// (../shared/spec/import.md; the property map is ../shared/data/azure-corpus/FORMS.md §3).
// Every object keeps its Azure `name`, `resourceGroup` and `armId`; values Pathlight chose are
// listed under the object's `inferred` key and in the report. Standard C++ only.

#include "import/import_report.h"
#include "import/resolved_input.h"

namespace pathlight::armimport {

// The topology as file JSON ({"format", "version": 2, "vnets": [...], ...}), not yet checked by the
// reader; `report` gains an entry per resource and the notes (skipped, inferred, questions,
// half-configured). Never throws; an input of any shape gives some topology, perhaps empty.
Json mapResources(const ResourceSet& resources, ImportReport& report);

} // namespace pathlight::armimport
