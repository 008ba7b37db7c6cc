#include "panels/flows_panel.h"

#include "canvas/topology_scene.h"
#include "text/message_text.h"
#include "trace/trace_result.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>

namespace pathlight {

namespace {
QIcon drawVerdictIcon(Verdict v) {
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(TopologyScene::verdictColor(v));
    p.drawEllipse(QRectF(1, 1, 12, 12));
    return QIcon(pm);
}

// Drawn once per verdict and panel (the panel owns the cache: no icon outlives the application).
QIcon verdictIcon(QHash<int, QIcon>& icons, Verdict v) {
    auto it = icons.find(int(v));
    if (it == icons.end()) it = icons.insert(int(v), drawVerdictIcon(v));
    return *it;
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
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        shown_.clear(); // every row comes back, translated, with the next refresh
    }
    QTreeWidget::changeEvent(event);
}

void FlowsPanel::retranslate() {
    setHeaderLabels({tr("Flow"), tr("Verdict"), tr("Apparent source"), tr("Expected")});
}

FlowsPanel::RowKey FlowsPanel::RowKey::of(const Trace& t) {
    return {t.flowId, t.flowName, t.source,         t.destination, t.protocol,
            t.port,   t.verdict,  t.apparentSource, t.expect};
}

bool FlowsPanel::RowKey::shows(const Trace& t) const {
    return verdict == t.verdict && apparentSource == t.apparentSource && port == t.port &&
           protocol == t.protocol && id == t.flowId && name == t.flowName && source == t.source &&
           destination == t.destination && expect == t.expect;
}

void FlowsPanel::setTraces(const std::vector<Trace>& traces) {
    const QStringList previouslySelected = selectedFlowIds();
    blockSignals(true);
    // After an edit the flows are the same, in the same order, and few verdicts change: the rows
    // are updated in place (a 10,000-flow file is not rebuilt row by row on every edit).
    bool sameRows = topLevelItemCount() == int(traces.size()) && shown_.size() == traces.size();
    for (std::size_t i = 0; sameRows && i < traces.size(); ++i)
        sameRows = shown_[i] && shown_[i]->id == traces[i].flowId;
    if (!sameRows) clear();
    auto set = [](QTreeWidgetItem* item, int column, const QString& text) {
        if (item->text(column) != text) item->setText(column, text);
    };
    if (!sameRows) shown_.assign(traces.size(), std::nullopt);
    for (std::size_t i = 0; i < traces.size(); ++i) {
        const Trace& t = traces[i];
        if (sameRows && shown_[i]->shows(t)) continue; // an unchanged row is not touched
        shown_[i] = RowKey::of(t);
        auto* item = sameRows ? topLevelItem(int(i)) : new QTreeWidgetItem(this);
        const QString id = QString::fromStdString(t.flowId);
        if (!sameRows) item->setData(0, Qt::UserRole, id);
        // One line, whatever the file says, and never wider than a readable name: the verdict
        // columns stay in view (a 3,000-character name pushed them out).
        const std::string& name = t.flowName.empty() ? t.flowId : t.flowName;
        set(item, 0, shortLabel(name, 64));
        const QString tip =
            QString("%1\n%2: %3 → %4 %5/%6")
                .arg(shortLabel(name, 300), shortLabel(t.flowId, 64), shortLabel(t.source, 64),
                     shortLabel(t.destination, 64), toString(t.protocol),
                     QString::number(t.port)); // one arg(): names may hold "%1"
        if (item->toolTip(0) != tip) item->setToolTip(0, tip);
        item->setIcon(1, verdictIcon(verdictIcons_, t.verdict));
        set(item, 1, displayVerdict(t.verdict));
        set(item, 2,
            t.apparentSource ? QString::fromStdString(t.apparentSource->toString())
                             : tr("Azure default outbound"));
        QString expectation;
        const bool mismatch = !t.expect.empty() && !t.matchesExpectation();
        if (!t.expect.empty()) {
            const auto expected = verdictFromString(t.expect);
            // A mismatch is what a teacher or a regression check needs to see first.
            expectation = (expected ? displayVerdict(*expected) : QString::fromStdString(t.expect)) +
                          (mismatch ? " ✗" : " ✓");
        }
        set(item, 3, expectation);
        const QBrush background = mismatch ? QBrush(QColor(255, 227, 227)) : QBrush();
        if (item->background(0) != background)
            for (int c = 0; c < 4; ++c)
                item->setBackground(c, background);
        if (!sameRows && previouslySelected.contains(id)) item->setSelected(true);
    }
    if (!sameRows) {
        for (int c = 0; c < 4; ++c) // the Expected column too (it was cut: "delivered ✓")
            resizeColumnToContents(c);
        // The name column takes at most half the panel: the verdicts stay in view beside it.
        const int cap = std::max(fontMetrics().averageCharWidth() * 36, viewport()->width() / 2);
        if (columnWidth(0) > cap) setColumnWidth(0, cap);
    }
    // A verdict that changes on the same rows (after a fix or an edit) still fits: the column
    // holds the widest verdict in this language (newcomer walk: "delive…").
    int verdictWidth = 0;
    for (const Verdict v : {Verdict::Delivered, Verdict::Denied, Verdict::Rejected, Verdict::NoRoute,
                            Verdict::Dropped, Verdict::Loop, Verdict::Asymmetric})
        verdictWidth = std::max(verdictWidth, fontMetrics().horizontalAdvance(displayVerdict(v)));
    verdictWidth += iconSize().width() > 0 ? iconSize().width() + 24 : 40;
    if (columnWidth(1) < verdictWidth) setColumnWidth(1, verdictWidth);
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
