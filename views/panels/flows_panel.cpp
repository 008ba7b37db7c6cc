#include "panels/flows_panel.h"

#include "canvas/topology_scene.h"
#include "text/message_text.h"
#include "trace/trace_result.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace pathlight {

namespace {
QIcon verdictIcon(Verdict v) {
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(TopologyScene::verdictColor(v));
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pm);
}
} // namespace

FlowsPanel::FlowsPanel(QWidget* parent) : QTreeWidget(parent) {
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    retranslate();
    connect(this, &QTreeWidget::itemSelectionChanged, this, &FlowsPanel::flowSelectionChanged);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit editFlowRequested(item->data(0, Qt::UserRole).toString());
    });
}

void FlowsPanel::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("&New flow…"), this, &FlowsPanel::newFlowRequested);
    const QStringList ids = selectedFlowIds();
    if (ids.size() == 1)
        menu.addAction(tr("&Edit flow…"), this, [this, ids] { emit editFlowRequested(ids.front()); });
    if (!ids.isEmpty())
        menu.addAction(tr("&Remove %n flow(s)", nullptr, int(ids.size())), this,
                       [this, ids] { emit removeFlowsRequested(ids); });
    menu.exec(event->globalPos());
}

void FlowsPanel::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Delete) && !selectedFlowIds().isEmpty()) {
        emit removeFlowsRequested(selectedFlowIds());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void FlowsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate(); // rows come back with the next refresh
    QTreeWidget::changeEvent(event);
}

void FlowsPanel::retranslate() {
    setHeaderLabels({tr("Flow"), tr("Verdict"), tr("Apparent source"), tr("Expected")});
}

void FlowsPanel::setTraces(const std::vector<Trace>& traces) {
    const QStringList previouslySelected = selectedFlowIds();
    blockSignals(true);
    clear();
    for (const auto& t : traces) {
        auto* item = new QTreeWidgetItem(this);
        const QString id = QString::fromStdString(t.flowId);
        item->setData(0, Qt::UserRole, id);
        item->setText(0, t.flowName.empty() ? id : QString::fromStdString(t.flowName));
        item->setToolTip(0, QString("%1: %2 → %3 %4/%5")
                                .arg(id, QString::fromStdString(t.source),
                                     QString::fromStdString(t.destination), toString(t.protocol))
                                .arg(t.port));
        item->setIcon(1, verdictIcon(t.verdict));
        item->setText(1, displayVerdict(t.verdict));
        item->setText(2, t.apparentSource ? QString::fromStdString(t.apparentSource->toString())
                                          : tr("Azure default outbound"));
        if (!t.expect.empty()) {
            const auto expected = verdictFromString(t.expect);
            item->setText(3, expected ? displayVerdict(*expected) : QString::fromStdString(t.expect));
            if (!t.matchesExpectation()) {
                // A mismatch is what a teacher or a regression check needs to see first.
                for (int c = 0; c < 4; ++c)
                    item->setBackground(c, QColor(255, 227, 227));
                item->setText(3, item->text(3) + " ✗");
            } else {
                item->setText(3, item->text(3) + " ✓");
            }
        }
        if (previouslySelected.contains(id)) item->setSelected(true);
    }
    for (int c = 0; c < 3; ++c)
        resizeColumnToContents(c);
    blockSignals(false);
    emit flowSelectionChanged();
}

QStringList FlowsPanel::selectedFlowIds() const {
    QStringList ids;
    for (auto* item : selectedItems())
        ids << item->data(0, Qt::UserRole).toString();
    return ids;
}

void FlowsPanel::selectFlow(const QString& id) {
    for (int i = 0; i < topLevelItemCount(); ++i) {
        auto* item = topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id) {
            setCurrentItem(item);
            return;
        }
    }
}

} // namespace pathlight
