// The main window's files: open, save, recovery of autosaved work, export, report and print.

#include "gui/main_window.h"

#include "canvas/drawio_writer.h"
#include "canvas/scene_export.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "gui/document.h"
#include "panels/flows_panel.h"
#include "plots/reachability_matrix.h"
#include "report/report_writer.h"
#include "text/message_text.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <qcustomplot.h>

#include <algorithm>

namespace pathlight {

void MainWindow::setAutosaveInterval(int milliseconds) {
    autosave_->start(milliseconds);
}

bool MainWindow::offerRecoveries() {
    // The open documents' copies were offered by openFile: this window's and, with several files
    // opened, those of the other windows shown.
    QStringList open{document_->recoveryPath()};
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (const auto* window = qobject_cast<MainWindow*>(widget); window && window->isVisible())
            open << window->document()->recoveryPath();
    QList<Document::RecoveryCopy> copies;
    for (const auto& copy : Document::recoveryCopies())
        if (!open.contains(copy.file)) copies << copy;
    if (copies.isEmpty()) return false;
    QStringList descriptions;
    for (const auto& copy : copies)
        descriptions << tr("%1 — autosaved %2")
                            .arg(copy.originalPath.isEmpty() ? tr("Untitled")
                                                             : QDir::toNativeSeparators(copy.originalPath),
                                 QLocale().toString(copy.saved, QLocale::ShortFormat));
    const int chosen = chooseRecovery(descriptions);
    if (chosen < 0 || chosen >= copies.size()) return true;
    const Document::RecoveryCopy copy = copies[chosen];
    if (document_->isModified() && !maybeSave()) return true;
    if (!copy.originalPath.isEmpty() && QFileInfo::exists(copy.originalPath)) {
        // Open the file without asking again, then put the autosaved state over it.
        const auto errors = document_->load(copy.originalPath);
        if (!errors.empty()) {
            reportLoadErrors(copy.originalPath, {displayText(errors.front().message)});
            return true;
        }
    } else {
        // Untitled, or its file is gone: the work comes back as an untitled document.
        document_->clearToNew();
    }
    const QString failure = document_->recoverFrom(copy.file);
    if (!failure.isEmpty()) statusBar()->showMessage(failure, 6000);
    QTimer::singleShot(0, view_, &TopologyView::showDocument);
    return true;
}

bool MainWindow::openFile(const QString& path, bool askFirst) {
    if (askFirst && document_->isModified() && !maybeSave()) return false;
    const auto errors = document_->load(path);
    if (errors.empty()) {
        forgetImportReport(); // it was about the document now closed
        const QFileInfo recovery(document_->recoveryPath());
        if (recovery.exists() && !Document::recoveryInUse(recovery.filePath())) {
            if (askRecover(QLocale().toString(recovery.lastModified(), QLocale::ShortFormat)))
                document_->recover();
            else
                document_->discardRecovery();
        }
        if (!document_->isBuiltIn()) rememberRecent(path);
        QTimer::singleShot(0, view_, &TopologyView::showDocument);
        return true;
    }
    QStringList lines;
    for (const auto& d : errors)
        lines << (d.pointer.empty() ? QString() : QString::fromStdString(d.pointer) + ": ") +
                     displayText(d.message);
    reportLoadErrors(path, lines);
    statusBar()->showMessage(
        tr("%1 was not opened; the document shown is unchanged").arg(QDir::toNativeSeparators(path)), 8000);
    return false;
}

void MainWindow::chooseFile() {
    // Unsaved changes first, then the file (Qt's Application example): asked after the choice,
    // the question came when the user's mind was on the other file (newcomer walk).
    if (document_->isModified() && !maybeSave()) return;
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open topology"), settings.value("lastDir").toString(),
                                     tr("Pathlight topologies (*.pathlight.json *.json);;All files (*)"));
    restoreFocus(); // back to the canvas, so shortcuts work at once (newcomer walk)
    if (path.isEmpty()) return;
    settings.setValue("lastDir", QFileInfo(path).absolutePath());
    openFile(path, false);
}

bool MainWindow::maybeSave() {
    if (!document_->isModified()) return true;
    switch (askUnsaved(document_->displayName())) {
    case QMessageBox::Save:
        return saveDocument();
    case QMessageBox::Discard:
        document_->discardRecovery();
        return true;
    default:
        return false;
    }
}

bool MainWindow::saveDocument() {
    if (document_->path().isEmpty() || document_->isBuiltIn()) {
        chooseSaveAs();
        return !document_->isModified();
    }
    return saveDocumentAs(document_->path());
}

