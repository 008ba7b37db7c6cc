// File ▸ Import from Azure files / folder and Arrange ▸ Automatic layout (../shared/spec/import.md
// "Command line and GUI"): the import runs the model's importer, the result becomes a new document
// in one undo step, the report goes to its dock, and the suggested checks are its flows.

#include "main_window.h"

#include "canvas/topology_view.h"
#include "document.h"
#include "import/importer.h"
#include "panels/import_report_panel.h"
#include "text/import_text.h"
#include "text/message_text.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <set>

namespace pathlight {

void MainWindow::forgetImportReport() {
    importReport_->setReport({});
    if (auto* dock = findChild<QDockWidget*>("ImportReportDock")) dock->hide();
}

bool MainWindow::importAzureFiles(const QStringList& inputs) {
    if (inputs.isEmpty()) return false;
    armimport::ImportOptions options;
    for (const QString& input : inputs)
        options.inputs.push_back(QDir::toNativeSeparators(input).toStdString());
    return adoptImport(armimport::importAzureFiles(options), inputs.join(", "), {});
}

bool MainWindow::adoptImport(armimport::ImportResult result, const QString& what, const QString& title) {
    if (!result.ok()) {
        QStringList lines;
        for (const auto& d : result.errors)
            lines << (d.pointer.empty() ? QString() : visible(d.pointer) + ": ") + displayText(d.message);
        std::set<std::string> said; // a refusal the errors already give is not repeated
        for (const auto& d : result.errors)
            said.insert(d.code);
        for (const auto& n : result.report.notes)
            if ((n.kind == armimport::NoteKind::Refused || n.kind == armimport::NoteKind::NotRead) &&
                !said.count(n.code))
                lines << (n.source.empty() ? QString() : visible(n.source) + ": ") + displayText(n.message);
        reportLoadErrors(what, lines);
        statusBar()->showMessage(tr("Nothing was imported; the document shown is unchanged"), 8000);
        return false;
    }
    if (!maybeSave()) return false;
    Topology imported = std::move(*result.topology);
    imported.title = (title.isEmpty() ? importTitle(result.report) : title).toStdString();
    // The suggested checks, named in the user's language after the imported objects.
    std::size_t leftOut = 0;
    const std::vector<Flow> suggested = namedSuggestedFlows(imported, &leftOut);
    nameObjectsFromThisDocument(); // the namer of the open document again
    imported.flows.insert(imported.flows.end(), suggested.begin(), suggested.end());
    document_->clearToNew();
    const auto errors = document_->apply(
        Change::patched(makePatch(topologyToJson(document_->topology()), topologyToJson(imported))),
        [] { return tr("Import from Azure"); });
    if (!errors.empty()) { // not expected: the importer checked it with the same reader
        QStringList lines;
        for (const auto& d : errors)
            lines << visible(d.pointer) + ": " + displayText(d.message);
        reportLoadErrors(what, lines);
        return false;
    }
    nameObjectsFromThisDocument();
    importReport_->setReport(std::move(result.report));
    // After the views have taken the new document (selecting a flow raises its own docks).
    QTimer::singleShot(0, this, [this] {
        if (auto* dock = findChild<QDockWidget*>("ImportReportDock")) {
            dock->show();
            dock->raise();
        }
    });
    QString message =
        tr("Imported %1 VNets and %2 VMs; %n suggested checks added", nullptr, int(suggested.size()))
            .arg(document_->topology().vnets.size())
            .arg(document_->topology().vms.size());
    if (leftOut > 0)
        message += " " + tr("(%n more left out: at most 50 of each kind)", nullptr, int(leftOut));
    statusBar()->showMessage(message, 8000);
    QTimer::singleShot(0, view_, &TopologyView::showDocument);
    return true;
}

void MainWindow::chooseImport(bool folder) {
    QSettings settings;
    const QString start = settings.value("importDir", settings.value("lastDir")).toString();
    QStringList inputs;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import an Azure folder"), start);
        if (!dir.isEmpty()) inputs << dir;
    } else {
        inputs = QFileDialog::getOpenFileNames(
            this, tr("Import from Azure files"), start,
            tr("Azure JSON (az or REST output, ARM templates, exports) (*.json);;All files (*)"));
    }
    restoreFocus();
    if (inputs.isEmpty()) return;
    settings.setValue("importDir", QFileInfo(inputs.front()).absolutePath());
    importAzureFiles(inputs);
}

bool MainWindow::automaticLayout() {
    if (document_->topology().layout.empty()) {
        statusBar()->showMessage(tr("Already laid out automatically"), 4000);
        return false;
    }
    Json after = topologyToJson(document_->topology());
    after.erase("layout");
    const auto errors =
        document_->apply(Change::patched(makePatch(topologyToJson(document_->topology()), after)),
                         [] { return tr("Automatic layout"); });
    if (!errors.empty()) return false;
    QTimer::singleShot(0, view_, &TopologyView::showDocument);
    return true;
}

} // namespace pathlight
