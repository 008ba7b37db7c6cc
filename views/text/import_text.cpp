#include "text/import_text.h"

#include "import/suggested_flows.h"
#include "text/message_text.h"
#include "topology/topology_index.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace pathlight {

using armimport::ImportNote;
using armimport::ImportReport;
using armimport::InputForm;
using armimport::NoteKind;

QString displayNoteKind(NoteKind kind) {
    switch (kind) {
    case NoteKind::Skipped:
        return QCoreApplication::translate("Import", "skipped");
    case NoteKind::SecretDropped:
        return QCoreApplication::translate("Import", "secret dropped");
    case NoteKind::Unresolved:
        return QCoreApplication::translate("Import", "unresolved");
    case NoteKind::Inferred:
        return QCoreApplication::translate("Import", "inferred");
    case NoteKind::Question:
        return QCoreApplication::translate("Import", "question");
    case NoteKind::HalfConfigured:
        return QCoreApplication::translate("Import", "half-configured");
    case NoteKind::Refused:
        return QCoreApplication::translate("Import", "refused");
    case NoteKind::NotRead:
        return QCoreApplication::translate("Import", "not read");
    }
    return {};
}

QString displayInputForm(InputForm form) {
    switch (form) {
    case InputForm::ResolvedJson:
        return QCoreApplication::translate("Import", "resolved resource JSON");
    case InputForm::Template:
        return QCoreApplication::translate("Import", "ARM template or export");
    case InputForm::Parameters:
        return QCoreApplication::translate("Import", "parameters file");
    case InputForm::Diagnostic:
        return QCoreApplication::translate("Import", "diagnostic output");
    case InputForm::Refused:
        return QCoreApplication::translate("Import", "refused");
    }
    return {};
}

QString noteLine(const ImportNote& note) {
    QString place;
    if (!note.source.empty())
        place = visible(note.source) + (note.pointer.empty() ? "" : "#" + visible(note.pointer));
    return (place.isEmpty() ? QString() : place + ": ") + displayText(note.message) + " [" +
           QString::fromStdString(note.code) + "]";
}

QStringList reportLines(const ImportReport& report, int maxPerKind) {
    QStringList lines;
    lines << QCoreApplication::translate("Import", "Files read:");
    for (const auto& f : report.files)
        lines << "  " +
                     QCoreApplication::translate("Import", "%1 (%2, %n resources)", nullptr, int(f.resources))
                         .arg(visible(f.path), displayInputForm(f.form));
    lines << QCoreApplication::translate("Import", "Resources by type:");
    for (const auto& [type, n] : report.countsByType())
        lines << QString("  %1  %2").arg(n, 5).arg(visible(type));
    for (NoteKind kind :
         {NoteKind::NotRead, NoteKind::Question, NoteKind::Inferred, NoteKind::HalfConfigured,
          NoteKind::Unresolved, NoteKind::SecretDropped, NoteKind::Skipped, NoteKind::Refused}) {
        const std::size_t n = report.count(kind);
        if (n == 0) continue;
        lines << QCoreApplication::translate("Import", "%1 (%2):").arg(displayNoteKind(kind)).arg(n);
        int shown = 0;
        for (const auto& note : report.notes)
            if (note.kind == kind && (maxPerKind <= 0 || shown++ < maxPerKind))
                lines << "  " + noteLine(note);
        if (maxPerKind > 0 && n > std::size_t(maxPerKind))
            lines << "  " +
                         QCoreApplication::translate("Import", "… and %n more", nullptr, int(n - maxPerKind));
    }
    return lines;
}

QString importTitle(const ImportReport& report) {
    QStringList names;
    for (const auto& f : report.files)
        if (f.resources > 0) names << QFileInfo(QString::fromStdString(f.path)).fileName();
    QString list = names.mid(0, 3).join(", ");
    // A local count: lupdate 6.4 hung on the expression written inside the call.
    const int more = int(names.size()) - 3;
    if (more > 0) list = QCoreApplication::translate("Import", "%1 and %n more", nullptr, more).arg(list);
    return QCoreApplication::translate("Import", "Imported from %1").arg(visible(list.toStdString()));
}

std::vector<Flow> namedSuggestedFlows(const Topology& topology, std::size_t* leftOut) {
    const TopologyIndex index(topology);
    setObjectNamer([&index](const std::string& id) { return index.displayName(id); });
    std::vector<Flow> flows;
    for (const auto& s : armimport::suggestFlows(topology, 50, leftOut)) {
        Flow f = s.flow;
        f.name = displayText(s.name).toStdString();
        flows.push_back(std::move(f));
    }
    setObjectNamer(nullptr);
    return flows;
}

} // namespace pathlight
