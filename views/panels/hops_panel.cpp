#include "panels/hops_panel.h"

#include "canvas/topology_scene.h"
#include "panels/hop_text.h"
#include "text/message_text.h"
#include "trace/network.h"
#include "trace/trace_result.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>

namespace pathlight {

namespace {

constexpr int kHopRole = Qt::UserRole + 1;
constexpr int kFixRole = Qt::UserRole + 2;
constexpr int kReplyHopRole = Qt::UserRole + 3;

QString effectText(const FixVerification& v, const QString& flowId) {
    if (!v.error.empty()) return HopsPanel::tr("cannot be applied here: %1").arg(displayText(v.error));
    QStringList others;
    for (const auto& c : v.changes)
        if (QString::fromStdString(c.flow) != flowId)
            others << HopsPanel::tr("%1 %2 → %3")
                          .arg(objectText(c.flow), displayVerdict(c.verdictBefore),
                               displayVerdict(c.verdictAfter));
    const QString target =
        v.targetDelivered ? HopsPanel::tr("fixes this flow") : HopsPanel::tr("this flow stays undelivered");
    if (others.isEmpty()) return HopsPanel::tr("%1; 0 others change").arg(target);
    return HopsPanel::tr("%1; %n other flow(s) change: %2", nullptr, int(others.size()))
        .arg(target, others.join(", "));
}

// The Detail column wraps its sentences over as many lines as the column's width needs:
// QTreeView sizes a row for one line whatever its wordWrap, so a long fix or step was cut with
// "…" at the dock's default width (newcomer walk).
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {}
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 1) return size;
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const int width = std::max(40, view_->columnWidth(1) - 10);
        const QRect text = o.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                      o.text); // as the style paints it
        size.setHeight(std::max(size.height(), text.height() + 4));
        return size;
    }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        QStyleOptionViewItem o = option;
        o.features |= QStyleOptionViewItem::WrapText;
        o.textElideMode = Qt::ElideNone;
        QStyledItemDelegate::paint(painter, o, index);
    }

private:
    QTreeView* view_;
};

} // namespace

HopsPanel::HopsPanel(QWidget* parent) : QTreeWidget(parent) {
    setHeaderLabels({tr("Hop"), tr("Detail")});
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::Interactive); // fitted in showTrace, capped
    header()->setStretchLastSection(true);
    setItemDelegateForColumn(1, new WrappingDelegate(this));
    // Rows are as tall as their wrapped text: measured again when the column's width changes.
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 1) scheduleDelayedItemsLayout();
    });
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &HopsPanel::showMenu);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        for (QTreeWidgetItem* i = item; i; i = i->parent())
            if (i->data(0, kHopRole).isValid()) {
                emit hopSelected(i->data(0, kHopRole).toInt());
                return;
            }
    });
}

