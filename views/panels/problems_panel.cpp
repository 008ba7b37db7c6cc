#include "panels/problems_panel.h"

#include "common/message.h"
#include "text/message_text.h"
#include "trace/trace_result.h"

#include <QHeaderView>
#include <QStyle>

namespace pathlight {

namespace {
QIcon severityIcon(const QWidget* w, Severity s) {
    switch (s) {
    case Severity::Error:
        return w->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return w->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        return w->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
} // namespace

ProblemsPanel::ProblemsPanel(QWidget* parent) : QTreeWidget(parent) {
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setHeaderLabels({tr("Problem"), tr("Where"), tr("Code")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty()) emit objectActivated(id);
    });
}

void ProblemsPanel::setProblems(const std::vector<Diagnostic>& diagnostics,
                                const std::vector<Trace>& traces) {
    clear();
    for (const auto& d : diagnostics) {
        auto* item = new QTreeWidgetItem(this);
        item->setIcon(0, severityIcon(this, d.severity));
        item->setText(0, displayText(d.message));
        item->setToolTip(0, item->text(0));
        item->setText(1, QString::fromStdString(d.pointer));
        item->setText(2, QString::fromStdString(d.code));
    }
    for (const auto& t : traces)
        for (const auto& f : t.findings) {
            auto* item = new QTreeWidgetItem(this);
            item->setIcon(0, severityIcon(this, f.severity));
            item->setText(0, displayText(f.message));
            item->setToolTip(0, item->text(0));
            item->setText(1, tr("flow %1").arg(QString::fromStdString(t.flowId)));
            item->setText(2, QString::fromStdString(f.code));
            item->setData(0, Qt::UserRole, QString::fromStdString(f.object));
        }
    resizeColumnToContents(1);
    resizeColumnToContents(2);
}

} // namespace pathlight
