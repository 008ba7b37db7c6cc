#include "panels/hops_panel.h"

#include "canvas/topology_scene.h"
#include "text/message_text.h"
#include "trace/trace_result.h"

#include <QHeaderView>

namespace pathlight {

namespace {
QString address(const std::optional<Ipv4Address>& a) {
    return a ? QString::fromStdString(a->toString()) : HopsPanel::tr("default outbound address");
}
} // namespace

HopsPanel::HopsPanel(QWidget* parent) : QTreeWidget(parent) {
    setHeaderLabels({tr("Hop"), tr("Detail")});
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void HopsPanel::showTrace(const Trace* t) {
    clear();
    if (!t) return;
    auto* summary = new QTreeWidgetItem(this, {tr("Verdict"), displayVerdict(t->verdict)});
    summary->setForeground(1, TopologyScene::verdictColor(t->verdict));
    new QTreeWidgetItem(this, {tr("Apparent source"),
                               t->apparentSource ? address(t->apparentSource) + " (" +
                                                       QString::fromStdString(t->apparentSourceKind) + ")"
                                                 : address(std::nullopt)});
    for (std::size_t i = 0; i < t->hops.size(); ++i) {
        const Hop& h = t->hops[i];
        QString node = QString::fromStdString(h.node);
        if (!h.nic.empty()) node += " [" + QString::fromStdString(h.nic) + "]";
        auto* hop = new QTreeWidgetItem(
            this, {QString("%1. %2").arg(i + 1).arg(node),
                   h.step.sourceText && *h.step.sourceText ? displayText(h.step) : QString()});
        hop->setToolTip(1, hop->text(1));
        if (h.route) {
            const HopRoute& r = *h.route;
            QStringList ips;
            for (const auto& ip : r.nextHopIps)
                ips << QString::fromStdString(ip.toString());
            QString text =
                tr("%1 → %2%3 (source %4%5)")
                    .arg(QString::fromStdString(r.prefix.toString()), QString::fromLatin1(r.nextHopType),
                         ips.isEmpty() ? QString() : " " + ips.join(", "), QString::fromLatin1(r.source),
                         r.name.empty() ? QString() : ", " + QString::fromStdString(r.name));
            if (r.alternatives) text += tr("; beat %n other matching route(s)", nullptr, r.alternatives);
            new QTreeWidgetItem(hop, {tr("Route"), text});
        }
        for (const auto& d : h.nsg) {
            QString text =
                tr("%1 %2: rule %3 (priority %4) → %5")
                    .arg(QString::fromStdString(d.nsg), toString(d.direction), QString::fromStdString(d.rule))
                    .arg(d.priority)
                    .arg(toString(d.access));
            if (d.hidden)
                text += tr("; hidden platform allowance %1 — IP flow verify says %2")
                            .arg(QString::fromStdString(d.platformAllowance), toString(d.ipFlowVerify));
            auto* item = new QTreeWidgetItem(hop, {tr("NSG"), text});
            item->setForeground(1, d.access == Access::Deny ? QColor(200, 30, 30)
                                   : d.hidden               ? QColor(190, 110, 0)
                                                            : QColor(30, 120, 50));
        }
        if (h.sourceTranslated)
            new QTreeWidgetItem(
                hop, {tr("Source"), tr("%1 → %2").arg(address(h.before.source), address(h.after.source))});
        for (int c = 0; c < hop->childCount(); ++c)
            hop->child(c)->setToolTip(1, hop->child(c)->text(1));
        hop->setExpanded(true);
    }
    for (const auto& f : t->findings)
        new QTreeWidgetItem(this, {QString::fromStdString(f.code), displayText(f.message)});
}

} // namespace pathlight
