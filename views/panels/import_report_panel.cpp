#include "panels/import_report_panel.h"

#include "text/import_text.h"
#include "text/message_text.h"

#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>

namespace pathlight {

using armimport::NoteKind;

ImportReportPanel::ImportReportPanel(QWidget* parent) : QTreeWidget(parent) {
    setAlternatingRowColors(true);
    setWordWrap(true);
    setHeaderLabels({tr("Note"), tr("Where"), tr("Code")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty()) emit objectActivated(id);
    });
}

void ImportReportPanel::setReport(armimport::ImportReport report) {
    report_ = std::move(report);
    rebuild();
}

void ImportReportPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setHeaderLabels({tr("Note"), tr("Where"), tr("Code")});
        rebuild();
    }
    QTreeWidget::changeEvent(event);
}

void ImportReportPanel::rebuild() {
    clear();
    if (report_.files.empty()) return;
    auto* files = new QTreeWidgetItem(this, {tr("Files read (%1)").arg(report_.files.size())});
    for (const auto& f : report_.files) {
        auto* item = new QTreeWidgetItem(
            files, {tr("%1: %2, %n resources", nullptr, int(f.resources))
                        .arg(visible(QFileInfo(QString::fromStdString(f.path)).fileName().toStdString()),
                             displayInputForm(f.form)),
                    visible(f.path)});
        item->setToolTip(1, visible(f.path));
    }
    for (NoteKind kind :
         {NoteKind::NotRead, NoteKind::Question, NoteKind::Inferred, NoteKind::HalfConfigured,
          NoteKind::Unresolved, NoteKind::SecretDropped, NoteKind::Skipped, NoteKind::Refused}) {
        const std::size_t n = report_.count(kind);
        if (n == 0) continue;
        auto* group = new QTreeWidgetItem(this, {QString("%1 (%2)").arg(displayNoteKind(kind)).arg(n)});
        // What a live import could not read, questions and inferred values are what the user must
        // read: open; the rest closed.
        group->setExpanded(kind == NoteKind::NotRead || kind == NoteKind::Question ||
                           kind == NoteKind::Inferred || kind == NoteKind::HalfConfigured);
        for (const auto& note : report_.notes) {
            if (note.kind != kind) continue;
            QString where =
                note.source.empty() ? QString() : QFileInfo(QString::fromStdString(note.source)).fileName();
            if (!note.pointer.empty()) where += "#" + QString::fromStdString(note.pointer);
            auto* item = new QTreeWidgetItem(group, {displayText(note.message), visible(where.toStdString()),
                                                     QString::fromStdString(note.code)});
            item->setToolTip(0, displayText(note.message));
            item->setToolTip(1, visible(note.armId));
            item->setData(0, Qt::UserRole, QString::fromStdString(note.objectId));
        }
    }
    files->setExpanded(false);
}

} // namespace pathlight
