// File ▸ Compare with… (issue 17, "Design against reality"): the open design against another
// topology, such as an import of what is deployed. The comparison is a snapshot: an edit marks it
// stale and "Compare again" recomputes it.

#include "main_window.h"

#include "analysis/topology_diff.h"
#include "canvas/canvas_items.h"
#include "canvas/topology_scene.h"
#include "document.h"
#include "io/topology_io.h"
#include "panels/comparison_panel.h"
#include "text/message_text.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace pathlight {

bool MainWindow::compareWith(const QString& path) {
    LoadResult loaded = loadTopologyFromFile(QDir::toNativeSeparators(path).toStdString());
    if (!loaded.ok()) {
        QStringList lines;
        for (const auto& d : loaded.diagnostics)
            if (d.severity == Severity::Error)
                lines << (d.pointer.empty() ? QString() : visible(d.pointer) + ": ") + displayText(d.message);
        reportLoadErrors(path, lines);
        statusBar()->showMessage(tr("%1 was not compared").arg(QDir::toNativeSeparators(path)), 8000);
        return false;
    }
    comparison_->setDiff(
        diffTopologies(document_->topology(), *loaded.topology,
                       std::make_shared<const EndpointCatalog>(document_->analysis().catalog())),
        path);
    comparedPath_ = path;
    comparedAtStep_ = document_->undoStack()->index();
    // After the views have settled (selecting a flow raises its own docks).
    QTimer::singleShot(0, this, [this] {
        if (auto* dock = findChild<QDockWidget*>("ComparisonDock")) {
            dock->show();
            dock->raise();
        }
    });
    refresh();
    return true;
}

void MainWindow::chooseCompare() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare the design with"), settings.value("lastDir").toString(),
        tr("Pathlight topologies (*.pathlight.json *.json);;All files (*)"));
    restoreFocus();
    if (!path.isEmpty()) compareWith(path);
}

void MainWindow::markComparisonOnCanvas() {
    if (comparedPath_.isEmpty()) return;
    comparison_->setStale(document_->undoStack()->index() != comparedAtStep_);
    for (const auto& o : comparison_->diff().objects) {
        if (o.designId.empty() || o.change == DiffChange::Added) continue;
        BoxItem* box = scene_->boxItem(QString::fromStdString(o.designId));
        if (!box) continue;
        QStringList details;
        if (o.change == DiffChange::Removed) {
            details << tr("Only in the design: %1 has no %2 %3")
                           .arg(visible(QFileInfo(comparedPath_).fileName().toStdString()),
                                displayObjectKind(o.kind), visible(o.name.empty() ? o.designId : o.name));
        } else {
            QStringList keys;
            for (const auto& k : o.keys)
                keys << visible(k);
            details << tr("Differs in %1: %2")
                           .arg(visible(QFileInfo(comparedPath_).fileName().toStdString()), keys.join(", "));
        }
        box->setMarker(QColor(132, 94, 247), o.change == DiffChange::Removed ? "−" : "≠", details);
    }
}

} // namespace pathlight