bool MainWindow::saveDocumentAs(const QString& path) {
    const QString error = document_->saveAs(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::chooseSaveAs() {
    QSettings settings;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save topology"), settings.value("lastDir").toString(),
                                     tr("Pathlight topologies (*.pathlight.json)"));
    restoreFocus(); // back to the canvas, so shortcuts work at once (newcomer walk)
    if (path.isEmpty()) return;
    if (!path.endsWith(".json")) path += ".pathlight.json";
    settings.setValue("lastDir", QFileInfo(path).absolutePath());
    saveDocumentAs(path);
}

QString MainWindow::exportDiagram(const QString& path) {
    const QString title = windowTitle();
    if (path.endsWith(".svg", Qt::CaseInsensitive)) return exportSvg(scene_, path, title);
    if (path.endsWith(".pdf", Qt::CaseInsensitive)) return exportPdf(scene_, path, title);
    if (path.endsWith(".drawio", Qt::CaseInsensitive)) {
        // The boxes where the canvas draws them, and the flows it shows, each on the path layer.
        const Diagram diagram = scene_->drawnDiagram();
        const QStringList ids = flows_->selectedFlowIds();
        std::vector<DrawioPath> paths;
        for (const auto& t : document_->traces())
            if (ids.contains(QString::fromStdString(t.flowId)) &&
                QString::fromStdString(t.flowId) != hiddenFlow_)
                paths.push_back({QString::fromStdString(t.flowName.empty() ? t.flowId : t.flowName) + " — " +
                                     displayVerdict(t.verdict),
                                 TopologyScene::verdictColor(t.verdict).name(), drawioPathBoxes(t, diagram)});
        return exportDrawio(diagram, paths, title, tr("Traced paths"), path);
    }
    return exportPng(scene_, path);
}

void MainWindow::chooseExport() {
    QSettings settings;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export diagram"), settings.value("lastDir").toString(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)") +
                                         ";;" + tr("draw.io diagram (*.drawio)"));
    restoreFocus(); // back to the canvas, so shortcuts work at once (newcomer walk)
    if (path.isEmpty()) return;
    const QString error = exportDiagram(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

QString MainWindow::exportReport(const QString& path) {
    const Topology& t = document_->topology();
    ReportInput input;
    input.analysis = &document_->analysis();
    input.title = t.title.empty() ? tr("Untitled topology") : QString::fromStdString(t.title);
    input.description = QString::fromStdString(t.description);
    input.fileName = document_->displayName();
    // The diagram as the window shows it, without the selection's highlight.
    const QStringList selected = scene_->selectedIds();
    scene_->clearSelection();
    QTemporaryDir temp;
    const QString png = temp.filePath("diagram.png");
    const QString imageError = exportPng(scene_, png);
    scene_->selectIds(selected);
    QFile image(png);
    if (imageError.isEmpty() && image.open(QIODevice::ReadOnly)) input.diagramPng = image.readAll();
    // The reachability matrix as the panel draws it (computed now if its tab was never shown),
    // large enough that every name on its axes reads.
    matrix_->ensureComputed();
    if (!matrix_->sources().isEmpty() && !matrix_->destinations().isEmpty()) {
        const int columns = int(std::min<qsizetype>(matrix_->destinations().size(), 40));
        const int rows = int(std::min<qsizetype>(matrix_->sources().size(), 40));
        const QPixmap pixmap = matrix_->plot()->toPixmap(std::clamp(260 + 26 * columns, 480, 1400),
                                                         std::clamp(200 + 26 * rows, 320, 1400));
        QBuffer buffer(&input.matrixPng);
        if (!buffer.open(QIODevice::WriteOnly) || !pixmap.save(&buffer, "PNG")) input.matrixPng.clear();
        input.matrixCaption =
            tr("Reachability matrix for %1 port %2: sources in rows, destinations in columns, each cell "
               "coloured by its verdict as on the canvas.")
                .arg(matrix_->protocol())
                .arg(matrix_->port());
    }
    QString text;
    if (path.endsWith(".md", Qt::CaseInsensitive)) {
        const QFileInfo info(path);
        if (!input.matrixPng.isEmpty()) {
            input.matrixFileName = info.completeBaseName() + "-reachability.png";
            QSaveFile matrix(info.dir().filePath(input.matrixFileName));
            if (!matrix.open(QIODevice::WriteOnly) || matrix.write(input.matrixPng) < 0 || !matrix.commit())
                return tr("cannot write %1: %2").arg(matrix.fileName(), matrix.errorString());
        }
        input.diagramFileName = info.completeBaseName() + "-diagram.png";
        QSaveFile diagram(info.dir().filePath(input.diagramFileName));
        if (!diagram.open(QIODevice::WriteOnly) || diagram.write(input.diagramPng) < 0 || !diagram.commit())
            return tr("cannot write %1: %2").arg(diagram.fileName(), diagram.errorString());
        text = ReportWriter::markdown(input);
    } else {
        text = ReportWriter::html(input);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return tr("cannot write %1: %2").arg(path, file.errorString());
    file.write(text.toUtf8());
    if (!file.commit()) return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void MainWindow::chooseReport() {
    QSettings settings;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), settings.value("lastDir").toString(),
                                     tr("HTML report (*.html);;Markdown report (*.md)"));
    restoreFocus(); // back to the canvas, so shortcuts work at once (newcomer walk)
    if (path.isEmpty()) return;
    const QString error = exportReport(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::printDiagram() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) printScene(scene_, &printer);
}

void MainWindow::restoreFocus() {
    // Without a window manager (and on some with one) nothing gives the window its focus back
    // after a dialog: every shortcut did nothing until the canvas was clicked.
    activateWindow();
    view_->setFocus(Qt::OtherFocusReason);
}

} // namespace pathlight
