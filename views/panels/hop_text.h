#pragma once
// Plain-language texts for a hop, shared by the canvas (hover summaries) and the hop inspector.

#include "trace/trace_result.h"

#include <QString>

namespace pathlight {

QString addressText(const std::optional<Ipv4Address>& address);
QString routeText(const HopRoute& route);
QString nsgText(const NsgDecision& decision);
// "source → destination"; `destination` names a destination without a known address (the flow's
// FQDN).
QString packetText(const PacketState& packet, const std::string& destination = {});
// The hop's sentence, or the node it is at when it has none.
QString hopSentence(const Hop& hop);
// "3. gw-er — sentence", then the route, NSG decisions and translation, one per line.
QString hopSummary(const Trace& trace, std::size_t hop);

} // namespace pathlight
