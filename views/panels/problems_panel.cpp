#include "panels/problems_panel.h"

#include "advice/fix.h"
#include "common/message.h"
#include "text/message_text.h"
#include "trace/trace_result.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
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
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &ProblemsPanel::showMenu);
    connect(this, &QTreeWidget::itemExpanded, this, &ProblemsPanel::addFixes);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty()) emit objectActivated(id);
    });
}

void ProblemsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setHeaderLabels({tr("Problem"), tr("Where"), tr("Code")});
        rows_.clear(); // the rows come back, translated, with the next refresh
    }
    QTreeWidget::changeEvent(event);
}

const Fix* ProblemsPanel::fixAt(QTreeWidgetItem* item) const {
    if (!item) return nullptr;
    bool ok = false;
    const int index = item->data(0, Qt::UserRole + 1).toInt(&ok);
    return ok && index >= 0 && index < int(fixes_.size()) ? &fixes_[std::size_t(index)] : nullptr;
}

void ProblemsPanel::showMenu(const QPoint& at) {
    const Fix* fix = fixAt(itemAt(at));
    if (!fix) return;
    QMenu menu(this);
    const QString flow = fixFlows_[std::size_t(itemAt(at)->data(0, Qt::UserRole + 1).toInt())];
    QAction* apply =
        menu.addAction(tr("Apply fix"), this, [this, fix, flow] { emit applyFixRequested(*fix, flow); });
    apply->setEnabled(fix->applicable());
    auto copy = [&](const QString& label, const std::string& text) {
        QAction* a = menu.addAction(
            label, this, [text] { QApplication::clipboard()->setText(QString::fromStdString(text)); });
        a->setEnabled(!text.empty());
    };
    copy(tr("Copy Azure CLI"), fix->azureCli);
    copy(tr("Copy PowerShell"), fix->powerShell);
    copy(tr("Copy Bicep"), fix->bicep);
    copy(tr("Copy Terraform"), fix->terraform);
    copy(tr("Copy Windows guest commands"), fix->windowsCommand);
    copy(tr("Copy Linux guest commands"), fix->linuxCommand);
    menu.exec(viewport()->mapToGlobal(at));
}

