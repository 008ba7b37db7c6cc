#pragma once
// The answer to a flow, shaped like a Batfish trace: hops, each with the route chosen, the NSG
// decisions and the packet header before and after; a verdict; findings with their hop.

#include "advice/finding.h"
#include "routing/effective_route.h"
#include "security/firewall_evaluator.h"
#include "security/nsg_evaluator.h"
#include "trace/hop_kind.h"
#include "trace/source_kind.h"
#include "trace/verdict.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pathlight {

class Network;

// The route used at a hop, in the fields of Azure's effective-routes view. On-premises and
// ExpressRoute hops use the same shape with source "BGP", "Static" or "Connected".
// The text fields are static strings (Azure's enum names), so copying a hop stays cheap.
struct HopRoute {
    const char* source = "";
    Ipv4Prefix prefix;
    const char* nextHopType = "";
    std::vector<Ipv4Address> nextHopIps;
    std::string name;        // UDR name
    const char* origin = ""; // finer origin (udr, peering, bgp, routeServer, ...)
    Id via;                  // route table, peering, gateway, NVA or neighbour it came from
    Id viaDetail;            // for a gateway's route: the site, circuit or VNet that announced it
    int alternatives = 0;    // other matching routes it beat (shown in the hop inspector)
    std::string serviceTag;  // a user route on a service tag: the tag
    // The subnet's route table names a service tag whose prefixes are unknown: another route
    // may be the one Azure chooses (trace-contract SERVICE_TAG_UNRESOLVED).
    bool uncertain = false;
};

struct PacketState {
    std::optional<Ipv4Address> source; // absent: Azure's default outbound address (no fixed IP)
    std::optional<Ipv4Address> destination;
};

struct Hop {
    Id node; // file id, or "internet"
    Id nic;  // at a VM: the NIC
    HopKind kind = HopKind::Vm;
    std::optional<HopRoute> route;
    std::vector<NsgDecision> nsg;
    // At an Azure Firewall: the rule that decided (trace-contract.md "Additions"). Its `matched`
    // pointer is not kept: a hop outlives the network it was traced on.
    std::optional<FirewallDecision> firewall;
    // At a load balancer: the frontend reached, the backend NIC chosen and the rule
    // (trace-contract.md "Additions": "frontend", "backend").
    struct LoadBalancerChoice {
        Id frontend, backend;
        std::string rule;
    };
    std::optional<LoadBalancerChoice> loadBalancer;
    PacketState before, after;
    bool sourceTranslated = false;
    Message step; // one plain sentence of what happens here (teaching, hop inspector)
};

// The dependency key of one direction of an NSG's rules: the id, a NUL (which no id of a file
// holds: the reader refuses NUL bytes) and the direction's name.
inline Id nsgDirectionDependency(const Id& nsg, Direction direction) {
    return nsg + std::string(1, '\0') + (direction == Direction::Inbound ? "Inbound" : "Outbound");
}

struct Trace {
    Id flowId;
    std::string flowName;
    std::string source, destination; // as given
    Id destinationEndpoint;          // the endpoint (file or catalog) the destination resolved to, if any
    Protocol protocol = Protocol::Tcp;
    int port = 0;
    Verdict verdict = Verdict::NoRoute;
    std::optional<Ipv4Address> apparentSource; // absent for default outbound access (no fixed IP)
    SourceKind apparentSourceKind = SourceKind::Private;
    bool apparentSourceIsAzurePublic = false;
    std::vector<Hop> hops;
    // The reply of a request that arrived, from the destination back to the address it saw
    // (trace-contract.md, "Additions"), in the same shape as hops; empty when the request did not
    // arrive. Its NSG decisions are empty: NSGs are stateful and let the reply pass (§4.1).
    std::vector<Hop> returnHops;
    std::vector<Finding> findings;
    std::string expect; // the file's expectation, if any
    // Every object of the file the answer depended on (hops, NICs, the subnets whose routes and
    // NSGs decided, their route tables, NSGs, NAT gateways and VNets, peerings and circuits
    // consulted), sorted and unique. An edit that touches none of them cannot change this trace:
    // fix verification re-traces only the flows whose dependencies it touches. An NSG evaluated
    // also appears as nsgDirectionDependency(id, direction): a rule added in one direction can
    // change only the traces evaluated in that direction.
    std::vector<Id> dependsOn;

    bool matchesExpectation() const { return expect.empty() || expect == toString(verdict); }
};

// The error finding that says why the trace ended as it did: one at the hop where it stopped
// (an NSG_DENY beside an APPGW_INSTANCE_SOURCE said earlier), else the first error; null when
// there is none.
inline const Finding* verdictFinding(const Trace& t) {
    const int last = int(t.hops.size()) - 1;
    const Finding* first = nullptr;
    for (const Finding& f : t.findings) {
        if (f.severity != Severity::Error) continue;
        if (f.hop == last) return &f;
        if (!first) first = &f;
    }
    return first;
}

} // namespace pathlight
