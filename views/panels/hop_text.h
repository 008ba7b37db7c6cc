#pragma once
// Plain-language texts for a hop, shared by the canvas (hover summaries) and the hop inspector.

#include "trace/trace_result.h"

#include <QString>

namespace pathlight {

QString addressText(const std::optional<Ipv4Address>& address);
QString routeText(const HopRoute& route);
QString nsgText(const NsgDecision& decision);
// "source → destination" of a packet of `trace`, its request's or (`reply`) its reply's. An address
// the model does not know is never made up: the request's destination (and so the reply's
// source) known only by name (an FQDN) shows that name; the request's source after Azure's
// default outbound access (and so the reply's destination) shows "default outbound address".
QString packetText(const PacketState& packet, const Trace& trace, bool reply = false);
// The hop's sentence, or the node it is at when it has none.
QString hopSentence(const Hop& hop);
// "3. gw-er — sentence", then the route, NSG decisions and translation, one per line.
QString hopSummary(const Trace& trace, std::size_t hop);

} // namespace pathlight