void HopsPanel::showTrace(const Trace* t, const Network* network, const std::vector<FindingFixes>& fixes) {
    clear();
    fixes_.clear();
    if (!t) {
        flowId_.clear();
        return;
    }
    flowId_ = QString::fromStdString(t->flowId);
    auto* summary = new QTreeWidgetItem(this, {tr("Verdict"), displayVerdict(t->verdict)});
    summary->setForeground(1, TopologyScene::verdictColor(t->verdict));
    summary->setData(0, kHopRole, -1);
    new QTreeWidgetItem(this, {tr("Apparent source"), t->apparentSource
                                                          ? addressText(t->apparentSource) + " (" +
                                                                displaySourceKind(t->apparentSourceKind) + ")"
                                                          : addressText(std::nullopt)});
    // One hop of the request or of the reply: its packet, route (with the routes it beat), NSG
    // decisions and translation.
    const auto addHop = [&](const Hop& h, const QString& number, bool reply) {
        QString node = objectText(h.node);
        if (!h.nic.empty()) node += " [" + objectText(h.nic) + "]";
        auto* hop = new QTreeWidgetItem(
            this, {QString("%1. %2").arg(number, node),
                   h.step.sourceText && *h.step.sourceText ? displayText(h.step) : QString()});
        new QTreeWidgetItem(hop, {tr("Packet in"), packetText(h.before, *t, reply)});
        if (h.route) {
            const HopRoute& r = *h.route;
            auto* route = new QTreeWidgetItem(hop, {tr("Route"), routeText(r)});
            // The matching routes it beat, from the same effective-routes view (at a NIC).
            const Nic* nic = network && !h.nic.empty() ? network->index().nic(h.nic) : nullptr;
            const SubnetRoutes* routes = nic ? network->subnetRoutes(nic->subnet) : nullptr;
            if (routes && h.before.destination)
                for (const auto& [e, why] : routes->beaten(*h.before.destination)) {
                    QStringList ips;
                    for (const auto& ip : e.nextHopIps)
                        ips << QString::fromStdString(ip.toString());
                    new QTreeWidgetItem(
                        route, {tr("Beat"), tr("%1 → %2%3 (%4, %5): %6")
                                                .arg(QString::fromStdString(e.prefix.toString()),
                                                     displayTerm(toString(e.nextHopType)),
                                                     ips.isEmpty() ? QString() : " " + ips.join(", "),
                                                     displayTerm(toString(e.source)),
                                                     displayTerm(toString(e.state)), displayText(why))});
                }
            route->setExpanded(true);
        }
        for (const auto& d : h.nsg) {
            auto* item = new QTreeWidgetItem(hop, {tr("NSG"), nsgText(d)});
            item->setForeground(1, d.access == Access::Deny ? QColor(200, 30, 30)
                                   : d.hidden               ? QColor(190, 110, 0)
                                                            : QColor(30, 120, 50));
        }
        if (h.firewall) {
            // The firewall's decision: the rule, its collection and group, or the default deny.
            const FirewallDecision& d = *h.firewall;
            const QString text = d.defaultDeny()
                                     ? tr("Deny: no rule allows it (default deny)")
                                     : tr("%1: rule %2 (%3), collection %4, group %5")
                                           .arg(displayTerm(toString(d.action)), visible(d.rule),
                                                displayTerm(toString(*d.ruleType)), visible(d.ruleCollection),
                                                visible(d.ruleCollectionGroup));
            auto* item = new QTreeWidgetItem(hop, {tr("Firewall"), text});
            item->setForeground(1,
                                d.action == FirewallAction::Deny ? QColor(200, 30, 30) : QColor(30, 120, 50));
        }
        if (h.before.destination != h.after.destination && h.after.destination && !reply)
            new QTreeWidgetItem(hop,
                                {tr("Destination"), tr("%1 → %2").arg(addressText(h.before.destination),
                                                                      addressText(h.after.destination))});
        if (h.sourceTranslated)
            new QTreeWidgetItem(hop, {tr("Source"), tr("%1 → %2").arg(addressText(h.before.source),
                                                                      addressText(h.after.source))});
        new QTreeWidgetItem(hop, {tr("Packet out"), packetText(h.after, *t, reply)});
        hop->setExpanded(true);
        return hop;
    };
    for (std::size_t i = 0; i < t->hops.size(); ++i)
        addHop(t->hops[i], QString::number(i + 1), false)->setData(0, kHopRole, int(i));
    if (!t->returnHops.empty()) {
        // The reply, the request's twin: numbered R1, R2, ... in the order it travels.
        auto* header = new QTreeWidgetItem(
            this, {tr("Reply"), tr("%n hop(s) back to the client", "", int(t->returnHops.size()))});
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        for (std::size_t i = 0; i < t->returnHops.size(); ++i) {
            addHop(t->returnHops[i], tr("R%1").arg(i + 1), true)->setData(0, kReplyHopRole, int(i));
        }
    }
    for (std::size_t f = 0; f < t->findings.size(); ++f) {
        const Finding& finding = t->findings[f];
        auto* item =
            new QTreeWidgetItem(this, {QString::fromStdString(finding.code), displayText(finding.message)});
        item->setForeground(0,
                            finding.severity == Severity::Error ? QColor(200, 30, 30) : QColor(190, 110, 0));
        item->setData(0, kHopRole, finding.hop);
        if (f >= fixes.size()) continue;
        for (const VerifiedFix& verified : fixes[f].fixes) {
            const Fix& fix = verified.fix;
            fixes_.push_back(fix);
            QString detail = displayText(fix.summary);
            if (verified.verification && fix.applicable())
                detail += " — " + effectText(*verified.verification, flowId_);
            auto* fixItem =
                new QTreeWidgetItem(item, {fix.applicable() ? tr("Fix") : tr("Alternative"), detail});
            fixItem->setData(0, kFixRole, int(fixes_.size() - 1));
            // The whole of it, and the code the CLI takes (newcomer walk: the code was only in
            // the Problems panel).
            fixItem->setToolTip(
                1, detail + "\n\n" + displayText(fix.explanation) + "\n\n" +
                       tr("Fix code: %1 (pathlight-cli fix FILE --flow %2 --apply %1)")
                           .arg(QString::fromStdString(fix.code), visible(flowId_.toStdString())));
            if (fix.applicable()) {
                // Apply right here: one click, one undo step.
                auto* apply = new QPushButton(tr("Apply"));
                apply->setToolTip(tr("Apply this fix (one undo step); right-click for its scripts"));
                connect(apply, &QPushButton::clicked, this, [this, index = fixes_.size() - 1] {
                    emit applyFixRequested(fixes_[index], flowId_);
                });
                fixItem->setText(0, QString());
                // At the row's top, its own height: as the cell's widget it stretched to the
                // height of the wrapped sentence beside it (newcomer walk).
                auto* holder = new QWidget;
                auto* row = new QHBoxLayout(holder);
                row->setContentsMargins(0, 0, 0, 0);
                row->addWidget(apply, 0, Qt::AlignLeft | Qt::AlignTop);
                setItemWidget(fixItem, 0, holder);
            }
        }
        item->setExpanded(true);
    }
    for (QTreeWidgetItemIterator it(this); *it; ++it)
        (*it)->setToolTip(1, (*it)->toolTip(1).isEmpty() ? (*it)->text(1) : (*it)->toolTip(1));
    fitHopColumn();
}

