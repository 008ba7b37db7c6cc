#pragma once
// Cumulative one-way latency along a trace, from the document's per-link assumptions: what the
// latency chart plots. A teaching aid, not a measurement: each link between two hops is costed
// by its kind (inside a region, global peering, ExpressRoute, VPN, on-premises, Internet).

#include "topology/topology.h"
#include "topology/topology_index.h"
#include "trace/trace_result.h"

#include <vector>

namespace pathlight {

// The kind of link between two hops, which picks its assumed latency.
enum class LinkKind { None, IntraRegion, InterRegion, ExpressRoute, Vpn, OnPremises, Internet };
// Its name (intraRegion, interRegion, expressRoute, vpn, onPremises, internet; "" for None).
const char* toString(LinkKind kind);

struct HopLatency {
    double link = 0;                // the link from the previous hop (0 at the first)
    double cumulative = 0;          // from the source to this hop
    LinkKind kind = LinkKind::None; // None at the first hop
};

// One entry per hop of the request, in ms. `index` must be the topology's (Network::index());
// the overload without it builds one (for tests and single traces).
std::vector<HopLatency> hopLatencies(const Topology& topology, const TopologyIndex& index,
                                     const Trace& trace);
std::vector<HopLatency> hopLatencies(const Topology& topology, const Trace& trace);

} // namespace pathlight
