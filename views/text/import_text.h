#pragma once
// The import report (model/import/import_report.h) in the current language: the kinds of notes
// and input forms, one note as a line, and the report as the text the CLI prints and the GUI's
// report dock shows. Qt Core only.

#include "import/import_report.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace pathlight {

// "inferred", "question", "skipped" ... in the current language.
QString displayNoteKind(armimport::NoteKind kind);
// "resolved resource JSON", "ARM template or export" ... in the current language.
QString displayInputForm(armimport::InputForm form);
// "file#/pointer: message [CODE]" (the place only when the note has one).
QString noteLine(const armimport::ImportNote& note);
// The whole report as lines: the files read, the counts by ARM type, then the notes grouped by
// kind (what a live import could not read first, then questions, inferred values, half-configured things,
// skipped, refused). With `maxPerKind` > 0, each kind lists that many notes and then says how many more there
// are.
QStringList reportLines(const armimport::ImportReport& report, int maxPerKind = 0);
// A title for the imported document: "Imported from a.json, b.json" (the files that gave
// resources; the first three, then how many more), in the current language.
QString importTitle(const armimport::ImportReport& report);
// The suggested checks of an imported topology (import/suggested_flows.h) as flows named in the
// current language after the objects' names. Leaves the object namer unset (setObjectNamer):
// the window sets its own again. `leftOut` as suggestFlows.
std::vector<Flow> namedSuggestedFlows(const Topology& topology, std::size_t* leftOut = nullptr);

} // namespace pathlight
