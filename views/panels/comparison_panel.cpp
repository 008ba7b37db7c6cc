#include "panels/comparison_panel.h"

#include "text/message_text.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pathlight {

namespace {
constexpr int kFlowRole = Qt::UserRole + 1;
}

ComparisonPanel::ComparisonPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel), again_(new QPushButton), tree_(new QTreeWidget) {
    auto* top = new QHBoxLayout;
    summary_->setWordWrap(true);
    top->addWidget(summary_, 1);
    top->addWidget(again_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(tree_);
    tree_->setAlternatingRowColors(true);
    // The difference reads first; the two sides take what they need.
    tree_->setColumnCount(3); // the modes below need the sections to exist
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(again_, &QPushButton::clicked, this, &ComparisonPanel::compareAgainRequested);
    connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const QString flow = item->data(0, kFlowRole).toString(); !flow.isEmpty())
            emit flowActivated(flow);
        else if (const QString id = item->data(0, Qt::UserRole).toString(); !id.isEmpty())
            emit objectActivated(id);
    });
    rebuild();
}

void ComparisonPanel::setDiff(TopologyDiff diff, const QString& otherPath) {
    diff_ = std::move(diff);
    otherPath_ = otherPath;
    stale_ = false;
    rebuild();
}

void ComparisonPanel::setStale(bool stale) {
    if (stale == stale_) return;
    stale_ = stale;
    rebuild();
}

void ComparisonPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) rebuild();
    QWidget::changeEvent(event);
}

void ComparisonPanel::rebuild() {
    again_->setText(tr("Compare again"));
    again_->setEnabled(!otherPath_.isEmpty());
    tree_->setHeaderLabels({tr("Difference"), tr("Design"), tr("Other")});
    tree_->clear();
    if (otherPath_.isEmpty()) {
        summary_->setText(tr("No comparison yet: File ▸ Compare with… compares this design with another "
                             "topology, such as an import of what is deployed."));
        return;
    }
    QString text = tr("Compared with %1: %2 flows of %3 differ; %4 objects changed, %5 removed, %6 added.")
                       .arg(visible(QFileInfo(otherPath_).fileName().toStdString()))
                       .arg(diff_.flowsThatDiffer())
                       .arg(diff_.flows.size())
                       .arg(diff_.count(DiffChange::Changed))
                       .arg(diff_.count(DiffChange::Removed))
                       .arg(diff_.count(DiffChange::Added));
    if (stale_) text += " " + tr("The design changed since: compare again.");
    summary_->setText(text);
    auto* flows = new QTreeWidgetItem(tree_, {tr("Flows that differ (%1)").arg(diff_.flowsThatDiffer())});
    for (const auto& f : diff_.flows) {
        if (!f.differs()) continue;
        const QString other = f.otherVerdict
                                  ? displayVerdict(*f.otherVerdict) + " · " + visible(f.otherSource)
                                  : tr("not traceable (its ends are missing)");
        auto* item = new QTreeWidgetItem(
            flows, {visible(f.name.empty() ? f.flow : f.name),
                    displayVerdict(f.designVerdict) + " · " + visible(f.designSource), other});
        item->setData(0, kFlowRole, QString::fromStdString(f.flow));
    }
    flows->setExpanded(true);
    const std::pair<DiffChange, const char*> groups[] = {
        {DiffChange::Changed, QT_TR_NOOP("Changed (%1)")},
        {DiffChange::Removed, QT_TR_NOOP("Only in the design (%1)")},
        {DiffChange::Added, QT_TR_NOOP("Only in the other (%1)")}};
    for (const auto& [change, title] : groups) {
        auto* group = new QTreeWidgetItem(tree_, {tr(title).arg(diff_.count(change))});
        for (const auto& o : diff_.objects) {
            if (o.change != change) continue;
            QStringList keys;
            for (const auto& k : o.keys)
                keys << visible(k);
            const QString what =
                displayObjectKind(o.kind) + " " +
                visible(o.name.empty() ? (o.designId.empty() ? o.otherId : o.designId) : o.name) +
                (keys.isEmpty() ? QString() : ": " + keys.join(", "));
            auto* item = new QTreeWidgetItem(group, {what, visible(o.designId), visible(o.otherId)});
            item->setData(0, Qt::UserRole, QString::fromStdString(o.designId));
        }
        group->setExpanded(change == DiffChange::Changed);
    }
}

} // namespace pathlight
