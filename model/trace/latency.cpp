#include "trace/latency.h"

#include "topology/topology_index.h"

namespace pathlight {

namespace {

bool onPremises(HopKind kind) {
    return kind == HopKind::Site || kind == HopKind::Host;
}

bool outside(HopKind kind) {
    return kind == HopKind::Internet || kind == HopKind::Endpoint || kind == HopKind::Platform;
}

// The region of the VNet a hop sits in ("" when not in a VNet or unknown).
std::string regionOf(const TopologyIndex& index, const Hop& hop) {
    const Vnet* vnet = nullptr;
    const Nic* nic = index.nic(hop.nic.empty() ? hop.node : hop.nic);
    if (!nic)
        if (const Vm* vm = index.vm(hop.node)) nic = vm->primaryNic();
    if (nic)
        index.subnet(nic->subnet, &vnet);
    else if (const Gateway* g = index.gateway(hop.node))
        vnet = index.vnet(g->vnet);
    return vnet ? vnet->region : std::string();
}

} // namespace

const char* toString(LinkKind kind) {
    switch (kind) {
    case LinkKind::None:
        return "";
    case LinkKind::IntraRegion:
        return "intraRegion";
    case LinkKind::InterRegion:
        return "interRegion";
    case LinkKind::ExpressRoute:
        return "expressRoute";
    case LinkKind::Vpn:
        return "vpn";
    case LinkKind::OnPremises:
        return "onPremises";
    case LinkKind::Internet:
        return "internet";
    }
    return "";
}

std::vector<HopLatency> hopLatencies(const Topology& t, const Trace& trace) {
    return hopLatencies(t, TopologyIndex(t), trace);
}

std::vector<HopLatency> hopLatencies(const Topology& t, const TopologyIndex& index, const Trace& trace) {
    const LatencyAssumptions& l = t.latency;
    std::vector<HopLatency> out;
    double total = 0;
    for (std::size_t i = 0; i < trace.hops.size(); ++i) {
        HopLatency h;
        if (i > 0) {
            const Hop& a = trace.hops[i - 1];
            const Hop& b = trace.hops[i];
            const bool vpnGateway = [&] {
                for (const Hop* hop : {&a, &b})
                    if (const Gateway* g = index.gateway(hop->node); g && g->type == GatewayType::Vpn)
                        return true;
                return false;
            }();
            if (outside(a.kind) || outside(b.kind)) {
                h.link = l.internetMs;
                h.kind = LinkKind::Internet;
            } else if (a.kind == HopKind::Circuit || b.kind == HopKind::Circuit) {
                h.link = l.expressRouteMs;
                h.kind = LinkKind::ExpressRoute;
            } else if (vpnGateway && (onPremises(a.kind) || onPremises(b.kind))) {
                h.link = l.vpnMs;
                h.kind = LinkKind::Vpn;
            } else if (onPremises(a.kind) && onPremises(b.kind)) {
                h.link = l.onPremisesMs;
                h.kind = LinkKind::OnPremises;
            } else {
                const std::string ra = regionOf(index, a), rb = regionOf(index, b);
                const bool global = !ra.empty() && !rb.empty() && ra != rb;
                h.link = global ? l.interRegionMs : l.intraRegionMs;
                h.kind = global ? LinkKind::InterRegion : LinkKind::IntraRegion;
            }
        }
        total += h.link;
        h.cumulative = total;
        out.push_back(h);
    }
    return out;
}

} // namespace pathlight
