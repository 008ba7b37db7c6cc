#pragma once
// Cumulative one-way latency along a trace, from the document's per-link assumptions: what the
// latency chart plots. A teaching aid, not a measurement: each link between two hops is costed
// by its kind (inside a region, global peering, ExpressRoute, VPN, on-premises, Internet).

#include "topology/topology.h"
#include "trace/trace_result.h"

#include <vector>

namespace pathlight {

struct HopLatency {
    double link = 0;       // the link from the previous hop (0 at the first)
    double cumulative = 0; // from the source to this hop
    const char* kind = ""; // intraRegion, interRegion, expressRoute, vpn, onPremises, internet
};

std::vector<HopLatency> hopLatencies(const Topology& topology, const Trace& trace);

} // namespace pathlight