void HopsPanel::fitHopColumn() {
    // The hop column as wide as its labels, but never more than 40 % of the panel: the sentences
    // in Detail are what people read (second newcomer walk: "1. vm-win [nic-win]" took half).
    resizeColumnToContents(0);
    const int cap = std::max(120, viewport()->width() * 2 / 5);
    if (columnWidth(0) > cap) setColumnWidth(0, cap);
}

void HopsPanel::resizeEvent(QResizeEvent* event) {
    QTreeWidget::resizeEvent(event);
    fitHopColumn();
}

void HopsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) setHeaderLabels({tr("Hop"), tr("Detail")});
    QTreeWidget::changeEvent(event);
}

QTreeWidgetItem* HopsPanel::hopItem(int hop) const {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, kHopRole).isValid() &&
            topLevelItem(i)->data(0, kHopRole).toInt() == hop && topLevelItem(i)->childCount() > 0 &&
            !topLevelItem(i)->data(0, kFixRole).isValid())
            return topLevelItem(i);
    return nullptr;
}

void HopsPanel::selectHop(int hop) {
    QTreeWidgetItem* item = hop < 0 ? topLevelItem(0) : hopItem(hop);
    if (!item) return;
    setCurrentItem(item);
    scrollToItem(item, QAbstractItemView::PositionAtTop);
}

void HopsPanel::clearHop() {
    setCurrentItem(nullptr);
    clearSelection();
    scrollToTop();
}

int HopsPanel::selectedHop() const {
    for (QTreeWidgetItem* i = currentItem(); i; i = i->parent())
        if (i->data(0, kHopRole).isValid()) return i->data(0, kHopRole).toInt();
    return -1;
}

void HopsPanel::selectReplyHop(int hop) {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (QTreeWidgetItem* item = topLevelItem(i);
            item->data(0, kReplyHopRole).isValid() && item->data(0, kReplyHopRole).toInt() == hop) {
            setCurrentItem(item);
            scrollToItem(item, QAbstractItemView::PositionAtTop);
        }
}

int HopsPanel::selectedReplyHop() const {
    for (QTreeWidgetItem* i = currentItem(); i; i = i->parent())
        if (i->data(0, kReplyHopRole).isValid()) return i->data(0, kReplyHopRole).toInt();
    return -1;
}

QList<QTreeWidgetItem*> HopsPanel::fixItems() const {
    QList<QTreeWidgetItem*> items;
    for (QTreeWidgetItemIterator it(const_cast<HopsPanel*>(this)); *it; ++it)
        if ((*it)->data(0, kFixRole).isValid()) items << *it;
    return items;
}

const Fix* HopsPanel::fixAt(QTreeWidgetItem* item) const {
    if (!item || !item->data(0, kFixRole).isValid()) return nullptr;
    return &fixes_[std::size_t(item->data(0, kFixRole).toInt())];
}

void HopsPanel::showMenu(const QPoint& at) {
    const Fix* fix = fixAt(itemAt(at));
    if (!fix) return;
    QMenu menu(this);
    if (fix->applicable())
        menu.addAction(tr("Apply fix"), this, [this, fix] { emit applyFixRequested(*fix, flowId_); });
    auto copy = [&](const QString& label, const std::string& text) {
        if (text.empty()) return;
        menu.addAction(label, this,
                       [text] { QApplication::clipboard()->setText(QString::fromStdString(text)); });
    };
    copy(tr("Copy Azure CLI"), fix->azureCli);
    copy(tr("Copy PowerShell"), fix->powerShell);
    copy(tr("Copy Bicep"), fix->bicep);
    copy(tr("Copy Terraform"), fix->terraform);
    copy(tr("Copy Windows guest commands"), fix->windowsCommand);
    copy(tr("Copy Linux guest commands"), fix->linuxCommand);
    menu.exec(viewport()->mapToGlobal(at));
}

} // namespace pathlight