void ProblemsPanel::setProblems(const std::vector<Diagnostic>& diagnostics, const std::vector<Trace>& traces,
                                FixSource fixes) {
    source_ = std::move(fixes);
    // Each row as the model states it, compared untranslated and without copying: most edits
    // leave them all as they were, and translating thousands of findings to find that out would
    // cost more than the rest of the refresh.
    auto shows = [](const RowKey& r, Severity severity, const Message& m, const std::string& code) {
        return r.severity == severity && r.code == code && r.sourceText == m.sourceText && r.args == m.args &&
               r.context == m.context;
    };
    std::size_t count = diagnostics.size();
    for (const auto& t : traces)
        count += t.findings.size();
    bool same =
        rows_.size() == count && topLevelItemCount() == int(count) && bool(source_) == rootIsDecorated();
    for (std::size_t i = 0; same && i < diagnostics.size(); ++i)
        same = shows(rows_[i], diagnostics[i].severity, diagnostics[i].message, diagnostics[i].code) &&
               rows_[i].pointer == diagnostics[i].pointer;
    for (std::size_t ti = 0, row = diagnostics.size(); same && ti < traces.size(); ++ti)
        for (std::size_t fi = 0; same && fi < traces[ti].findings.size(); ++fi, ++row) {
            const Finding& f = traces[ti].findings[fi];
            same = shows(rows_[row], f.severity, f.message, f.code) && rows_[row].object == f.object &&
                   rows_[row].flow == traces[ti].flowId;
        }
    std::vector<RowKey> rows;
    if (!same) {
        for (const auto& d : diagnostics)
            rows.push_back({d.severity,
                            d.message.context,
                            d.message.sourceText,
                            d.message.args,
                            d.pointer,
                            d.code,
                            {},
                            {},
                            -1});
        for (const auto& t : traces)
            for (std::size_t fi = 0; fi < t.findings.size(); ++fi) {
                const Finding& f = t.findings[fi];
                rows.push_back({f.severity,
                                f.message.context,
                                f.message.sourceText,
                                f.message.args,
                                {},
                                f.code,
                                f.object,
                                t.flowId,
                                int(fi)});
            }
    }
    fixes_.clear();
    fixFlows_.clear();
    applicableIcon_ = style()->standardIcon(QStyle::SP_DialogApplyButton);
    alternativeIcon_ = style()->standardIcon(QStyle::SP_FileDialogInfoView);
    if (same) {
        // The same problems: only the fixes may differ. Open findings get theirs again now, the
        // others when they are opened.
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = topLevelItem(i);
            // A finding never opened has no fixes to replace (most of them on a large estate).
            if (item->childCount() == 0 && !item->isExpanded()) continue;
            if (!item->data(0, Qt::UserRole + 2).isValid()) continue;
            const bool open = item->isExpanded();
            qDeleteAll(item->takeChildren());
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            if (open) addFixes(item);
        }
        return;
    }
    clear();
    setRootIsDecorated(bool(source_));
    // Each icon loaded once, not per row (thousands of findings on a large estate).
    const QIcon severityIcons[] = {severityIcon(this, Severity::Error), severityIcon(this, Severity::Warning),
                                   severityIcon(this, Severity::Info)};
    const bool openErrors = rows.size() - diagnostics.size() <= std::size_t(kExpandedFindings);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RowKey& r = rows[i];
        const QString text = displayText(Message{r.context.c_str(), r.sourceText.c_str(), r.args});
        auto* item = new QTreeWidgetItem(this);
        item->setIcon(0, severityIcons[int(r.severity)]);
        item->setText(0, text);
        item->setToolTip(0, text);
        item->setText(1, r.finding < 0 ? QString::fromStdString(r.pointer)
                                       : tr("flow %1").arg(objectLabel(r.flow, 48)));
        item->setText(2, QString::fromStdString(r.code));
        if (r.finding < 0) continue;
        item->setData(0, Qt::UserRole, QString::fromStdString(r.object));
        if (!source_) continue;
        item->setData(0, Qt::UserRole + 2, QString::fromStdString(r.flow));
        item->setData(0, Qt::UserRole + 3, r.finding);
        if (openErrors) {
            addFixes(item);
            if (item->childCount()) item->setExpanded(r.severity == Severity::Error);
        } else {
            item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator); // fixes on opening
        }
    }
    rows_ = std::move(rows);
    resizeColumnToContents(1);
    resizeColumnToContents(2);
}

void ProblemsPanel::addFixes(QTreeWidgetItem* item) {
    const QVariant flowData = item->data(0, Qt::UserRole + 2);
    if (!source_ || !flowData.isValid() || item->childCount()) return;
    const QString flow = flowData.toString();
    const auto finding = std::size_t(item->data(0, Qt::UserRole + 3).toInt());
    const TraceFixes& all = source_(flow.toStdString());
    if (finding < all.size())
        for (const Fix& fix : all[finding]) {
            auto* child = new QTreeWidgetItem(item);
            // An explanation is an alternative, not an edit (as in the hop panel); some
            // summaries say so themselves ("Alternative: peer …"): not twice.
            const QString summary = displayText(fix.summary);
            const QString alternative = tr("Alternative: %1");
            child->setText(
                0, !fix.applicable()
                       ? (summary.startsWith(alternative.arg(QString())) ? summary : alternative.arg(summary))
                   : fix.guestStep ? tr("Fix (guest step): %1").arg(summary)
                                   : tr("Fix: %1").arg(summary));
            child->setToolTip(0, displayText(fix.explanation));
            child->setText(2, QString::fromStdString(fix.code));
            child->setIcon(0, fix.applicable() ? applicableIcon_ : alternativeIcon_);
            child->setData(0, Qt::UserRole + 1, int(fixes_.size()));
            fixes_.push_back(fix);
            fixFlows_.push_back(flow);
        }
    item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
}

} // namespace pathlight
