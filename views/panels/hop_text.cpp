#include "panels/hop_text.h"

#include "text/message_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace pathlight {

namespace {
QString translated(const char* text, int n = -1) {
    return QCoreApplication::translate("HopText", text, nullptr, n);
}
} // namespace

QString addressText(const std::optional<Ipv4Address>& address) {
    return address ? QString::fromStdString(address->toString())
                   : translated(QT_TRANSLATE_NOOP("HopText", "default outbound address"));
}

QString routeText(const HopRoute& r) {
    QStringList ips;
    for (const auto& ip : r.nextHopIps)
        ips << QString::fromStdString(ip.toString());
    QString text =
        translated(QT_TRANSLATE_NOOP("HopText", "%1 → %2%3 (source %4%5)"))
            .arg(QString::fromStdString(r.prefix.toString()), displayNextHopType(r.nextHopType),
                 ips.isEmpty() ? QString() : " " + ips.join(", "), displayTerm(r.source),
                 r.name.empty() ? QString()
                                : ", " + shortLabel(r.name, 64)); // names from the file: visible, cut
    if (r.alternatives)
        text +=
            translated(QT_TRANSLATE_N_NOOP("HopText", "; beat %n other matching route(s)"), r.alternatives);
    return text;
}

QString nsgText(const NsgDecision& d) {
    QString text = translated(QT_TRANSLATE_NOOP("HopText", "%1 %2: rule %3 (priority %4) → %5"))
                       .arg(objectText(d.nsg), displayTerm(toString(d.direction)), shortLabel(d.rule, 64))
                       .arg(d.priority)
                       .arg(displayTerm(toString(d.access)));
    if (d.hidden)
        text += translated(
                    QT_TRANSLATE_NOOP("HopText", "; hidden platform allowance %1 — IP flow verify says %2"))
                    .arg(QString::fromStdString(d.platformAllowance), displayTerm(toString(d.ipFlowVerify)));
    return text;
}

QString packetText(const PacketState& p, const Trace& trace, bool reply) {
    const auto named = [&](const std::optional<Ipv4Address>& address) {
        return address                     ? QString::fromStdString(address->toString())
               : trace.destination.empty() ? translated(QT_TRANSLATE_NOOP("HopText", "an unresolved address"))
                                           : visible(trace.destination);
    };
    return translated(QT_TRANSLATE_NOOP("HopText", "%1 → %2"))
        .arg(reply ? named(p.source) : addressText(p.source),
             reply ? addressText(p.destination) : named(p.destination));
}

QString hopSentence(const Hop& hop) {
    return hop.step.sourceText && *hop.step.sourceText ? displayText(hop.step) : objectText(hop.node);
}

QString hopSummary(const Trace& trace, std::size_t i) {
    const Hop& h = trace.hops[i];
    QStringList lines;
    QString node = objectText(h.node);
    if (!h.nic.empty()) node += " [" + objectText(h.nic) + "]";
    lines << QString("%1. %2").arg(i + 1).arg(node);
    if (h.step.sourceText && *h.step.sourceText) lines << displayText(h.step);
    if (h.route) lines << translated(QT_TRANSLATE_NOOP("HopText", "Route: %1")).arg(routeText(*h.route));
    for (const auto& d : h.nsg)
        lines << translated(QT_TRANSLATE_NOOP("HopText", "NSG: %1")).arg(nsgText(d));
    if (h.sourceTranslated)
        lines << translated(QT_TRANSLATE_NOOP("HopText", "Source translated: %1 → %2"))
                     .arg(addressText(h.before.source), addressText(h.after.source));
    for (const auto& f : trace.findings)
        if (f.hop == int(i)) lines << displaySeverity(f.severity) + ": " + displayText(f.message);
    return lines.join("\n");
}

} // namespace pathlight
