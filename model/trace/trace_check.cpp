#include "trace/trace_check.h"

namespace pathlight {

namespace {

std::string text(const std::optional<Ipv4Address>& a) {
    return a ? a->toString() : std::string("(default outbound)");
}

bool kindFits(ObjectKind object, HopKind hop) {
    switch (hop) {
    case HopKind::Vm:
    case HopKind::Nva:
        return object == ObjectKind::Vm;
    case HopKind::AppGateway:
        return object == ObjectKind::AppGateway;
    case HopKind::RouteServer:
        return object == ObjectKind::RouteServer;
    case HopKind::Gateway:
        return object == ObjectKind::Gateway;
    case HopKind::Circuit:
        return object == ObjectKind::Circuit;
    case HopKind::Site:
        return object == ObjectKind::Site;
    case HopKind::Host:
        return object == ObjectKind::Host;
    case HopKind::NatGateway:
        return object == ObjectKind::NatGateway;
    case HopKind::Endpoint:
        return object == ObjectKind::Endpoint;
    case HopKind::Firewall:
        return object == ObjectKind::Firewall;
    case HopKind::PrivateEndpoint:
        return object == ObjectKind::PrivateEndpoint;
    case HopKind::LoadBalancer:
        return object == ObjectKind::LoadBalancer;
    case HopKind::Internet:
    case HopKind::Platform:
        return true; // carry no id of the file (a file may still name one "internet")
    }
    return false;
}

} // namespace

std::vector<std::string> traceProblems(const Network& network, const Trace& trace) {
    std::vector<std::string> problems;
    for (std::size_t i = 0; i < trace.hops.size(); ++i) {
        const Hop& hop = trace.hops[i];
        const std::string at = "hop " + std::to_string(i + 1) + " (" + hop.node + ")";
        // Every hop is at an object of the file, an endpoint of the catalog, the Internet or
        // Azure's platform (168.63.129.16 and the like, which carry no id).
        const bool known = hop.node == "internet" || hop.kind == HopKind::Platform ||
                           network.index().contains(hop.node) || network.catalog().byId(hop.node) != nullptr;
        if (!known) problems.push_back(at + ": no such object");
        if (!hop.nic.empty() && !network.index().nic(hop.nic)) problems.push_back(at + ": no NIC " + hop.nic);
        // A hop's kind matches the object it is at.
        if (const ObjectRef* r = network.index().find(hop.node); r && !kindFits(r->kind, hop.kind))
            problems.push_back(at + ": a " + toString(hop.kind) + " hop at a " + toString(r->kind));
        // Connected: the packet that leaves one hop is the packet that reaches the next.
        if (i > 0) {
            const PacketState& out = trace.hops[i - 1].after;
            if (out.source != hop.before.source || out.destination != hop.before.destination)
                problems.push_back(at + ": packet in " + text(hop.before.source) + " → " +
                                   text(hop.before.destination) +
                                   " differs from the previous hop's packet out " + text(out.source) + " → " +
                                   text(out.destination));
        }
    }
    // A trace that stops says where and why (trace-contract.md): a sentence at its last hop, and
    // a finding unless it was delivered.
    if (!trace.hops.empty() && !*trace.hops.back().step.sourceText)
        problems.push_back("the last hop has no sentence");
    return problems;
}

} // namespace pathlight
