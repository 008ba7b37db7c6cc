// The forwarding walk. Each function handles the packet at one kind of place (a VM's stack, an
// NVA, a gateway, a circuit, a site, the Internet edge) and hands it to the next; where the packet
// stops, it says why (the stop's finding). What explains a finished trace without changing it is
// in trace_explanation.cpp, and trace_check.cpp checks every trace is well formed. Facts are
// cited from azure-facts.md by section.

#include "trace/tracer.h"

#include "common/invariant.h"
#include "trace/source_kind.h"
#include "trace/trace_check.h"
#include "trace/trace_explanation.h"
#include "validation/lints.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace pathlight {

namespace {

constexpr const char* kFinding = "Finding";
constexpr const char* kStep = "Step";
constexpr int kMaxHops = 64;

std::string ipText(const std::optional<Ipv4Address>& a) {
    return a ? a->toString() : std::string("?");
}

HopRoute hopRoute(const EffectiveRoute& r) {
    HopRoute h;
    h.source = toString(r.source);
    h.prefix = r.prefix;
    h.nextHopType = toString(r.nextHopType);
    h.nextHopIps = r.nextHopIps;
    h.name = r.name;
    h.origin = toString(r.origin);
    h.via = r.via;
    h.viaDetail = r.viaDetail;
    h.serviceTag = r.serviceTag;
    return h;
}

struct Destination {
    std::optional<Ipv4Address> ip;
    const Endpoint* endpoint = nullptr;
    Id node;                          // vm, host, endpoint id, or "internet"
    HopKind kind = HopKind::Internet; // Vm, Host, Endpoint, Internet or Platform
    bool namedById = false;           // the flow named the VM or NIC, not an address
    std::string fqdn;                 // the name asked for (an endpoint's, a private endpoint's), if any
};

class Walker {
public:
    Walker(const Network& net, Trace& trace) : net_(net), t_(net.topology()), tr_(trace) {}

    void run(const FlowSpec& flow);
    // The reply of `request` (delivered), walked into this walker's trace: from the destination
    // back to the address it saw, NSGs not evaluated (stateful, §4.1), each NVA's SNAT undone
    // where the reply reaches its address. Returns false when the reply cannot be walked (a
    // destination that keeps no state we model: the caller mirrors the request).
    bool runReply(const Trace& request);

private:
    // ---- bookkeeping ----
    void depend(const Id& id) {
        if (!id.empty()) tr_.dependsOn.push_back(id);
    }
    // A subnet whose routes or NSG decided something: it, its VNet and what is associated with it.
    void dependOnSubnet(int vnet, int subnet) {
        if (vnet < 0 || subnet < 0) return;
        const Subnet& s = t_.vnets[vnet].subnets[subnet];
        depend(t_.vnets[vnet].id);
        depend(s.id);
        depend(s.routeTable);
        depend(s.nsg);
        depend(s.natGateway);
    }
    int addHop(const Id& node, HopKind kind, const Id& nic = {}) {
        depend(node);
        if (!nic.empty()) {
            depend(nic);
            if (const Nic* n = net_.index().nic(nic)) {
                const auto [v, sub] = net_.subnetPosition(n->subnet);
                dependOnSubnet(v, sub);
            }
        }
        Hop h;
        h.node = node;
        h.nic = nic;
        h.kind = kind;
        // Default outbound access has no fixed address: the packet's source is absent, never 0.0.0.0.
        h.before = h.after = {noFixedSource_ ? std::nullopt : std::optional<Ipv4Address>(packet_.source),
                              packet_.destination};
        tr_.hops.push_back(std::move(h));
        return int(tr_.hops.size()) - 1;
    }
    void step(int hop, const char* text, std::vector<std::string> args) {
        tr_.hops[hop].step = Message{kStep, text, std::move(args)};
    }
    void finding(const char* code, Severity severity, int hop, const std::string& object, const char* text,
                 std::vector<std::string> args) {
        for (const auto& f : tr_.findings)
            if (f.code == code && f.object == object) return;
        tr_.findings.push_back({code, severity, Message{kFinding, text, std::move(args)}, hop, object});
    }
    void translateSource(int hop, Ipv4Address to, SourceKind kind, bool azurePublic) {
        packet_.source = to;
        sourceKind_ = kind;
        sourceAzurePublic_ = azurePublic;
        noFixedSource_ = false;
        tr_.hops[hop].after.source = to;
        tr_.hops[hop].sourceTranslated = true;
    }
    void finish(Verdict v) {
        if (done_) return;
        done_ = true;
        tr_.verdict = v;
        // A trace that stops always says where (trace-contract.md): the specific sentences are
        // written where the packet stops; this catches any stop that has none.
        if (v != Verdict::Delivered && !tr_.hops.empty() && !*tr_.hops.back().step.sourceText)
            step(int(tr_.hops.size()) - 1, QT_TRANSLATE_NOOP("Step", "The packet stops at %1."),
                 {Message::object(tr_.hops.back().node)});
    }
    // True (and ends the walk) when the packet comes back to a place it already passed.
    // Or when the walk is longer than kMaxHops (`tooLong`): not a loop, but where it stops.
    bool revisits(const Id& node, const char* stage, bool* tooLong) {
        auto key = std::make_tuple(node, std::string(stage), packet_.source.value(),
                                   packet_.destination ? packet_.destination->value() : 0u);
        const bool fresh = visited_.insert(key).second;
        if (fresh && int(tr_.hops.size()) < kMaxHops) return false;
        *tooLong = fresh;
        finish(Verdict::Loop);
        return true;
    }

    // True (and ends the walk, saying so) when the packet comes back to a device it passed, or
    // has crossed kMaxHops hops (a chain of 70 VNet-to-VNet tunnels was called a loop: breaker).
    bool loopedBackTo(const Id& node, const char* stage) {
        bool tooLong = false;
        if (!revisits(node, stage, &tooLong)) return false;
        if (tooLong)
            finding(finding::kHopLimit, Severity::Error, int(tr_.hops.size()) - 1, node,
                    QT_TRANSLATE_NOOP("Finding", "The packet to %1 has crossed %2 hops without arriving; "
                                                 "Pathlight follows a packet for %2 hops at most."),
                    {ipText(packet_.destination), std::to_string(kMaxHops)});
        else
            finding(finding::kRoutingLoop, Severity::Error, int(tr_.hops.size()) - 1, node,
                    QT_TRANSLATE_NOOP("Finding",
                                      "The packet to %1 comes back to \"%2\": the routes form a loop."),
                    {ipText(packet_.destination), Message::object(node)});
        return true;
    }
    // The firewall's hop and the position of its AzureFirewallSubnet; {hop, -1, -1} (the walk
    // ended, dropped) when it has none.
    std::tuple<int, int, int> firewallHop(const Firewall& fw) {
        const int hop = addHop(fw.id, HopKind::Firewall);
        const Subnet* subnet = firewallSubnet(t_, fw);
        const auto [v, s] = subnet ? net_.subnetPosition(subnet->id) : std::make_pair(-1, -1);
        if (v < 0) {
            step(hop,
                 QT_TRANSLATE_NOOP("Step",
                                   "Azure Firewall %1 has no AzureFirewallSubnet: it forwards nothing."),
                 {Message::object(fw.id)});
            finish(Verdict::Dropped);
            return {hop, -1, -1};
        }
        dependOnSubnet(v, s);
        return {hop, v, s};
    }

    // ---- places ----
    void startAtVm(int vm, int nic, int ipConfiguration, bool nicChosen);
    void startAtHost(int site, int host);
    void startAtAppGateway(int appGateway);
    void startFromInternet();
    // The packet, on the Internet, reaches the resource of the drawing that owns its destination
    // public address (a NIC's public IP, an Application Gateway's public frontend).
    void arriveFromInternet(int hop);
    void egressFromNic(int vm, int nic, int hop);
    void dispatch(const EffectiveRoute& route, int vnet, int hop, int fromVm);
    void deliverInVnet(int vnet, int hop);
    void deliverToVm(int vm, int nic);
    // ---- version 2 devices (azure-facts-2 §12, §14) ----
    // The packet reaches an Azure Firewall as a route's next hop (`viaFrontend`) or addressed to
    // one of its instance addresses (a reply to its translation).
    void arriveAtFirewall(int firewall, bool viaFrontend);
    // A packet from the Internet to one of the firewall's public IPs: DNAT or the default deny.
    void firewallInbound(int firewall);
    // The reply of a request the firewall carried: its session undoes the translations.
    void firewallReply(int firewall, int hop, int vnet, int subnet, bool viaFrontend);
    // The firewall sends the packet on by its subnet's routes, translating the source as its rule
    // type and the destination say (§12.4); `translated`: the source is already translated (DNAT).
    void forwardFromFirewall(int firewall, int hop, int vnet, int subnet, bool applicationRule,
                             bool translated);
    void firewallDenies(int hop, const Firewall& firewall, const FirewallDecision& decision);
    void deliverToPrivateEndpoint(int privateEndpoint, int hop);
    // A load balancer's frontend (its address as a destination or as a route's next hop): a
    // healthy member of the rule's pool, the same one both ways (azure-facts-2 §13).
    void atLoadBalancer(int loadBalancer, int frontend);
    // The public frontend (outbound rule, else a load-balancing rule's) that NIC `nic` of VM `vm`
    // leaves by, or none (azure-facts-2 §13.8).
    // The public IP a NIC's Internet traffic leaves with through a load balancer (an outbound
    // rule's frontend, else a load-balancing rule's), and that load balancer's id (§13.8).
    std::optional<std::pair<Ipv4Address, Id>> loadBalancerOutboundIp(const Nic& nic) const;
    void deliverToAppGateway(int appGateway);
    void arriveAtNva(int vm, int nic);
    void atGateway(int gateway, bool fromOnPremises);
    void gatewayHasNoRoute(int hop, const Gateway& gw);
    // Equal-cost next hops (several NVAs announcing one prefix to Route Server): Azure spreads
    // flows by a hash of the 5-tuple, per direction, so a reply may cross the other NVA (ACNVA,
    // azure-facts-2 T54 (b), (c)). The same packet always picks the same one.
    std::size_t ecmpChoice(std::size_t count) const {
        const std::uint64_t h =
            (std::uint64_t(packet_.source.value()) * 0x9E3779B97F4A7C15ull) ^
            (std::uint64_t(packet_.destination ? packet_.destination->value() : 0) * 0xC2B2AE3D27D4EB4Full) ^
            (std::uint64_t(packet_.sourcePort) << 16 | std::uint64_t(packet_.destinationPort)) *
                0x165667B19E3779F9ull ^
            std::uint64_t(packet_.protocol);
        return std::size_t((h >> 29) % count);
    }
    // ICMP, ESP or AH leaving by a way that carries TCP and UDP only (azure-facts-2 §18).
    void protocolNotCarried(int hop, const Id& by);
    // A flow of protocol "*" stands for TCP or UDP traffic here, as it always has.
    bool tcpOrUdp() const {
        return packet_.protocol != Protocol::Icmp && packet_.protocol != Protocol::Esp &&
               packet_.protocol != Protocol::Ah;
    }
    void atCircuit(int circuit);
    void atSite(int site);
    void internetEgress(int vm, int nic, int hop);
    void leaveSiteEdge(int site, int hop);
    void deliverOnInternet();

    // Evaluates up to two NSGs (indices, -1 for none) in the given order.
    // The NSGs of the subnet at (vnet, subnet) and of a NIC in it, in Azure's order for the
    // direction; the subnet's routes give VirtualNetwork its meaning.
    bool evaluateNsgs(int hop, int firstNsg, int secondNsg, Direction direction, int vnet, int subnet,
                      bool platformAllowances);
    const EffectiveRoute* lookup(const SubnetRoutes& routes) {
        if (!routes.unresolvedTagRoutes().empty() && !tr_.hops.empty()) unresolvedTagRoute(routes);
        return packet_.destination ? routes.lookup(*packet_.destination) : routes.defaultRoute();
    }
    // A user route on a service tag no loaded file knows may hold a public destination: the
    // route chosen is uncertain (trace-contract SERVICE_TAG_UNRESOLVED). Service tags hold
    // Azure's public addresses only, so a private destination is certain.
    void unresolvedTagRoute(const SubnetRoutes& routes) {
        if (packet_.destination && isNonPublic(*packet_.destination)) return;
        const int hop = int(tr_.hops.size()) - 1;
        uncertainRouteHops_.push_back(hop);
        std::string list; // every such route: "name (tag)", as written in the table
        for (const auto& u : routes.unresolvedTagRoutes())
            list += (list.empty() ? "" : ", ") + u.route + " (" + u.tag + ")";
        finding(finding::kServiceTagUnresolved, Severity::Warning, hop,
                routes.unresolvedTagRoutes().front().table,
                QT_TRANSLATE_NOOP("Finding", "User routes on service tags whose addresses Pathlight does not "
                                             "know: %1; if %2 is in one of those tags, its route may decide "
                                             "here. The route chosen is uncertain until a service tag file "
                                             "that lists the tags is loaded."),
                {list, ipText(packet_.destination)});
    }
    std::vector<int> uncertainRouteHops_;

public:
    // After run(): the hops whose route an unresolved service-tag route could change say so.
    void markUncertainRoutes() {
        for (const int hop : uncertainRouteHops_)
            if (tr_.hops[std::size_t(hop)].route) tr_.hops[std::size_t(hop)].route->uncertain = true;
    }

private:
    int countAlternatives(const SubnetRoutes& routes, const EffectiveRoute& chosen) const;
    std::pair<int, int> nicSubnet(int vm, int nic) const {
        const NicPlacement& p = net_.placement(vm, nic);
        return {p.vnet, p.subnet};
    }
    int pickEgressNic(int vm) const;
    const Subnet* subnetOf(int vm, int nic) const {
        const NicPlacement& p = net_.placement(vm, nic);
        return p.vnet < 0 ? nullptr : &t_.vnets[p.vnet].subnets[p.subnet];
    }
    int vnetHoldingAddress(int fromVnet, Ipv4Address address) const;
    void resolveDestination(const FlowSpec& flow);

    const Network& net_;
    const Topology& t_;
    Trace& tr_;
    PacketHeader packet_;
    Destination dst_;
    SourceKind sourceKind_ = SourceKind::Private;
    bool sourceAzurePublic_ = false;
    bool noFixedSource_ = false; // default outbound access: Azure picks the address
    bool done_ = false;
    bool reply_ = false;                           // walking a reply (runReply)
    std::optional<Ipv4Address> replyClientSentTo_; // the address the request was sent to
    // The reply's NVA SNAT to undo: translated address -> (NVA vm index, original source).
    std::map<std::uint32_t, std::pair<int, Ipv4Address>> snatUndo_;
    // The same for a site edge's translation: translated address -> (site index, original source).
    std::map<std::uint32_t, std::pair<int, Ipv4Address>> edgeUndo_;
    std::set<std::tuple<std::string, std::string, std::uint32_t, std::uint32_t>> visited_;
    // The request's packet in and out of each firewall it crossed (by firewall index): a reply's
    // session, whose translations the firewall undoes (azure-facts-2 §12.6).
    std::map<int, std::pair<PacketState, PacketState>> firewallSessions_;
    // Reached through a public load balancer frontend: closed until an NSG allows (§13.1).
    Id publicLoadBalancer_;
    // A reply to a load balancer frontend the request was translated from: the reply's source.
    std::optional<Ipv4Address> loadBalancerReplySource_;
};

// The private endpoint with this address, or -1.
int privateEndpointWithIp(const Topology& t, Ipv4Address a) {
    for (int p = 0; p < int(t.privateEndpoints.size()); ++p)
        if (t.privateEndpoints[p].privateIp == a) return p;
    return -1;
}

// ---- resolution ---------------------------------------------------------------------------

const Endpoint* endpointByAddress(const Network& net, Ipv4Address a) {
    for (const auto& e : net.topology().endpoints)
        for (const auto& p : e.ips)
            if (p.contains(a)) return &e;
    if (const auto* c = net.catalog().byAddress(a)) return &c->endpoint;
    return nullptr;
}

void Walker::resolveDestination(const FlowSpec& flow) {
    const std::string& d = flow.destination;
    const TopologyIndex& index = net_.index();
    // A private endpoint by id, address or its service's FQDN (private DNS assumed,
    // topology-format.md "Version 2").
    int pe = -1;
    if (const PrivateEndpoint* byId = index.privateEndpoint(d))
        pe = int(byId - t_.privateEndpoints.data());
    else if (auto ip = Ipv4Address::parse(d))
        pe = privateEndpointWithIp(t_, *ip);
    else
        for (int p = 0; p < int(t_.privateEndpoints.size()); ++p)
            if (t_.privateEndpoints[p].service && !t_.privateEndpoints[p].service->fqdn.empty() &&
                fqdnMatches(t_.privateEndpoints[p].service->fqdn, d))
                pe = p;
    if (pe >= 0) {
        const PrivateEndpoint& e = t_.privateEndpoints[pe];
        dst_.ip = e.privateIp;
        dst_.node = e.id;
        dst_.kind = HopKind::PrivateEndpoint;
        dst_.namedById = d == e.id;
        if (e.service) dst_.fqdn = e.service->fqdn;
        return;
    }
    if (auto ip = Ipv4Address::parse(d)) {
        dst_.ip = *ip;
        if (const AddressOwner* owner = net_.nicWithPrivateIp(*ip)) {
            dst_.node = t_.vms[owner->object].id;
            dst_.kind = HopKind::Vm;
        } else if (*ip == wellknown::kWireServer || *ip == wellknown::kImds) {
            dst_.endpoint = endpointByAddress(net_, *ip);
            dst_.node = dst_.endpoint ? dst_.endpoint->id : d;
            dst_.kind = HopKind::Platform;
        } else if (!isNonPublic(*ip) && (dst_.endpoint = endpointByAddress(net_, *ip))) {
            dst_.node = dst_.endpoint->id;
            dst_.kind = HopKind::Endpoint;
        } else if (auto [site, host] = net_.hostWithIp(*ip); site >= 0) {
            dst_.node = t_.sites[site].hosts[host].id;
            dst_.kind = HopKind::Host;
        } else {
            dst_.node = "internet";
            dst_.kind = HopKind::Internet;
        }
        return;
    }
    if (const Vm* vm = index.vm(d)) {
        const Nic* nic = vm->primaryNic();
        if (!nic || !nic->primaryIpConfiguration())
            throw TraceInputError(
                {kFinding, QT_TRANSLATE_NOOP("Finding", "VM \"%1\" has no NIC to receive traffic"), {d}});
        dst_ = {nic->primaryIpConfiguration()->privateIp, nullptr, vm->id, HopKind::Vm, true, {}};
        return;
    }
    if (const Nic* nic = index.nic(d)) {
        const Vm* owner = nullptr;
        index.nic(d, &owner);
        dst_ = {nic->primaryIpConfiguration()->privateIp, nullptr, owner->id, HopKind::Vm, true, {}};
        return;
    }
    if (const Host* host = index.host(d)) {
        dst_ = {host->ip, nullptr, host->id, HopKind::Host, false, {}};
        return;
    }
    const Endpoint* e = index.endpoint(d);
    if (!e)
        for (const auto& fe : t_.endpoints)
            if (!fe.fqdn.empty() && fe.fqdn == d) e = &fe;
    if (!e) {
        const CatalogEndpoint* c = net_.catalog().byId(d);
        if (!c) c = net_.catalog().byFqdn(d);
        if (c) {
            // A file endpoint with the same id or FQDN wins over the catalog (contract).
            for (const auto& fe : t_.endpoints)
                if (fe.id == c->endpoint.id || (!fe.fqdn.empty() && fe.fqdn == c->endpoint.fqdn)) e = &fe;
            if (!e) e = &c->endpoint;
        }
    }
    if (!e)
        throw TraceInputError(
            {kFinding,
             QT_TRANSLATE_NOOP("Finding", "destination \"%1\" is not an IP address, an id, or an FQDN known "
                                          "to the catalog or to endpoints"),
             {d}});
    dst_.endpoint = e;
    dst_.node = e->id;
    dst_.kind = HopKind::Endpoint;
    dst_.fqdn = e->fqdn.empty() && !Ipv4Address::parse(d) && !index.find(d) ? d : e->fqdn;
    if (!e->ips.empty()) dst_.ip = e->ips.front().network();
    if (dst_.ip && (*dst_.ip == wellknown::kWireServer || *dst_.ip == wellknown::kImds))
        dst_.kind = HopKind::Platform;
}

// ---- the walk -----------------------------------------------------------------------------

void Walker::run(const FlowSpec& flow) {
    resolveDestination(flow);
    packet_.destination = dst_.ip;
    packet_.protocol = flow.protocol;
    packet_.destinationPort = flow.port;
    if (packet_.destinationPort == 0 && dst_.endpoint && !dst_.endpoint->ports.empty())
        packet_.destinationPort = dst_.endpoint->ports.front();
    tr_.port = packet_.destinationPort;

    const TopologyIndex& index = net_.index();
    const std::string& s = flow.source;
    if (const ObjectRef* r = index.find(s)) {
        switch (r->kind) {
        case ObjectKind::Vm: {
            const Vm& vm = t_.vms[r->index];
            const Nic* nic = vm.primaryNic();
            if (!nic || !nic->primaryIpConfiguration())
                throw TraceInputError(
                    {kFinding, QT_TRANSLATE_NOOP("Finding", "VM \"%1\" has no NIC to send from"), {s}});
            const int n = int(nic - vm.nics.data());
            startAtVm(r->index, n, int(nic->primaryIpConfiguration() - nic->ipConfigurations.data()), false);
            break;
        }
        case ObjectKind::Nic: {
            const Nic& nic = t_.vms[r->index].nics[r->member];
            startAtVm(r->index, r->member, int(nic.primaryIpConfiguration() - nic.ipConfigurations.data()),
                      true);
            break;
        }
        case ObjectKind::Host:
            startAtHost(r->index, r->member);
            break;
        case ObjectKind::AppGateway:
            startAtAppGateway(r->index);
            break;
        default:
            throw TraceInputError(
                {kFinding,
                 QT_TRANSLATE_NOOP(
                     "Finding",
                     "a flow starts at a vm, nic, host, appGateway or an IP address, not at %1 \"%2\""),
                 {toString(r->kind), s}});
        }
    } else if (auto ip = Ipv4Address::parse(s)) {
        bool placed = false;
        if (const AddressOwner* owner = net_.nicWithPrivateIp(*ip)) {
            startAtVm(owner->object, owner->nic, owner->ipConfiguration, true);
            placed = true;
        } else if (auto [site, host] = net_.hostWithIp(*ip); site >= 0) {
            startAtHost(site, host);
            placed = true;
        }
        if (!placed) {
            if (isNonPublic(*ip))
                throw TraceInputError(
                    {kFinding,
                     QT_TRANSLATE_NOOP("Finding", "source %1 is a private address that no NIC or host holds"),
                     {s}});
            packet_.source = *ip;
            startFromInternet();
        }
    } else {
        throw TraceInputError(
            {kFinding,
             QT_TRANSLATE_NOOP("Finding", "source \"%1\" is neither an id nor an IP address"),
             {s}});
    }
    if (!done_) finish(Verdict::NoRoute);
    if (dst_.endpoint) tr_.destinationEndpoint = dst_.endpoint->id;
    tr_.apparentSource = noFixedSource_ ? std::nullopt : std::optional<Ipv4Address>(packet_.source);
    tr_.apparentSourceKind = sourceKind_;
    tr_.apparentSourceIsAzurePublic = sourceAzurePublic_;
}

bool Walker::runReply(const Trace& request) {
    if (request.hops.empty()) return false;
    const Hop& first = request.hops.front();
    const Hop& last = request.hops.back();
    // The reply goes from the address the destination received on to the address it saw.
    if (!last.after.destination || !last.after.source) return false;
    reply_ = true;
    replyClientSentTo_ = first.before.destination;
    packet_.protocol = request.protocol;
    packet_.destinationPort = 0; // the client's ephemeral port: no decision reads it (NSGs are stateful)
    packet_.source = *last.after.destination;
    packet_.destination = *last.after.source;
    dst_.ip = packet_.destination;
    dst_.node = first.node;
    dst_.kind = first.kind == HopKind::Host                               ? HopKind::Host
                : first.kind == HopKind::Vm || first.kind == HopKind::Nva ? HopKind::Vm
                                                                          : HopKind::Internet;
    for (const Hop& hop : request.hops)
        if (hop.sourceTranslated && hop.kind == HopKind::Nva && hop.before.source && hop.after.source)
            if (const ObjectRef* r = net_.index().find(hop.node); r && r->kind == ObjectKind::Vm)
                snatUndo_[hop.after.source->value()] = {r->index, *hop.before.source};
    for (const Hop& hop : request.hops)
        if (hop.kind == HopKind::LoadBalancer && hop.before.destination && hop.after.destination &&
            hop.before.destination != hop.after.destination)
            loadBalancerReplySource_ = hop.before.destination;
    for (const Hop& hop : request.hops)
        if (hop.kind == HopKind::Firewall)
            if (const ObjectRef* r = net_.index().find(hop.node); r && r->kind == ObjectKind::Firewall)
                firewallSessions_[r->index] = {hop.before, hop.after};
    for (const Hop& hop : request.hops)
        if (hop.sourceTranslated && hop.kind == HopKind::Site && hop.before.source && hop.after.source)
            if (const ObjectRef* r = net_.index().find(hop.node); r && r->kind == ObjectKind::Site)
                edgeUndo_[hop.after.source->value()] = {r->index, *hop.before.source};
    const ObjectRef* at = net_.index().find(last.node);
    if (at && at->kind == ObjectKind::Vm && (last.kind == HopKind::Vm || last.kind == HopKind::Nva)) {
        const Vm& vm = t_.vms[at->index];
        int arrival = -1;
        for (int n = 0; n < int(vm.nics.size()); ++n)
            if (vm.nics[n].id == last.nic) arrival = n;
        if (arrival < 0) return false;
        const int egress = pickEgressNic(at->index);
        const Nic& out = vm.nics[egress];
        const int hop = addHop(vm.id, vm.nva ? HopKind::Nva : HopKind::Vm, out.id);
        step(hop, QT_TRANSLATE_NOOP("Step", "%1 answers %2 from %3 through NIC %4."),
             {Message::object(vm.id), ipText(packet_.destination), packet_.source.toString(),
              Message::object(out.id)});
        // An internal frontend's translation is undone by the host as the reply leaves (a public
        // frontend's where the reply reaches the Internet, internetEgress).
        if (loadBalancerReplySource_ && !net_.ownerOfPublicIp(*loadBalancerReplySource_)) {
            translateSource(hop, *loadBalancerReplySource_, SourceKind::Private, false);
            loadBalancerReplySource_.reset();
        }
        bool owns = false;
        for (const auto& c : out.ipConfigurations)
            owns = owns || c.privateIp == packet_.source;
        if (egress != arrival && !owns && !out.enableIPForwarding) {
            // The guest routes by its default gateway, on another NIC than the request came in
            // on; Azure drops a packet whose source is not that NIC's own address (§8).
            step(hop,
                 QT_TRANSLATE_NOOP("Step",
                                   "The guest sends the reply out of NIC %1 (its default gateway), not "
                                   "NIC %2 the request came in on; Azure drops it: %3 is not an "
                                   "address of NIC %1."),
                 {Message::object(out.id), Message::object(last.nic), packet_.source.toString()});
            finish(Verdict::Dropped);
            return true;
        }
        const Subnet* subnet = subnetOf(at->index, egress);
        if (subnet && !subnet->addressPrefix.contains(packet_.destination.value_or(Ipv4Address())) &&
            !vm.guestHasDefaultGatewayOn(out)) {
            // The same guest rule as for a request (§8): off-link, no default gateway, no packet.
            step(hop, QT_TRANSLATE_NOOP("Step", "The guest has no route out of NIC %1 for %2: dropped."),
                 {Message::object(out.id), ipText(packet_.destination)});
            finish(Verdict::Dropped);
            return true;
        }
        egressFromNic(at->index, egress, hop);
    } else if (at && at->kind == ObjectKind::Host && last.kind == HopKind::Host) {
        const int hop = addHop(last.node, HopKind::Host);
        step(hop, QT_TRANSLATE_NOOP("Step", "Host %1 answers %2."),
             {Message::object(last.node), ipText(packet_.destination)});
        atSite(at->index);
    } else if (at && at->kind == ObjectKind::AppGateway && last.kind == HopKind::AppGateway) {
        // The listener answers from the frontend the client reached, by its subnet's routes.
        const AppGateway& gw = t_.appGateways[at->index];
        const int hop = addHop(gw.id, HopKind::AppGateway);
        step(hop, QT_TRANSLATE_NOOP("Step", "Application Gateway %1 answers %2 by its subnet's routes."),
             {Message::object(gw.id), ipText(packet_.destination)});
        auto [v, s] = net_.subnetPosition(gw.subnet);
        if (v < 0) return false;
        dependOnSubnet(v, s);
        const EffectiveRoute* route = lookup(net_.routing().subnet(v, s));
        if (!route) {
            finish(Verdict::NoRoute);
            return true;
        }
        tr_.hops[hop].route = hopRoute(*route);
        if (route->nextHopType == NextHopType::Internet) {
            if (gw.frontendPublicIp && packet_.source != *gw.frontendPublicIp)
                translateSource(hop, *gw.frontendPublicIp, SourceKind::AppGatewayFrontendPublicIp, true);
            deliverOnInternet();
        } else {
            dispatch(*route, v, hop, -1);
        }
    } else {
        return false; // a service on the Internet or the platform answers the way it was reached
    }
    if (!done_) finish(Verdict::NoRoute);
    return true;
}

int Walker::pickEgressNic(int vm) const {
    // The guest sends on-link when a NIC's subnet holds the destination, else through the NIC
    // that has a default gateway (azure-facts §8).
    const Vm& v = t_.vms[vm];
    if (packet_.destination)
        for (int n = 0; n < int(v.nics.size()); ++n)
            if (const Subnet* s = subnetOf(vm, n); s && s->addressPrefix.contains(*packet_.destination))
                return n;
    // A guest route for a NIC's own address (policy routing by source, the guest-route fix) sends
    // that address's traffic out of that NIC.
    for (int n = 0; n < int(v.nics.size()); ++n)
        if (v.nics[n].guestDefaultGateway.value_or(false))
            for (const auto& c : v.nics[n].ipConfigurations)
                if (c.privateIp == packet_.source) return n;
    for (int n = 0; n < int(v.nics.size()); ++n)
        if (v.guestHasDefaultGatewayOn(v.nics[n])) return n;
    const Nic* primary = v.primaryNic();
    return primary ? int(primary - v.nics.data()) : 0;
}

void Walker::startAtVm(int vm, int nic, int ipConfiguration, bool nicChosen) {
    const Vm& v = t_.vms[vm];
    packet_.source = v.nics[nic].ipConfigurations[ipConfiguration].privateIp;
    const int egress = nicChosen ? nic : pickEgressNic(vm);
    const Nic& out = v.nics[egress];
    const int hop = addHop(v.id, v.nva ? HopKind::Nva : HopKind::Vm, out.id);
    step(hop, QT_TRANSLATE_NOOP("Step", "%1 sends the packet from %2 to %3."),
         {Message::object(v.id), packet_.source.toString(), dst_.ip ? dst_.ip->toString() : tr_.destination});

    const Subnet* subnet = subnetOf(vm, egress);
    if (dst_.kind != HopKind::Platform && subnet &&
        (!packet_.destination || !subnet->addressPrefix.contains(*packet_.destination)) &&
        !v.guestHasDefaultGatewayOn(out)) {
        finding(finding::kNoGuestGateway, Severity::Error, hop, out.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "NIC \"%1\" of VM \"%2\" has no default gateway in the guest: Azure "
                                  "gives one only to the primary NIC, so traffic from %3 to %4 "
                                  "outside subnet %5 goes nowhere until a guest route is added."),
                {Message::object(out.id), Message::object(v.id), packet_.source.toString(),
                 ipText(packet_.destination), subnet->addressPrefix.toString()});
        step(hop, QT_TRANSLATE_NOOP("Step", "The guest has no route out of NIC %1 for %2: dropped."),
             {Message::object(out.id), ipText(packet_.destination)});
        return finish(Verdict::Dropped);
    }
    egressFromNic(vm, egress, hop);
}

void Walker::startAtHost(int site, int host) {
    const Host& h = t_.sites[site].hosts[host];
    packet_.source = h.ip;
    const int hop = addHop(h.id, HopKind::Host);
    step(hop, QT_TRANSLATE_NOOP("Step", "Host %1 sends the packet from %2."),
         {Message::object(h.id), h.ip.toString()});
    atSite(site);
}

void Walker::startAtAppGateway(int a) {
    const AppGateway& gw = t_.appGateways[a];
    if (gw.instanceIps.empty())
        throw TraceInputError(
            {kFinding,
             QT_TRANSLATE_NOOP("Finding", "Application Gateway \"%1\" has no instanceIps to send from"),
             {gw.id}});
    // Backend connections and probes come from the instance addresses, not the frontend (§5.2).
    packet_.source = gw.instanceIps.front();
    const int hop = addHop(gw.id, HopKind::AppGateway);
    step(hop,
         QT_TRANSLATE_NOOP("Step", "Application Gateway %1 opens a new connection to the backend from its "
                                   "instance address %2 (not from its frontend)."),
         {Message::object(gw.id), packet_.source.toString()});
    auto [v, s] = net_.subnetPosition(gw.subnet);
    if (v < 0) return finish(Verdict::NoRoute);
    dependOnSubnet(v, s);
    const SubnetRoutes& routes = net_.routing().subnet(v, s);
    if (!evaluateNsgs(hop, net_.subnetNsgIndex(v, s), -1, Direction::Outbound, v, s, false)) return;
    const EffectiveRoute* route = lookup(routes);
    if (!route) return finish(Verdict::NoRoute);
    tr_.hops[hop].route = hopRoute(*route);
    tr_.hops[hop].route->alternatives = countAlternatives(routes, *route);
    if (route->nextHopType == NextHopType::Internet && gw.frontendPublicIp)
        // A public backend sees the gateway's frontend public address (§5.2, T23).
        translateSource(hop, *gw.frontendPublicIp, SourceKind::AppGatewayFrontendPublicIp, true);
    if (route->nextHopType == NextHopType::Internet) {
        if (!gw.frontendPublicIp) {
            finding(finding::kNoEgress, Severity::Error, hop, gw.id,
                    QT_TRANSLATE_NOOP(
                        "Finding",
                        "Application Gateway \"%1\" has no frontend public IP to reach %2 on the Internet."),
                    {Message::object(gw.id), ipText(packet_.destination)});
            return finish(Verdict::Dropped);
        }
        return deliverOnInternet();
    }
    dispatch(*route, v, hop, -1);
}

void Walker::startFromInternet() {
    sourceKind_ = SourceKind::Internet;
    const int hop = addHop("internet", HopKind::Internet);
    step(hop, QT_TRANSLATE_NOOP("Step", "A client on the Internet at %1 sends the packet to %2."),
         {packet_.source.toString(), ipText(packet_.destination)});
    arriveFromInternet(hop);
}

void Walker::arriveFromInternet(int hop) {
    const AddressOwner* owner = packet_.destination ? net_.ownerOfPublicIp(*packet_.destination) : nullptr;
    if (!owner) {
        step(hop,
             QT_TRANSLATE_NOOP("Step",
                               "No public IP of this topology is %1: nothing in the drawing receives it."),
             {ipText(packet_.destination)});
        finding(finding::kNoRoute, Severity::Error, hop, "internet",
                QT_TRANSLATE_NOOP("Finding", "%1 is not a public IP of any NIC in this topology."),
                {ipText(packet_.destination)});
        return finish(Verdict::NoRoute);
    }
    if (owner->kind == AddressOwner::AppGatewayFrontend) {
        // The listener on the public frontend: the request ends at the gateway, which opens its
        // own connection to a backend (a flow from the gateway, §5.2).
        return deliverToAppGateway(owner->object);
    }
    if (owner->kind == AddressOwner::FirewallPublicIp) return firewallInbound(owner->object);
    if (owner->kind == AddressOwner::LoadBalancerFrontendAddress)
        return atLoadBalancer(owner->object, owner->nic);
    const Vm& vm = t_.vms[owner->object];
    const Nic& nic = vm.nics[owner->nic];
    // Inbound NSG rules see the private address: Azure translates before evaluating (§4.1).
    const Ipv4Address privateIp = nic.ipConfigurations[owner->ipConfiguration].privateIp;
    packet_.destination = privateIp;
    const int vmHop = addHop(vm.id, vm.nva ? HopKind::Nva : HopKind::Vm, nic.id);
    tr_.hops[vmHop].before.destination = dst_.ip;
    step(vmHop, QT_TRANSLATE_NOOP("Step", "Azure translates the public address %1 to %2 of NIC %3."),
         {ipText(dst_.ip), privateIp.toString(), Message::object(nic.id)});
    const NicPlacement& place = net_.placement(owner->object, owner->nic);
    const int v = place.vnet;
    dependOnSubnet(v, place.subnet);
    // (A reply is not a new inbound connection: the public IP lets it in, §6.4.)
    if (!reply_ && place.subnetNsg < 0 && place.nicNsg < 0) {
        // Standard public IPs are closed to inbound traffic until an NSG allows it (§6.4).
        finding(finding::kPublicIpNoNsg, Severity::Error, vmHop, nic.id,
                QT_TRANSLATE_NOOP("Finding", "Public IP %1 is a Standard SKU address: it admits no inbound "
                                             "traffic until an NSG on NIC \"%2\" or its subnet allows it."),
                {ipText(dst_.ip), Message::object(nic.id)});
        return finish(Verdict::Denied);
    }
    if (!evaluateNsgs(vmHop, place.subnetNsg, place.nicNsg, Direction::Inbound, v, place.subnet, false))
        return;
    // Whether the reply goes back through the Internet is the reply's walk (traceReply).
    finish(Verdict::Delivered);
}

bool Walker::evaluateNsgs(int hop, int firstNsg, int secondNsg, Direction direction, int vnet, int subnet,
                          bool platformAllowances) {
    // NSGs are stateful: the reply of an allowed request passes without evaluation (§4.1).
    if (reply_) return true;
    NsgContext context{&net_.routing().subnet(vnet, subnet), platformAllowances};
    for (const int index : {firstNsg, secondNsg}) {
        if (index < 0) continue;
        const Id& id = t_.nsgs[index].id;
        depend(id);
        depend(nsgDirectionDependency(id, direction));
        NsgDecision d = net_.nsgs().evaluate(index, direction, packet_, context);
        // Where it was evaluated, for the explanation (trace_explanation.cpp).
        d.subnet = t_.vnets[vnet].subnets[subnet].id;
        d.source = packet_.source;
        d.destination = packet_.destination;
        tr_.hops[hop].nsg.push_back(d);
        if (d.access == Access::Deny) {
            finding(finding::kNsgDeny, Severity::Error, hop, id,
                    QT_TRANSLATE_NOOP("Finding", "NSG \"%1\" denies this %2 traffic from %3 to %4 port "
                                                 "%5 with rule \"%6\" (priority %7)."),
                    // The direction as a word inside the sentence ("this outbound traffic"), not
                    // Azure's property value "Outbound".
                    {Message::object(id),
                     Message::term("Term", direction == Direction::Inbound
                                               ? QT_TRANSLATE_NOOP("Term", "inbound")
                                               : QT_TRANSLATE_NOOP("Term", "outbound")),
                     packet_.source.toString(), ipText(packet_.destination),
                     std::to_string(packet_.destinationPort), d.rule, std::to_string(d.priority)});
            step(hop, QT_TRANSLATE_NOOP("Step", "NSG %1 denies the packet (rule %2, priority %3)."),
                 {Message::object(id), d.rule, std::to_string(d.priority)});
            finish(Verdict::Denied);
            return false;
        }
    }
    return true;
}

int Walker::countAlternatives(const SubnetRoutes& routes, const EffectiveRoute& chosen) const {
    if (!packet_.destination) return 0;
    int n = 0;
    routes.own().forEachMatch(*packet_.destination, [&](const EffectiveRoute& r) { n += &r != &chosen; });
    if (routes.gatewayRoutes())
        routes.gatewayRoutes()->forEachMatch(*packet_.destination,
                                             [&](const EffectiveRoute& r) { n += &r != &chosen; });
    return n;
}

void Walker::egressFromNic(int vm, int nic, int hop) {
    const Vm& v = t_.vms[vm];
    const Nic& n = v.nics[nic];
    auto [vi, si] = nicSubnet(vm, nic);
    if (vi < 0) return finish(Verdict::NoRoute);
    const Subnet& subnet = t_.vnets[vi].subnets[si];
    dependOnSubnet(vi, si);
    const SubnetRoutes& routes = net_.routing().subnet(vi, si);
    tr_.hops[hop].nic = n.id;

    // Outbound: NIC NSG, then subnet NSG (§4.1), with the platform's hidden allowances.
    const NicPlacement& place = net_.placement(vm, nic);
    if (!evaluateNsgs(hop, place.nicNsg, place.subnetNsg, Direction::Outbound, vi, si, true)) return;

    if (dst_.kind == HopKind::Platform && packet_.destination &&
        (*packet_.destination == wellknown::kWireServer || *packet_.destination == wellknown::kImds)) {
        // 168.63.129.16 and IMDS are answered by the host: never routed, never subject to UDRs (§3.3-3.4).
        const int end = addHop(dst_.node, HopKind::Platform);
        step(end, QT_TRANSLATE_NOOP("Step", "The host answers %1 itself; user-defined routes do not apply."),
             {ipText(packet_.destination)});
        return finish(Verdict::Delivered);
    }
    // A user route Azure refuses would have matched: the flow follows what Azure deploys.
    for (const auto& refused : routes.refusedRoutes())
        if (packet_.destination && refused.prefix.contains(*packet_.destination)) {
            depend(refused.via);
            finding(
                finding::kGatewayUdrForbidden, Severity::Error, hop, refused.via,
                QT_TRANSLATE_NOOP("Finding",
                                  "Route \"%1\" (%2) of route table \"%3\" sends traffic to the virtual "
                                  "network gateway, which Azure refuses while ExpressRoute and VPN gateways "
                                  "coexist: the route is never deployed, and the packet follows the others."),
                {refused.name, refused.prefix.toString(), Message::object(refused.via)});
            break;
        }
    const EffectiveRoute* route = lookup(routes);
    if (!route) {
        finding(finding::kNoRoute, Severity::Error, hop, subnet.id,
                QT_TRANSLATE_NOOP("Finding", "Subnet \"%1\" has no route for %2."),
                {Message::object(subnet.id), ipText(packet_.destination)});
        return finish(Verdict::NoRoute);
    }
    tr_.hops[hop].route = hopRoute(*route);
    tr_.hops[hop].route->alternatives = countAlternatives(routes, *route);
    if (route->nextHopType == NextHopType::InterfaceEndpoint && packet_.destination)
        for (const auto& beaten : routes.beaten(*packet_.destination))
            if (beaten.route.source == RouteSource::User &&
                beaten.route.nextHopType == NextHopType::VirtualAppliance &&
                !beaten.route.nextHopIps.empty()) {
                // The /32 is longer than the user route meant to send this traffic through a
                // firewall or NVA (azure-facts-2 §14.2): it goes straight to the endpoint.
                finding(
                    finding::kPrivateEndpointBypass, Severity::Warning, hop, route->via,
                    QT_TRANSLATE_NOOP("Finding",
                                      "Private endpoint \"%1\"'s /32 route is longer than user route %2 → %3 "
                                      "of route table \"%4\": this traffic goes straight to the endpoint and "
                                      "does not cross %3. Route-table network policies on the endpoint's "
                                      "subnet and a route for its subnet or VNet would send it through."),
                    {Message::object(route->via), beaten.route.prefix.toString(),
                     beaten.route.nextHopIps.front().toString(), Message::object(beaten.route.via)});
                break;
            }
    dispatch(*route, vi, hop, vm);
}

int Walker::vnetHoldingAddress(int fromVnet, Ipv4Address address) const {
    for (const auto& p : t_.vnets[fromVnet].addressSpace)
        if (p.contains(address)) return fromVnet;
    for (const auto& peer : net_.routing().peersOf(fromVnet))
        for (const auto& p : t_.vnets[peer.vnet].addressSpace)
            if (p.contains(address)) return peer.vnet;
    return -1;
}

void Walker::dispatch(const EffectiveRoute& route, int vnet, int hop, int fromVm) {
    // An NVA or a firewall forwards traffic it did not originate.
    const bool forwarder = (fromVm >= 0 && tr_.hops[hop].kind == HopKind::Nva && hop > 0) ||
                           tr_.hops[hop].kind == HopKind::Firewall;
    switch (route.nextHopType) {
    case NextHopType::VirtualNetworkServiceEndpoint:
        // Straight to the service over the backbone, from the VM's private address: no
        // appliance, no translation (azure-facts-2 §15).
        step(hop,
             QT_TRANSLATE_NOOP("Step", "The service endpoint of the subnet carries the packet to %1 over the "
                                       "Azure backbone; the service sees the private source %2."),
             {Message::object(route.via), packet_.source.toString()});
        return deliverOnInternet();
    case NextHopType::InterfaceEndpoint: {
        const PrivateEndpoint* pe = net_.index().privateEndpoint(route.via);
        if (!pe) return finish(Verdict::NoRoute);
        return deliverToPrivateEndpoint(int(pe - t_.privateEndpoints.data()), hop);
    }
    case NextHopType::VnetLocal:
    case NextHopType::VNetPeering:
    case NextHopType::VNetGlobalPeering: {
        int target = vnet;
        if (route.nextHopType != NextHopType::VnetLocal) {
            target = net_.vnetIndex(route.viaDetail);
            const Peering* peering = nullptr;
            for (const auto& p : t_.peerings)
                if (p.id == route.via) peering = &p;
            depend(route.via);
            if (peering && !peering->allowsAccess()) {
                // allowVirtualNetworkAccess cleared: "traffic doesn't flow" (azure-facts-2 §17.2).
                finding(finding::kPeeringAccessDisabled, Severity::Error, hop, peering->id,
                        QT_TRANSLATE_NOOP("Finding", "Peering \"%1\" does not allow access between the "
                                                     "two VNets: traffic to VNet \"%2\" is dropped."),
                        {Message::object(peering->id), Message::object(route.viaDetail)});
                step(hop, QT_TRANSLATE_NOOP("Step", "Peering %1 does not allow access: dropped."),
                     {Message::object(peering->id)});
                return finish(Verdict::Dropped);
            }
            // A packet forwarded into a peered VNet from a source outside the sending VNet needs
            // the receiving side's "allow forwarded traffic" (azure-facts-2 §17.2, DERIVED).
            bool fromSendingVnet = false;
            for (const auto& range : t_.vnets[vnet].addressSpace)
                fromSendingVnet = fromSendingVnet || range.contains(packet_.source);
            if (forwarder && !fromSendingVnet && peering && target >= 0 &&
                !peering->allowsForwardedInto(t_.vnets[target].id)) {
                finding(finding::kPeeringForwardedTraffic, Severity::Error, hop, peering->id,
                        QT_TRANSLATE_NOOP("Finding",
                                          "Peering \"%1\" does not allow forwarded traffic into VNet \"%3\", "
                                          "so packets \"%2\" forwards there from %4 are dropped."),
                        {Message::object(peering->id), Message::object(tr_.hops[hop].node),
                         Message::object(route.viaDetail), packet_.source.toString()});
                return finish(Verdict::Dropped);
            }
        }
        if (target < 0) return finish(Verdict::NoRoute);
        return deliverInVnet(target, hop);
    }
    case NextHopType::Internet: {
        if (packet_.destination && isNonPublic(*packet_.destination)) {
            finding(finding::kNoRoute, Severity::Error, hop, route.via,
                    QT_TRANSLATE_NOOP("Finding", "%1 is a private address, but the route %2 sends it to the "
                                                 "Internet, where it cannot be reached."),
                    {ipText(packet_.destination), route.prefix.toString()});
            return finish(Verdict::NoRoute);
        }
        if (fromVm < 0) return deliverOnInternet();
        return internetEgress(
            fromVm,
            [&] {
                for (int n = 0; n < int(t_.vms[fromVm].nics.size()); ++n)
                    if (t_.vms[fromVm].nics[n].id == tr_.hops[hop].nic) return n;
                return 0;
            }(),
            hop);
    }
    case NextHopType::VirtualAppliance:
    case NextHopType::VirtualNetworkGateway: {
        const bool toAppliance =
            route.nextHopType == NextHopType::VirtualAppliance || route.origin == RouteOrigin::RouteServer;
        if (toAppliance) {
            if (route.nextHopIps.empty()) return finish(Verdict::NoRoute);
            const Ipv4Address nextHop = route.nextHopIps[ecmpChoice(route.nextHopIps.size())];
            if (route.nextHopIps.size() > 1)
                step(hop,
                     QT_TRANSLATE_NOOP("Step",
                                       "The route has %1 equal next hops (ECMP); this flow's hash picks %2."),
                     {std::to_string(route.nextHopIps.size()), nextHop.toString()});
            const int holder = vnetHoldingAddress(vnet, nextHop);
            const AddressOwner* owner = holder >= 0 ? net_.ownerInVnet(holder, nextHop) : nullptr;
            // An Azure Firewall's private IP (azure-facts-2 §12.2).
            if (owner && (owner->kind == AddressOwner::FirewallFrontend ||
                          owner->kind == AddressOwner::FirewallInstance))
                return arriveAtFirewall(owner->object, owner->kind == AddressOwner::FirewallFrontend);
            // An internal load balancer's frontend: the HA-ports NVA pair (azure-facts-2 §13.2).
            if (owner && owner->kind == AddressOwner::LoadBalancerFrontendAddress)
                return atLoadBalancer(owner->object, owner->nic);
            if (!owner || owner->kind != AddressOwner::NicAddress) {
                finding(finding::kNoRoute, Severity::Error, hop, route.via,
                        QT_TRANSLATE_NOOP("Finding", "The route %1 points to the appliance %2, but no NIC in "
                                                     "this or a peered VNet holds that address."),
                        {route.prefix.toString(), nextHop.toString()});
                return finish(Verdict::NoRoute);
            }
            if (owner->object == fromVm) {
                finish(Verdict::Loop);
                if (!t_.vms[fromVm].nva) {
                    // A plain VM whose subnet routes the traffic to its own address: a loop, but
                    // not an appliance's (no NVA fix applies).
                    finding(finding::kRoutingLoop, Severity::Error, hop, route.via,
                            QT_TRANSLATE_NOOP("Finding",
                                              "VM \"%1\" sends %2 by the route %3 whose next hop %4 "
                                              "is its own address: the packet loops."),
                            {Message::object(t_.vms[fromVm].id), ipText(packet_.destination),
                             route.prefix.toString(), nextHop.toString()});
                    step(hop,
                         QT_TRANSLATE_NOOP("Step", "The subnet routes the packet back to %1 itself: loop."),
                         {Message::object(t_.vms[fromVm].id)});
                    return;
                }
                // The NVA's own subnet sends the traffic back to the NVA (RSTS, T8).
                finding(
                    finding::kNvaRouteLoop, Severity::Error, hop, t_.vms[fromVm].id,
                    route.origin == RouteOrigin::RouteServer
                        ? QT_TRANSLATE_NOOP("Finding",
                                            "NVA \"%1\" forwards %2 by the route %3 whose next hop %4 is the "
                                            "NVA itself (learned from Route Server: the route it announced): "
                                            "the packet loops. Its subnet needs its own route (e.g. "
                                            "0.0.0.0/0 → Internet).")
                        : QT_TRANSLATE_NOOP("Finding",
                                            "NVA \"%1\" forwards %2 by the route %3 whose next hop %4 is the "
                                            "NVA itself: the packet loops. Its subnet needs its own route "
                                            "(e.g. 0.0.0.0/0 → Internet)."),
                    {Message::object(t_.vms[fromVm].id), ipText(packet_.destination), route.prefix.toString(),
                     nextHop.toString()});
                step(hop,
                     QT_TRANSLATE_NOOP("Step",
                                       "The NVA's own subnet routes the packet back to the NVA: loop."),
                     {});
                return;
            }
            return arriveAtNva(owner->object, owner->nic);
        }
        // A gateway: the one that taught the route, or for a user route the VNet's VPN gateway.
        const Gateway* gw = net_.index().gateway(route.via);
        if (!gw) {
            const int provider = net_.routing().transitProvider(vnet);
            for (const auto& g : t_.gateways)
                if (provider >= 0 && g.vnet == t_.vnets[provider].id && (!gw || g.type == GatewayType::Vpn))
                    gw = &g;
        }
        if (!gw) {
            finding(finding::kNoRoute, Severity::Error, hop, route.via,
                    QT_TRANSLATE_NOOP("Finding", "The route %1 points to a virtual network gateway, but VNet "
                                                 "\"%2\" has none (nor a remote one)."),
                    {route.prefix.toString(), Message::object(t_.vnets[vnet].id)});
            return finish(Verdict::NoRoute);
        }
        return atGateway(int(gw - t_.gateways.data()), false);
    }
    case NextHopType::None:
        finding(finding::kNoRoute, Severity::Error, hop, route.via.empty() ? t_.vnets[vnet].id : route.via,
                QT_TRANSLATE_NOOP("Finding", "The route %1 has next hop None: Azure drops traffic to %2."),
                {route.prefix.toString(), ipText(packet_.destination)});
        step(hop, QT_TRANSLATE_NOOP("Step", "The route %1 drops the packet (next hop None)."),
             {route.prefix.toString()});
        return finish(Verdict::NoRoute);
    }
}

void Walker::deliverInVnet(int vnet, int hop) {
    const AddressOwner* owner = packet_.destination ? net_.ownerInVnet(vnet, *packet_.destination) : nullptr;
    if (!owner) {
        finding(
            finding::kNoOwner, Severity::Error, hop, t_.vnets[vnet].id,
            QT_TRANSLATE_NOOP("Finding", "No NIC, gateway or Application Gateway in VNet \"%1\" holds %2."),
            {Message::object(t_.vnets[vnet].id), ipText(packet_.destination)});
        step(hop, QT_TRANSLATE_NOOP("Step", "Nobody in VNet %1 holds %2: dropped."),
             {Message::object(t_.vnets[vnet].id), ipText(packet_.destination)});
        return finish(Verdict::Dropped);
    }
    switch (owner->kind) {
    case AddressOwner::NicAddress:
        // VNets that are not connected may use the same addresses (Azure allows it): the flow's
        // VM, named by id, is then not the one holding its address here.
        if (dst_.namedById && dst_.kind == HopKind::Vm && t_.vms[owner->object].id != dst_.node) {
            finding(finding::kAddressHeldByAnother, Severity::Error, hop, dst_.node,
                    QT_TRANSLATE_NOOP("Finding",
                                      "In VNet \"%1\", %2 is the address of %3, not of %4: %4 is in "
                                      "another VNet that uses the same addresses and is not "
                                      "reached from here."),
                    {Message::object(t_.vnets[vnet].id), ipText(packet_.destination),
                     Message::object(t_.vms[owner->object].id), Message::object(dst_.node)});
            step(hop,
                 QT_TRANSLATE_NOOP("Step", "%1 in VNet %2 belongs to %3, not to the flow's destination: "
                                           "dropped."),
                 {ipText(packet_.destination), Message::object(t_.vnets[vnet].id),
                  Message::object(t_.vms[owner->object].id)});
            return finish(Verdict::Dropped);
        }
        return deliverToVm(owner->object, owner->nic);
    case AddressOwner::AppGatewayInstance:
    case AddressOwner::AppGatewayFrontend:
        return deliverToAppGateway(owner->object);
    case AddressOwner::RouteServerAddress: {
        const int end = addHop(t_.routeServers[owner->object].id, HopKind::RouteServer);
        step(end, QT_TRANSLATE_NOOP("Step", "Route Server %1 receives the packet."),
             {Message::object(t_.routeServers[owner->object].id)});
        return finish(Verdict::Delivered);
    }
    case AddressOwner::FirewallFrontend:
    case AddressOwner::FirewallInstance:
        if (reply_) return arriveAtFirewall(owner->object, owner->kind == AddressOwner::FirewallFrontend);
        {
            const int end = addHop(t_.firewalls[owner->object].id, HopKind::Firewall);
            step(end, QT_TRANSLATE_NOOP("Step", "Azure Firewall %1 receives the packet."),
                 {Message::object(t_.firewalls[owner->object].id)});
            return finish(Verdict::Delivered);
        }
    case AddressOwner::FirewallPublicIp:
        return finish(Verdict::NoRoute); // public addresses are not VNet addresses
    case AddressOwner::PrivateEndpointAddress:
        return deliverToPrivateEndpoint(owner->object, hop);
    case AddressOwner::LoadBalancerFrontendAddress:
        return atLoadBalancer(owner->object, owner->nic);
    }
}

void Walker::deliverToAppGateway(int a) {
    const AppGateway& gw = t_.appGateways[a];
    const int end = addHop(gw.id, HopKind::AppGateway);
    // The NSG on the gateway's subnet filters traffic to the gateway, inbound (azure-facts §5.2,
    // Application Gateway infrastructure: NSGs are supported on its subnet).
    if (auto [v, s] = net_.subnetPosition(gw.subnet); v >= 0) {
        dependOnSubnet(v, s);
        if (!evaluateNsgs(end, net_.subnetNsgIndex(v, s), -1, Direction::Inbound, v, s, false)) return;
    }
    step(end, QT_TRANSLATE_NOOP("Step", "Application Gateway %1 receives the packet."),
         {Message::object(gw.id)});
    finish(Verdict::Delivered);
}

void Walker::deliverToVm(int vm, int nic) {
    const Vm& v = t_.vms[vm];
    const Nic& n = v.nics[nic];
    bool ownsDestination = false;
    for (const auto& c : n.ipConfigurations)
        ownsDestination = ownsDestination || (packet_.destination && c.privateIp == *packet_.destination);
    if (!ownsDestination) return arriveAtNva(vm, nic);
    if (reply_ && packet_.destination)
        if (auto undo = snatUndo_.find(packet_.destination->value());
            undo != snatUndo_.end() && undo->second.first == vm) {
            // The NVA's connection tracking gives the reply its original destination back.
            const int hop = addHop(v.id, HopKind::Nva, n.id);
            packet_.destination = undo->second.second;
            tr_.hops[hop].after.destination = packet_.destination;
            step(hop, QT_TRANSLATE_NOOP("Step", "NVA %1 undoes its SNAT: the reply goes on to %2."),
                 {Message::object(v.id), ipText(packet_.destination)});
            snatUndo_.erase(undo);
            return egressFromNic(vm, pickEgressNic(vm), hop);
        }
    const int hop = addHop(v.id, v.nva ? HopKind::Nva : HopKind::Vm, n.id);
    const NicPlacement& place = net_.placement(vm, nic);
    if (!publicLoadBalancer_.empty() && !reply_ && place.subnetNsg < 0 && place.nicNsg < 0) {
        // A Standard load balancer is "closed to inbound flows unless allowed by a network
        // security group" (azure-facts-2 §13.1, LBSKU).
        finding(finding::kPublicIpNoNsg, Severity::Error, hop, n.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "Load balancer \"%1\" is Standard: it admits no inbound traffic to "
                                  "NIC \"%2\" until an NSG on the NIC or its subnet allows it."),
                {Message::object(publicLoadBalancer_), Message::object(n.id)});
        return finish(Verdict::Denied);
    }
    if (!evaluateNsgs(hop, place.subnetNsg, place.nicNsg, Direction::Inbound, place.vnet, place.subnet,
                      false))
        return;
    step(hop, QT_TRANSLATE_NOOP("Step", "%1 receives the packet on %2, from source %3."),
         {Message::object(v.id), Message::object(n.id), packet_.source.toString()});
    finish(Verdict::Delivered);
}

void Walker::arriveAtNva(int vm, int nic) {
    const Vm& v = t_.vms[vm];
    const Nic& n = v.nics[nic];
    if (loopedBackTo(v.id, "nva")) return;
    const int hop = addHop(v.id, v.nva ? HopKind::Nva : HopKind::Vm, n.id);
    const NicPlacement& place = net_.placement(vm, nic);
    if (!evaluateNsgs(hop, place.subnetNsg, place.nicNsg, Direction::Inbound, place.vnet, place.subnet,
                      false))
        return;
    // A NIC accepts traffic for other addresses only with IP forwarding on, in Azure and in the
    // guest (§8, T34).
    if (!n.enableIPForwarding || !v.nva || !v.nva->osIpForwarding) {
        const bool azureSide = !n.enableIPForwarding;
        finding(
            finding::kIpForwardingDisabled, Severity::Error, hop, azureSide ? n.id : v.id,
            azureSide
                ? QT_TRANSLATE_NOOP("Finding",
                                    "Traffic for %1 is routed to NIC \"%2\" of \"%3\", which does not own "
                                    "that address and has IP forwarding off in Azure: the packet is dropped.")
                : QT_TRANSLATE_NOOP("Finding", "Traffic for %1 reaches NIC \"%2\" of \"%3\", but IP "
                                               "forwarding is off in the guest OS: the packet is dropped."),
            {ipText(packet_.destination), Message::object(n.id), Message::object(v.id)});
        step(hop, QT_TRANSLATE_NOOP("Step", "%1 does not forward packets (IP forwarding off): dropped."),
             {Message::object(v.id)});
        return finish(Verdict::Dropped);
    }
    step(hop, QT_TRANSLATE_NOOP("Step", "NVA %1 receives the packet and forwards it."),
         {Message::object(v.id)});
    if (v.nva->snat && v.nva->snat->enabled) {
        bool excluded = false;
        if (packet_.destination)
            for (const auto& p : v.nva->snat->exclude)
                excluded = excluded || p.contains(*packet_.destination);
        if (!excluded && n.primaryIpConfiguration())
            translateSource(hop, n.primaryIpConfiguration()->privateIp, SourceKind::NvaSnat, false);
    }
    egressFromNic(vm, pickEgressNic(vm), hop);
}

// ---- Azure Firewall (azure-facts-2 §12) -------------------------------------------------------

void Walker::firewallDenies(int hop, const Firewall& fw, const FirewallDecision& d) {
    if (d.defaultDeny()) {
        finding(finding::kFirewallDeny, Severity::Error, hop, fw.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "Azure Firewall \"%1\" denies this traffic from %2 to %3 port %4: "
                                  "no rule allows it, and what no rule allows is denied."),
                {Message::object(fw.id), packet_.source.toString(), ipText(packet_.destination),
                 std::to_string(packet_.destinationPort)});
        step(hop, QT_TRANSLATE_NOOP("Step", "Azure Firewall %1 denies the packet: no rule allows it."),
             {Message::object(fw.id)});
    } else {
        finding(finding::kFirewallDeny, Severity::Error, hop, fw.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "Azure Firewall \"%1\" denies this traffic from %2 to %3 port %4 "
                                  "with rule \"%5\" of collection \"%6\" (group \"%7\")."),
                {Message::object(fw.id), packet_.source.toString(), ipText(packet_.destination),
                 std::to_string(packet_.destinationPort), d.rule, d.ruleCollection, d.ruleCollectionGroup});
        step(hop, QT_TRANSLATE_NOOP("Step", "Azure Firewall %1 denies the packet (rule %2, collection %3)."),
             {Message::object(fw.id), d.rule, d.ruleCollection});
    }
    finish(Verdict::Denied);
}

void Walker::arriveAtFirewall(int f, bool viaFrontend) {
    const Firewall& fw = t_.firewalls[f];
    if (loopedBackTo(fw.id, "firewall")) return;
    const auto [hop, v, s] = firewallHop(fw);
    if (v < 0) return;
    if (reply_) return firewallReply(f, hop, v, s, viaFrontend);
    // No customer NSG is evaluated at the firewall's subnet (azure-facts-2 §12.1, DERIVED).
    FirewallDecision d = evaluateFirewall(
        fw,
        {packet_.source, packet_.destination, packet_.protocol, packet_.destinationPort, dst_.fqdn, false},
        net_.catalog().serviceTags());
    d.matched = nullptr;
    tr_.hops[hop].firewall = d;
    if (d.action == FirewallAction::Deny) return firewallDenies(hop, fw, d);
    step(hop,
         d.ruleType == FirewallRuleType::ApplicationRule
             ? QT_TRANSLATE_NOOP("Step",
                                 "Azure Firewall %1 allows the packet by application rule %2 (collection "
                                 "%3); application rules always translate the source.")
             : QT_TRANSLATE_NOOP("Step",
                                 "Azure Firewall %1 allows the packet by network rule %2 (collection %3)."),
         {Message::object(fw.id), d.rule, d.ruleCollection});
    forwardFromFirewall(f, hop, v, s, d.ruleType == FirewallRuleType::ApplicationRule, false);
}

void Walker::firewallInbound(int f) {
    const Firewall& fw = t_.firewalls[f];
    // A DNAT to the firewall's own public address, or two firewalls translating to each other,
    // comes back here: a loop, not a recursion without end (found by a breaker).
    if (loopedBackTo(fw.id, "dnat")) return;
    const auto [hop, v, s] = firewallHop(fw);
    if (v < 0) return;
    FirewallDecision d = evaluateFirewall(
        fw, {packet_.source, packet_.destination, packet_.protocol, packet_.destinationPort, dst_.fqdn, true},
        net_.catalog().serviceTags());
    const FirewallRule* rule = d.matched;
    d.matched = nullptr;
    tr_.hops[hop].firewall = d;
    if (d.action != FirewallAction::Dnat || !rule || !rule->translatedAddress)
        return firewallDenies(hop, fw, d);
    // DNAT translates the destination and also the source, to an instance address, so that the
    // reply comes back through the same instance (azure-facts-2 §12.5).
    const Ipv4Address publicIp = packet_.destination.value_or(Ipv4Address());
    packet_.destination = *rule->translatedAddress;
    if (rule->translatedPort) packet_.destinationPort = *rule->translatedPort;
    tr_.hops[hop].after.destination = packet_.destination;
    const auto instances = firewallInstanceIps(t_, fw);
    if (!instances.empty()) translateSource(hop, instances.front(), SourceKind::FirewallInstance, false);
    step(hop,
         QT_TRANSLATE_NOOP("Step",
                           "Azure Firewall %1 translates %2 to %3 port %4 (DNAT rule %5) and the source "
                           "to its instance address %6."),
         {Message::object(fw.id), publicIp.toString(), ipText(packet_.destination),
          std::to_string(packet_.destinationPort), d.rule, packet_.source.toString()});
    if (fw.forcedTunneling) {
        // Forced tunneling sends the reply out by the on-premises default route (§12.5, FWFT).
        finding(finding::kFirewallDnatForcedTunnel, Severity::Error, hop, fw.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "Azure Firewall \"%1\" is in forced-tunneling mode, which does not "
                                  "support inbound DNAT: its replies leave by the tunnel, not the "
                                  "public IP the client reached."),
                {Message::object(fw.id)});
        return finish(Verdict::Asymmetric);
    }
    forwardFromFirewall(f, hop, v, s, false, true);
}

void Walker::firewallReply(int f, int hop, int v, int s, bool viaFrontend) {
    const Firewall& fw = t_.firewalls[f];
    const auto session = firewallSessions_.find(f);
    if (session == firewallSessions_.end()) {
        step(hop,
             QT_TRANSLATE_NOOP("Step", "Azure Firewall %1 has no session for this reply (the request did not "
                                       "cross it): the stateful firewall drops it."),
             {Message::object(fw.id)});
        return finish(Verdict::Dropped);
    }
    const auto& [in, out] = session->second;
    if (viaFrontend && out.source && in.source != out.source && packet_.destination == out.source) {
        // The reply to an instance address sent to the front end instead may reach another
        // instance, which has no session (azure-facts-2 §12.2, ACFWAG).
        step(hop,
             QT_TRANSLATE_NOOP("Step",
                               "The reply to the firewall's instance address %1 is routed to its front "
                               "end %2 instead, which can hand it to another instance: dropped."),
             {ipText(packet_.destination), ipText(firewallPrivateIp(t_, fw))});
        return finish(Verdict::Dropped);
    }
    if (out.source && in.source && packet_.destination == out.source && in.source != out.source)
        packet_.destination = in.source;
    if (in.destination && out.destination && in.destination != out.destination)
        packet_.source = *in.destination;
    tr_.hops[hop].after = {packet_.source, packet_.destination};
    tr_.hops[hop].sourceTranslated = tr_.hops[hop].before.source != tr_.hops[hop].after.source;
    step(hop,
         QT_TRANSLATE_NOOP("Step",
                           "Azure Firewall %1 matches the reply to its session and sends it on to %2."),
         {Message::object(fw.id), ipText(packet_.destination)});
    const EffectiveRoute* route = lookup(net_.routing().subnet(v, s));
    if (!route) return finish(Verdict::NoRoute);
    tr_.hops[hop].route = hopRoute(*route);
    if (route->nextHopType == NextHopType::Internet) return deliverOnInternet();
    dispatch(*route, v, hop, -1);
}

void Walker::forwardFromFirewall(int f, int hop, int v, int s, bool applicationRule, bool translated) {
    const Firewall& fw = t_.firewalls[f];
    const SubnetRoutes& routes = net_.routing().subnet(v, s);
    const EffectiveRoute* route = lookup(routes);
    const Subnet& subnet = t_.vnets[v].subnets[s];
    if (!route) {
        finding(finding::kNoRoute, Severity::Error, hop, subnet.id,
                QT_TRANSLATE_NOOP("Finding", "Subnet \"%1\" has no route for %2."),
                {Message::object(subnet.id), ipText(packet_.destination)});
        return finish(Verdict::NoRoute);
    }
    tr_.hops[hop].route = hopRoute(*route);
    tr_.hops[hop].route->alternatives = countAlternatives(routes, *route);
    const bool internet = route->nextHopType == NextHopType::Internet && packet_.destination &&
                          !isNonPublic(*packet_.destination);
    if (internet && !translated) {
        // To the Internet the firewall translates to a public address: its NAT gateway's, else
        // its own (§12.4, §12.7), TCP and UDP only (§12.4, FWKI).
        if (!tcpOrUdp()) {
            step(hop,
                 QT_TRANSLATE_NOOP("Step",
                                   "Azure Firewall %1 translates only TCP and UDP to the Internet: the "
                                   "packet is dropped."),
                 {Message::object(fw.id)});
            finding(
                packet_.protocol == Protocol::Icmp ? finding::kIcmpUnsupported : finding::kProtocolNotCarried,
                Severity::Error, hop, fw.id,
                QT_TRANSLATE_NOOP("Finding", "Azure Firewall \"%1\" cannot carry this %2 packet to the "
                                             "Internet: it translates only TCP and UDP to a public address."),
                {Message::object(fw.id), toString(packet_.protocol)});
            return finish(Verdict::Dropped);
        }
        if (!applicationRule && firewallKeepsSource(fw, *packet_.destination)) {
            finding(finding::kNoEgress, Severity::Error, hop, fw.id,
                    QT_TRANSLATE_NOOP("Finding",
                                      "Azure Firewall \"%1\" treats %2 as private (its SNAT private "
                                      "ranges) and keeps the private source, so it cannot send the "
                                      "packet to the Internet."),
                    {Message::object(fw.id), ipText(packet_.destination)});
            return finish(Verdict::Dropped);
        }
        if (const NatGateway* nat = net_.index().natGateway(subnet.natGateway); nat && nat->sourceAddress()) {
            const int natHop = addHop(nat->id, HopKind::NatGateway);
            translateSource(natHop, *nat->sourceAddress(), SourceKind::NatGateway, true);
            step(natHop, QT_TRANSLATE_NOOP("Step", "NAT gateway %1 translates the source to %2."),
                 {Message::object(nat->id), nat->sourceAddress()->toString()});
            return deliverOnInternet();
        }
        if (fw.publicIps.empty()) {
            finding(finding::kNoEgress, Severity::Error, hop, fw.id,
                    QT_TRANSLATE_NOOP("Finding",
                                      "Azure Firewall \"%1\" has no public IP and its subnet no NAT "
                                      "gateway: Internet-bound traffic has no way out."),
                    {Message::object(fw.id)});
            return finish(Verdict::Dropped);
        }
        translateSource(hop, fw.publicIps.front(), SourceKind::FirewallPublicIp, true);
        return deliverOnInternet();
    }
    // Towards a private network: a network rule keeps the source for its private ranges, an
    // application rule (a proxy) always translates, to an instance address here (§12.4).
    if (!translated && packet_.destination &&
        (applicationRule || !firewallKeepsSource(fw, *packet_.destination))) {
        const auto instances = firewallInstanceIps(t_, fw);
        if (!instances.empty()) {
            translateSource(hop, instances.front(), SourceKind::FirewallInstance, false);
            // The allowing rule's sentence says so for an application rule; a network rule's
            // translation (a destination outside the private ranges) is said here.
            if (!applicationRule)
                step(hop,
                     QT_TRANSLATE_NOOP("Step",
                                       "Azure Firewall %1 allows the packet by network rule %2 and "
                                       "translates the source to its instance address %3: %4 is not in "
                                       "its SNAT private ranges."),
                     {Message::object(fw.id), tr_.hops[hop].firewall ? tr_.hops[hop].firewall->rule : "",
                      packet_.source.toString(), ipText(packet_.destination)});
        }
    }
    dispatch(*route, v, hop, -1);
}

// ---- private endpoints (azure-facts-2 §14) ------------------------------------------------

void Walker::deliverToPrivateEndpoint(int p, int fromHop) {
    const PrivateEndpoint& pe = t_.privateEndpoints[p];
    const int hop = addHop(pe.id, HopKind::PrivateEndpoint);
    const auto [v, s] = net_.subnetPosition(pe.subnet);
    if (v >= 0) {
        dependOnSubnet(v, s);
        // The subnet's NSG applies to private endpoints only with network policies (§14.3).
        if (t_.vnets[v].subnets[s].nsgAppliesToPrivateEndpoints() &&
            !evaluateNsgs(hop, net_.subnetNsgIndex(v, s), -1, Direction::Inbound, v, s, false))
            return;
    }
    // A stateful device that kept the client's source: Microsoft says SNAT is required for the
    // reply (§14.4), field reports say it works; a warning, not a drop.
    for (int h = 0; h < fromHop + 1 && h < int(tr_.hops.size()); ++h) {
        const Hop& at = tr_.hops[h];
        const bool stateful = at.kind == HopKind::Firewall || (at.kind == HopKind::Nva && [&] {
                                  const Vm* vm = net_.index().vm(at.node);
                                  return vm && vm->nva && vm->nva->keepsState(t_.formatVersion);
                              }());
        if (stateful && h > 0 && at.before.source == at.after.source)
            finding(finding::kPrivateEndpointNoSnat, Severity::Warning, hop, at.node,
                    QT_TRANSLATE_NOOP("Finding",
                                      "%1 carries this traffic to private endpoint \"%2\" without "
                                      "translating its source %3. Microsoft documents SNAT as required "
                                      "for the reply to come back through it (reports say it works "
                                      "without)."),
                    {Message::object(at.node), Message::object(pe.id), ipText(at.after.source)});
    }
    step(hop, QT_TRANSLATE_NOOP("Step", "Private endpoint %1 receives the packet, from source %2."),
         {Message::object(pe.id), packet_.source.toString()});
    finish(Verdict::Delivered);
}

// ---- Azure Load Balancer (azure-facts-2 §13) -------------------------------------------------

std::optional<std::pair<Ipv4Address, Id>> Walker::loadBalancerOutboundIp(const Nic& nic) const {
    for (const auto& lb : t_.loadBalancers) {
        auto inPool = [&](const Id& pool) {
            for (const auto& p : lb.backendAddressPools)
                if (p.id == pool)
                    for (const auto& m : p.members)
                        if (m.nic == nic.id) return true;
            return false;
        };
        auto publicIp = [&](const Id& frontend) -> std::optional<Ipv4Address> {
            for (const auto& f : lb.frontendIPConfigurations)
                if (f.id == frontend) return f.publicIPAddress;
            return std::nullopt;
        };
        for (const auto& rule : lb.outboundRules)
            if (inPool(rule.backendAddressPool))
                for (const auto& f : rule.frontendIPConfigurations)
                    if (const auto ip = publicIp(f)) return std::pair{*ip, lb.id};
        for (const auto& rule : lb.loadBalancingRules)
            if (!rule.disableOutboundSnat && inPool(rule.backendAddressPool))
                if (const auto ip = publicIp(rule.frontendIPConfiguration)) return std::pair{*ip, lb.id};
    }
    return std::nullopt;
}

void Walker::atLoadBalancer(int l, int f) {
    const LoadBalancer& lb = t_.loadBalancers[l];
    const LoadBalancerFrontend& fe = lb.frontendIPConfigurations[std::size_t(f)];
    if (loopedBackTo(lb.id, "lb")) return;
    const int hop = addHop(lb.id, HopKind::LoadBalancer);
    const std::optional<Ipv4Address> frontendIp =
        fe.privateIPAddress ? fe.privateIPAddress : fe.publicIPAddress;
    const bool toFrontend = frontendIp && packet_.destination == frontendIp;
    if (const auto [v, s] = net_.subnetPosition(fe.subnet); v >= 0) dependOnSubnet(v, s);
    // The pool's healthy members (probes answered), as (vm, nic) positions.
    auto healthyOf = [&](const Id& poolId) {
        std::vector<std::pair<int, int>> out;
        for (const auto& p : lb.backendAddressPools)
            if (p.id == poolId)
                for (const auto& m : p.members) {
                    depend(m.nic);
                    const ObjectRef* r = net_.index().find(m.nic);
                    if (m.healthy && r && r->kind == ObjectKind::Nic) out.emplace_back(r->index, r->member);
                }
        return out;
    };
    // ICMP to a public frontend is answered by the load balancer itself while a member is up
    // (azure-facts-2 §18, LBPING).
    if (packet_.protocol == Protocol::Icmp && toFrontend && fe.publicIPAddress) {
        bool up = false;
        for (const auto& r : lb.loadBalancingRules)
            up = up || (r.frontendIPConfiguration == fe.id && !healthyOf(r.backendAddressPool).empty());
        if (up) {
            step(hop, QT_TRANSLATE_NOOP("Step", "Load balancer %1 answers the ping on %2 itself."),
                 {Message::object(lb.id), ipText(frontendIp)});
            return finish(Verdict::Delivered);
        }
        // Members there, all probed down: "Destination host unreachable" (LBPING).
        for (const auto& r : lb.loadBalancingRules)
            if (r.frontendIPConfiguration == fe.id)
                for (const auto& p : lb.backendAddressPools)
                    if (p.id == r.backendAddressPool && !p.members.empty()) {
                        finding(finding::kLbNoHealthyBackend, Severity::Error, hop, p.id,
                                QT_TRANSLATE_NOOP(
                                    "Finding",
                                    "Load balancer \"%1\" answers the ping on %2 with \"Destination "
                                    "host unreachable\": every member of pool \"%3\" is probed down."),
                                {Message::object(lb.id), ipText(frontendIp), Message::object(p.id)});
                        return finish(Verdict::Dropped);
                    }
    }
    const LoadBalancingRule* rule = nullptr;
    for (const auto& r : lb.loadBalancingRules) {
        if (r.frontendIPConfiguration != fe.id) continue;
        // Load-balancing rules carry TCP and UDP only (§13.7).
        const bool protocol = r.protocol == "All"
                                  ? packet_.protocol == Protocol::Tcp || packet_.protocol == Protocol::Udp
                              : r.protocol == "Tcp" ? packet_.protocol == Protocol::Tcp
                                                    : packet_.protocol == Protocol::Udp;
        if (protocol && (r.isHaPorts() || !toFrontend || r.frontendPort == packet_.destinationPort)) {
            rule = &r;
            break;
        }
    }
    if (!rule) {
        finding(finding::kLbNoRule, Severity::Error, hop, lb.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "Load balancer \"%1\" has no load-balancing rule on frontend \"%2\" for "
                                  "this %3 packet to port %4 (load balancers carry TCP and UDP only)."),
                {Message::object(lb.id), Message::object(fe.id), toString(packet_.protocol),
                 std::to_string(packet_.destinationPort)});
        step(hop, QT_TRANSLATE_NOOP("Step", "Load balancer %1 has no rule for the packet: dropped."),
             {Message::object(lb.id)});
        return finish(Verdict::Dropped);
    }
    const auto healthy = healthyOf(rule->backendAddressPool);
    if (healthy.empty()) {
        finding(finding::kLbNoHealthyBackend, Severity::Error, hop, rule->backendAddressPool,
                QT_TRANSLATE_NOOP("Finding",
                                  "Load balancer \"%1\" reaches no healthy member of pool \"%2\" for rule "
                                  "\"%3\": every health probe fails, so new flows are dropped."),
                {Message::object(lb.id), Message::object(rule->backendAddressPool), rule->name});
        step(hop, QT_TRANSLATE_NOOP("Step", "Load balancer %1 has no healthy member: dropped."),
             {Message::object(lb.id)});
        return finish(Verdict::Dropped);
    }
    // A member reaching its own internal frontend: not supported (§13.6, hairpin).
    if (toFrontend && fe.isInternal())
        for (const auto& [vm, nic] : healthyOf(rule->backendAddressPool))
            for (const auto& c : t_.vms[vm].nics[nic].ipConfigurations)
                if (c.privateIp == packet_.source) {
                    finding(finding::kLbHairpin, Severity::Error, hop, lb.id,
                            QT_TRANSLATE_NOOP("Finding",
                                              "%1 is a member of load balancer \"%2\"'s pool and sends to "
                                              "its own frontend %3: Azure does not support this "
                                              "(hairpin); the flow fails."),
                            {packet_.source.toString(), Message::object(lb.id), ipText(frontendIp)});
                    step(hop,
                         QT_TRANSLATE_NOOP("Step",
                                           "A member of the pool cannot reach its own frontend: dropped."),
                         {});
                    return finish(Verdict::Dropped);
                }
    // One member per flow, the same both ways: a hash of the addresses that does not depend on
    // the direction (one load balancer keeps both directions on one NVA, §13.2).
    const std::uint32_t a = packet_.source.value(),
                        b = packet_.destination ? packet_.destination->value() : 0;
    const std::uint64_t lo = std::min(a, b), hi = std::max(a, b);
    const std::uint64_t h = (lo * 0x9E3779B97F4A7C15ull) ^ (hi * 0xC2B2AE3D27D4EB4Full) ^
                            std::uint64_t(packet_.protocol == Protocol::Udp);
    const auto [vm, nic] = healthy[std::size_t((h >> 17) % healthy.size())];
    const Nic& chosen = t_.vms[vm].nics[nic];
    tr_.hops[hop].loadBalancer = Hop::LoadBalancerChoice{fe.id, chosen.id, rule->name};
    if (fe.publicIPAddress && !reply_) publicLoadBalancer_ = lb.id;
    if (toFrontend && !rule->enableFloatingIP && chosen.primaryIpConfiguration()) {
        // The frontend is translated to the member's address (floating IP off, §13.3).
        packet_.destination = chosen.primaryIpConfiguration()->privateIp;
        if (!rule->isHaPorts()) packet_.destinationPort = rule->backendPort;
        tr_.hops[hop].after.destination = packet_.destination;
    }
    step(
        hop,
        QT_TRANSLATE_NOOP("Step", "Load balancer %1 sends the flow to %2 by rule %3 (%4 healthy member(s))."),
        {Message::object(lb.id), Message::object(chosen.id), rule->name, std::to_string(healthy.size())});
    deliverToVm(vm, nic);
}

void Walker::internetEgress(int vm, int nic, int hop) {
    const Vm& v = t_.vms[vm];
    const Nic& n = v.nics[nic];
    auto [vi, si] = nicSubnet(vm, nic);
    const Subnet& subnet = t_.vnets[vi].subnets[si];
    const IpConfiguration* config = nullptr;
    for (const auto& c : n.ipConfigurations)
        if (c.privateIp == packet_.source) config = &c;
    if (!config) {
        // Azure's outbound SNAT translates the NIC's own addresses only; an NVA must SNAT (UDR).
        finding(finding::kNoEgress, Severity::Error, hop, v.id,
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "\"%1\" sends %2's packet to the Internet without translating it; Azure translates only "
                    "the NIC's own addresses, so it is dropped. Enable SNAT on the NVA."),
                {Message::object(v.id), packet_.source.toString()});
        return finish(Verdict::Dropped);
    }
    // The reply to a request that came in on the NIC's public IP leaves through it: the flow is
    // Azure's, whatever the subnet's outbound settings (§6.2, NAT gateway and inbound flows).
    if (reply_ && config->publicIp && config->publicIp == replyClientSentTo_) {
        translateSource(hop, *config->publicIp, SourceKind::InstancePublicIp, true);
        return deliverOnInternet();
    }
    // The reply of a flow that came in through a public frontend leaves from it (§13.6).
    if (reply_ && loadBalancerReplySource_ && loadBalancerReplySource_ == replyClientSentTo_) {
        translateSource(hop, *loadBalancerReplySource_, SourceKind::LoadBalancerFrontend, true);
        return deliverOnInternet();
    }
    // Precedence: NAT gateway > instance public IP > default outbound access (§6.2).
    if (const NatGateway* nat = net_.index().natGateway(subnet.natGateway); nat && nat->sourceAddress()) {
        const int natHop = addHop(nat->id, HopKind::NatGateway);
        // A NAT gateway carries TCP and UDP only (azure-facts §6.2, NAT overview): pings stop here.
        if (!tcpOrUdp()) return protocolNotCarried(natHop, nat->id);
        translateSource(natHop, *nat->sourceAddress(), SourceKind::NatGateway, true);
        step(natHop, QT_TRANSLATE_NOOP("Step", "NAT gateway %1 translates the source to %2."),
             {Message::object(nat->id), nat->sourceAddress()->toString()});
        return deliverOnInternet();
    }
    if (config->publicIp) {
        translateSource(hop, *config->publicIp, SourceKind::InstancePublicIp, true);
        return deliverOnInternet();
    }
    // Then the load balancer: an outbound rule's frontend, else a load-balancing rule's (§13.8).
    if (const auto outbound = loadBalancerOutboundIp(n)) {
        const auto& [frontend, lb] = *outbound;
        if (!tcpOrUdp()) return protocolNotCarried(hop, lb);
        translateSource(hop, frontend, SourceKind::LoadBalancerFrontend, true);
        step(hop, QT_TRANSLATE_NOOP("Step", "The load balancer translates the source to its frontend %1."),
             {frontend.toString()});
        return deliverOnInternet();
    }
    bool vmHasPublicIp = false;
    for (const auto& nn : v.nics)
        for (const auto& c : nn.ipConfigurations)
            vmHasPublicIp = vmHasPublicIp || c.publicIp.has_value();
    if (subnet.defaultOutboundAccess && !vmHasPublicIp) {
        // Default outbound access does not carry ICMP either (azure-facts §6.1, "no ICMP ping").
        if (!tcpOrUdp()) return protocolNotCarried(hop, subnet.id);
        packet_.source = Ipv4Address();
        sourceKind_ = SourceKind::DefaultOutboundAccess;
        sourceAzurePublic_ = true;
        noFixedSource_ = true;
        tr_.hops[hop].sourceTranslated = true;
        tr_.hops[hop].after.source = std::nullopt;
        step(
            hop,
            QT_TRANSLATE_NOOP(
                "Step",
                "Azure's default outbound access translates the source to a Microsoft-owned public address."),
            {});
        return deliverOnInternet();
    }
    finding(finding::kNoEgress, Severity::Error, hop, subnet.id,
            QT_TRANSLATE_NOOP("Finding",
                              "Subnet \"%1\" is private (no default outbound access) and has no NAT gateway, "
                              "and %2 has no public IP: Internet-bound traffic has no way out."),
            {Message::object(subnet.id), Message::object(n.id)});
    finish(Verdict::Dropped);
}

void Walker::protocolNotCarried(int hop, const Id& by) {
    if (packet_.protocol == Protocol::Icmp) {
        step(hop,
             QT_TRANSLATE_NOOP("Step",
                               "%1 carries only TCP and UDP to the Internet: the ICMP packet is dropped."),
             {Message::object(by)});
        finding(finding::kIcmpUnsupported, Severity::Error, hop, by,
                QT_TRANSLATE_NOOP("Finding",
                                  "ICMP to the Internet leaves through %1, which carries only TCP and "
                                  "UDP; only an instance public IP carries ping."),
                {Message::object(by)});
        return finish(Verdict::Dropped);
    }
    // ESP and AH: an instance public IP carries them; for IPsec behind a NAT gateway, NAT-T
    // (UDP 4500) goes through (azure-facts-2 §18).
    step(hop,
         QT_TRANSLATE_NOOP("Step", "%1 carries only TCP and UDP to the Internet: the %2 packet is dropped."),
         {Message::object(by), toString(packet_.protocol)});
    finding(finding::kProtocolNotCarried, Severity::Error, hop, by,
            QT_TRANSLATE_NOOP("Finding",
                              "%2 to the Internet leaves through %1, which carries only TCP and UDP; "
                              "only an instance public IP carries it (IPsec can use NAT-T, UDP 4500)."),
            {Message::object(by), toString(packet_.protocol)});
    finish(Verdict::Dropped);
}

void Walker::deliverOnInternet() {
    if (reply_ && packet_.destination)
        if (auto undo = edgeUndo_.find(packet_.destination->value()); undo != edgeUndo_.end()) {
            // The reply to a site's edge address: the edge undoes its translation and the site
            // delivers it to the host that sent the request.
            const int hop = addHop("internet", HopKind::Internet);
            step(
                hop, QT_TRANSLATE_NOOP("Step", "The reply crosses the Internet to the edge of site %1, %2."),
                {Message::object(t_.sites[std::size_t(undo->second.first)].id), ipText(packet_.destination)});
            packet_.destination = undo->second.second;
            tr_.hops[hop].after.destination = packet_.destination;
            const int site = undo->second.first;
            edgeUndo_.erase(undo);
            return atSite(site);
        }
    if (dst_.kind != HopKind::Endpoint && dst_.kind != HopKind::Platform && packet_.destination &&
        net_.ownerOfPublicIp(*packet_.destination)) {
        // A public address of this drawing: the packet goes on to its owner, and its NSGs, as any
        // packet from the Internet does (azure-facts §6.4).
        const int hop = addHop("internet", HopKind::Internet);
        step(hop,
             QT_TRANSLATE_NOOP("Step",
                               "The packet crosses the Internet to %1, a public address in this drawing."),
             {ipText(packet_.destination)});
        return arriveFromInternet(hop);
    }
    if (!reply_ && packet_.destination &&
        (dst_.kind == HopKind::Vm || dst_.kind == HopKind::Host || dst_.kind == HopKind::PrivateEndpoint)) {
        // A private address of the drawing (a VNet's, even in a public range, or a site's) is not
        // on the Internet: whatever holds it there is not this machine, and nothing carries the
        // packet back into the VNet or the site (azure-facts §1.1: a VNet's ranges are reached by
        // peering, VPN or ExpressRoute only; §6.4: from the Internet only public IPs).
        const int hop = addHop("internet", HopKind::Internet);
        step(hop,
             QT_TRANSLATE_NOOP("Step",
                               "The packet leaves for the Internet, where %1 is not %2: it never arrives."),
             {ipText(packet_.destination), Message::object(dst_.node)});
        finding(finding::kPrivateDestinationViaInternet, Severity::Error, hop, dst_.node,
                QT_TRANSLATE_NOOP("Finding",
                                  "The route sends the packet to the Internet, but %1 is a private address "
                                  "of %2: no peering, VPN or ExpressRoute connection leads there from "
                                  "here."),
                {ipText(packet_.destination), Message::object(dst_.node)});
        return finish(Verdict::NoRoute);
    }
    const std::string node = dst_.kind == HopKind::Endpoint || dst_.kind == HopKind::Platform
                                 ? dst_.node
                                 : std::string("internet");
    const int hop = addHop(node, dst_.kind == HopKind::Endpoint ? HopKind::Endpoint : HopKind::Internet);
    if (dst_.endpoint && dst_.endpoint->requiresAzureSource && !sourceAzurePublic_) {
        // KMS, SUSE and RHUI answer only Azure public sources (KMSFT, §3.1, §10). Default outbound
        // access is such a source (noFixedSource_ sets sourceAzurePublic_), so the source here is
        // always a known address.
        finding(finding::kSourceNotAzurePublic, Severity::Error, hop, dst_.endpoint->id,
                QT_TRANSLATE_NOOP("Finding", "%1 answers only requests from an Azure public IP address, but "
                                             "this request arrives from %2 (%3)."),
                {endpointNameArg(*dst_.endpoint), packet_.source.toString(), sourceKindTerm(sourceKind_)});
        step(hop,
             QT_TRANSLATE_NOOP("Step",
                               "%1 refuses the request: its source %2 is not an Azure public address."),
             {Message::object(dst_.node), packet_.source.toString()});
        return finish(Verdict::Rejected);
    }
    if (noFixedSource_)
        step(hop, QT_TRANSLATE_NOOP("Step", "%1 receives the packet from an Azure default outbound address."),
             {Message::object(dst_.node)});
    else
        step(hop, QT_TRANSLATE_NOOP("Step", "%1 receives the packet from %2."),
             {Message::object(dst_.node), packet_.source.toString()});
    finish(Verdict::Delivered);
}

void Walker::atGateway(int g, bool fromOnPremises) {
    const Gateway& gw = t_.gateways[g];
    if (loopedBackTo(gw.id, fromOnPremises ? "in" : "out")) return;
    const int hop = addHop(gw.id, HopKind::Gateway);
    const BgpFabric& fabric = net_.routing().fabric();
    const int speaker = fabric.speakerOf(SpeakerKind::Gateway, g);
    const int vnet = net_.vnetIndex(gw.vnet);
    const Ipv4Address lookupAddress = packet_.destination.value_or(Ipv4Address());
    BgpFabric::Match m = fabric.lookup(speaker, lookupAddress);
    if (!packet_.destination && m.path && m.prefix.length() != 0) m = {};

    const bool intoVnet = m.path && m.path->learnedFrom < 0 && !m.path->isStatic;
    if (intoVnet || (fromOnPremises && vnet >= 0 && packet_.destination &&
                     vnetHoldingAddress(vnet, *packet_.destination) >= 0)) {
        // Into Azure: the gateway forwards by its GatewaySubnet's routes (UDRs there apply).
        step(hop, QT_TRANSLATE_NOOP("Step", "Gateway %1 forwards the packet into VNet %2."),
             {Message::object(gw.id), Message::object(gw.vnet)});
        const Subnet* gatewaySubnet = vnet >= 0 ? t_.vnets[vnet].subnetNamed("GatewaySubnet") : nullptr;
        if (!gatewaySubnet) return gatewayHasNoRoute(hop, gw);
        dependOnSubnet(vnet, int(gatewaySubnet - t_.vnets[vnet].subnets.data()));
        const SubnetRoutes& routes =
            net_.routing().subnet(vnet, int(gatewaySubnet - t_.vnets[vnet].subnets.data()));
        const EffectiveRoute* route = lookup(routes);
        if (!route) return gatewayHasNoRoute(hop, gw);
        tr_.hops[hop].route = hopRoute(*route);
        return dispatch(*route, vnet, hop, -1);
    }
    if (m.path) {
        const Speaker& next = fabric.speakers()[m.path->learnedFrom];
        HopRoute r;
        r.source = m.path->isStatic ? "Static" : "BGP";
        r.prefix = m.prefix;
        r.via = next.id;
        r.origin = m.path->isStatic ? "localNetworkGateway" : "bgp";
        if (next.kind == SpeakerKind::Gateway && next.vnet != vnet) {
            // A VNet-to-VNet connection: the tunnel ends at the other VNet's VPN gateway, which
            // forwards by what it knows (azure-facts-2 §17.4).
            r.nextHopType = "VpnTunnel";
            tr_.hops[hop].route = r;
            step(hop,
                 QT_TRANSLATE_NOOP("Step",
                                   "Gateway %1 sends the packet through the VNet-to-VNet connection to "
                                   "gateway %2 (route %3)."),
                 {Message::object(gw.id), Message::object(next.id), m.prefix.toString()});
            return atGateway(next.index, true);
        }
        switch (next.kind) {
        case SpeakerKind::Circuit:
            r.nextHopType = "ExpressRoute";
            tr_.hops[hop].route = r;
            step(hop,
                 QT_TRANSLATE_NOOP("Step",
                                   "Gateway %1 sends the packet over ExpressRoute circuit %2 (route %3)."),
                 {Message::object(gw.id), Message::object(next.id), m.prefix.toString()});
            return atCircuit(next.index);
        case SpeakerKind::Site:
            r.nextHopType = "VpnTunnel";
            tr_.hops[hop].route = r;
            step(hop,
                 QT_TRANSLATE_NOOP(
                     "Step", "Gateway %1 sends the packet through the VPN tunnel to site %2 (route %3)."),
                 {Message::object(gw.id), Message::object(next.id), m.prefix.toString()});
            return atSite(next.index);
        case SpeakerKind::RouteServer:
            if (m.path->nextHopIp && vnet >= 0) {
                r.nextHopType = "VirtualAppliance";
                r.nextHopIps.push_back(*m.path->nextHopIp);
                tr_.hops[hop].route = r;
                step(hop,
                     QT_TRANSLATE_NOOP("Step", "Gateway %1 sends the packet to NVA %2, the next hop Route "
                                               "Server taught it (route %3)."),
                     {Message::object(gw.id), m.path->nextHopIp->toString(), m.prefix.toString()});
                const int holder = vnetHoldingAddress(vnet, *m.path->nextHopIp);
                if (const AddressOwner* o =
                        holder >= 0 ? net_.ownerInVnet(holder, *m.path->nextHopIp) : nullptr;
                    o && o->kind == AddressOwner::NicAddress)
                    return arriveAtNva(o->object, o->nic);
            }
            [[fallthrough]];
        default: {
            // Route Server's branch-to-branch hands one gateway the routes another gateway of the
            // same VNet learned (ExpressRoute <-> VPN transit, azure-facts §2.4 RSFAQ): the packet
            // goes to that gateway, which forwards it by what it learned itself.
            for (int s : m.path->speakerPath) {
                const Speaker& via = fabric.speakers()[s];
                if (via.kind != SpeakerKind::Gateway || via.index == g || via.vnet != vnet) continue;
                r.nextHopType = "VirtualNetworkGateway";
                r.via = via.id;
                tr_.hops[hop].route = r;
                step(hop,
                     QT_TRANSLATE_NOOP("Step", "Gateway %1 passes the packet to gateway %2 of the same VNet, "
                                               "which learned route %3 (Route Server branch-to-branch)."),
                     {Message::object(gw.id), Message::object(via.id), m.prefix.toString()});
                return atGateway(via.index, false);
            }
            return gatewayHasNoRoute(hop, gw);
        }
        }
    }
    // The default site carries traffic only over a VPN connection from this gateway to it
    // (azure-facts §2.2): one named without a connection was taken (breaker, session 15).
    if (const Site* site = net_.index().site(gw.defaultSite);
        site && !hasVpnConnection(t_, gw.id, site->id)) {
        finding(finding::kNoRoute, Severity::Error, hop, gw.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "Gateway \"%1\" has learned no route for %2, and its default site "
                                  "\"%3\" has no VPN connection from it to carry the packet."),
                {Message::object(gw.id), ipText(packet_.destination), Message::object(site->id)});
        return finish(Verdict::NoRoute);
    }
    if (const Site* site = net_.index().site(gw.defaultSite)) {
        // Default site: traffic that matches none of the gateway's prefixes (VPNFT, T30).
        HopRoute r;
        r.source = "DefaultSite";
        r.nextHopType = "VpnTunnel";
        r.via = site->id;
        tr_.hops[hop].route = r;
        step(hop, QT_TRANSLATE_NOOP("Step", "Gateway %1 sends the packet to its default site %2."),
             {Message::object(gw.id), Message::object(site->id)});
        return atSite(net_.index().find(site->id)->index);
    }
    finding(
        finding::kNoRoute, Severity::Error, hop, gw.id,
        QT_TRANSLATE_NOOP("Finding", "Gateway \"%1\" has learned no route for %2 and has no default site."),
        {Message::object(gw.id), ipText(packet_.destination)});
    finish(Verdict::NoRoute);
}

void Walker::gatewayHasNoRoute(int hop, const Gateway& gw) {
    step(hop, QT_TRANSLATE_NOOP("Step", "Gateway %1 has no route it can use for %2: the packet stops here."),
         {Message::object(gw.id), ipText(packet_.destination)});
    finding(finding::kNoRoute, Severity::Error, hop, gw.id,
            QT_TRANSLATE_NOOP("Finding", "Gateway \"%1\" has no route it can forward %2 on."),
            {Message::object(gw.id), ipText(packet_.destination)});
    finish(Verdict::NoRoute);
}

void Walker::atCircuit(int c) {
    const Circuit& circuit = t_.circuits[c];
    if (loopedBackTo(circuit.id, "private")) return;
    const int hop = addHop(circuit.id, HopKind::Circuit);
    const BgpFabric& fabric = net_.routing().fabric();
    const int speaker = fabric.speakerOf(SpeakerKind::Circuit, c);
    BgpFabric::Match m = fabric.lookup(speaker, packet_.destination.value_or(Ipv4Address()));
    if (!packet_.destination && m.path && m.prefix.length() != 0) m = {};
    if (!m.path || m.path->learnedFrom < 0) {
        finding(finding::kNoRoute, Severity::Error, hop, circuit.id,
                QT_TRANSLATE_NOOP("Finding",
                                  "ExpressRoute circuit \"%1\" has no route for %2 on private peering."),
                {Message::object(circuit.id), ipText(packet_.destination)});
        return finish(Verdict::NoRoute);
    }
    const Speaker& next = fabric.speakers()[m.path->learnedFrom];
    HopRoute r;
    r.source = "BGP";
    r.prefix = m.prefix;
    r.via = next.id;
    r.origin = "bgp";
    r.nextHopType = next.kind == SpeakerKind::Site ? "Site" : "VirtualNetworkGateway";
    tr_.hops[hop].route = r;
    step(hop, QT_TRANSLATE_NOOP("Step", "Circuit %1 carries the packet to %2 (route %3)."),
         {Message::object(circuit.id), Message::object(next.id), m.prefix.toString()});
    if (next.kind == SpeakerKind::Site) return atSite(next.index);
    if (next.kind == SpeakerKind::Gateway) return atGateway(next.index, true);
    finish(Verdict::NoRoute);
}

void Walker::atSite(int s) {
    const Site& site = t_.sites[s];
    if (loopedBackTo(site.id, "site")) return;
    const int hop = addHop(site.id, HopKind::Site);
    // Its own space: deliver to the host that holds the address.
    if (packet_.destination)
        for (const auto& p : site.addressSpace)
            if (p.contains(*packet_.destination)) {
                for (const auto& h : site.hosts)
                    if (h.ip == *packet_.destination) {
                        HopRoute r;
                        r.source = "Connected";
                        r.prefix = p;
                        r.nextHopType = "Local";
                        tr_.hops[hop].route = r;
                        const int end = addHop(h.id, HopKind::Host);
                        step(end, QT_TRANSLATE_NOOP("Step", "Host %1 receives the packet from %2."),
                             {Message::object(h.id), packet_.source.toString()});
                        return finish(Verdict::Delivered);
                    }
                step(hop,
                     QT_TRANSLATE_NOOP("Step",
                                       "Site %1 has no host with address %2: the packet is dropped here."),
                     {Message::object(site.id), ipText(packet_.destination)});
                finding(finding::kNoOwner, Severity::Error, hop, site.id,
                        QT_TRANSLATE_NOOP("Finding", "No host of site \"%1\" holds %2."),
                        {Message::object(site.id), ipText(packet_.destination)});
                return finish(Verdict::Dropped);
            }

    // Microsoft peering: Microsoft prefixes arrive only for communities in the route filter (§7).
    const Endpoint* e = dst_.endpoint;
    const Circuit* filteredOut = nullptr;
    if (e && e->microsoftPeering)
        for (const auto& cid : site.circuits) {
            depend(cid);
            const Circuit* c = net_.index().circuit(cid);
            if (!c || !c->microsoftPeering || !c->microsoftPeering->enabled) continue;
            const auto& filter = c->microsoftPeering->routeFilter;
            if (std::find(filter.begin(), filter.end(), e->microsoftPeering->community) == filter.end()) {
                filteredOut = c;
                continue;
            }
            HopRoute r;
            r.source = "BGP";
            r.nextHopType = "MicrosoftPeering";
            r.via = c->id;
            r.origin = "microsoftPeering";
            r.name = e->microsoftPeering->community;
            if (!e->ips.empty()) r.prefix = e->ips.front();
            tr_.hops[hop].route = r;
            step(hop,
                 QT_TRANSLATE_NOOP("Step", "Site %1 sends the packet over Microsoft peering of circuit %2 "
                                           "(community %3 is in the route filter)."),
                 {Message::object(site.id), Message::object(c->id), e->microsoftPeering->community});
            const int circuitHop = addHop(c->id, HopKind::Circuit);
            if (!c->microsoftPeering->natIps.empty())
                translateSource(circuitHop, c->microsoftPeering->natIps.front(),
                                SourceKind::MicrosoftPeeringNat, false);
            step(circuitHop,
                 QT_TRANSLATE_NOOP("Step", "Circuit %1 carries it to Microsoft with the NAT address %2."),
                 {Message::object(c->id), packet_.source.toString()});
            return deliverOnInternet();
        }

    // Routes learned from Azure (private peering, VPN), else its own default route or edge.
    const BgpFabric& fabric = net_.routing().fabric();
    const int speaker = fabric.speakerOf(SpeakerKind::Site, s);
    BgpFabric::Match m = fabric.lookup(speaker, packet_.destination.value_or(Ipv4Address()));
    if (!packet_.destination && m.path && m.prefix.length() != 0) m = {};
    if (m.path && m.path->learnedFrom >= 0) {
        const Speaker& next = fabric.speakers()[m.path->learnedFrom];
        HopRoute r;
        r.source = m.path->isStatic ? "Static" : "BGP";
        r.prefix = m.prefix;
        r.via = next.id;
        r.origin = m.path->isStatic ? "static" : "bgp";
        r.nextHopType = next.kind == SpeakerKind::Circuit ? "ExpressRoute" : "VpnTunnel";
        tr_.hops[hop].route = r;
        step(hop, QT_TRANSLATE_NOOP("Step", "Site %1 sends the packet towards Azure through %2 (route %3)."),
             {Message::object(site.id), Message::object(next.id), m.prefix.toString()});
        if (next.kind == SpeakerKind::Circuit) return atCircuit(next.index);
        if (next.kind == SpeakerKind::Gateway) return atGateway(next.index, true);
        return finish(Verdict::NoRoute);
    }
    const bool internetBound = !packet_.destination || !isNonPublic(*packet_.destination);
    const bool hasInternet = site.edge && site.edge->internetAccess && !site.edge->publicIps.empty();
    if (internetBound && hasInternet) return leaveSiteEdge(s, hop);
    if (filteredOut) {
        finding(finding::kMsPeeringNotAdvertised, Severity::Error, hop, filteredOut->id,
                QT_TRANSLATE_NOOP(
                    "Finding",
                    "%1 is reachable from site \"%2\" only over Microsoft peering, but the route filter of "
                    "circuit \"%3\" does not carry its community %4, so no route to it is learned."),
                {e->fqdn.empty() ? Message::object(e->id) : e->fqdn, Message::object(site.id),
                 Message::object(filteredOut->id), e->microsoftPeering->community});
        step(hop,
             QT_TRANSLATE_NOOP("Step", "Site %1 has no route to %2: Microsoft peering does not advertise it "
                                       "and there is no Internet path."),
             {Message::object(site.id), e->fqdn.empty() ? Message::object(e->id) : e->fqdn});
        return finish(Verdict::NoRoute);
    }
    finding(finding::kNoRoute, Severity::Error, hop, site.id,
            internetBound
                ? QT_TRANSLATE_NOOP("Finding", "Site \"%1\" has no Internet access and no route for %2.")
                : QT_TRANSLATE_NOOP("Finding", "Site \"%1\" has no route for %2."),
            {Message::object(site.id), ipText(packet_.destination)});
    finish(Verdict::NoRoute);
}

void Walker::leaveSiteEdge(int s, int hop) {
    const Site& site = t_.sites[s];
    HopRoute r;
    r.source = "Default";
    r.prefix = Ipv4Prefix();
    r.nextHopType = "InternetEdge";
    r.via = site.id;
    tr_.hops[hop].route = r;
    if (site.edge->snat) translateSource(hop, site.edge->publicIps.front(), SourceKind::SiteEdge, false);
    step(hop, QT_TRANSLATE_NOOP("Step", "Site %1 sends the packet to the Internet through its edge, as %2."),
         {Message::object(site.id), packet_.source.toString()});
    deliverOnInternet();
}

// The NVAs and firewalls that keep connection state (Nva::keepsState) a path crosses between its ends (its
// first and last hops are the ends).
std::set<Id> statefulDevicesCrossed(const Network& net, const std::vector<Hop>& hops) {
    std::set<Id> out;
    for (std::size_t i = 1; i + 1 < hops.size(); ++i)
        if (hops[i].kind == HopKind::Nva)
            if (const Vm* vm = net.index().vm(hops[i].node);
                vm && vm->nva && vm->nva->keepsState(net.topology().formatVersion))
                out.insert(vm->id);
    // An Azure Firewall is "fully stateful" (azure-facts-2 §12.6).
    for (std::size_t i = 1; i + 1 < hops.size(); ++i)
        if (hops[i].kind == HopKind::Firewall) out.insert(hops[i].node);
    return out;
}

// The request's hops read backwards, each packet turned around: the reply of a flow whose
// destination keeps the connection (a service on the Internet, the platform, a translating edge).
std::vector<Hop> mirroredHops(const std::vector<Hop>& hops) {
    std::vector<Hop> out;
    for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
        Hop h;
        h.node = it->node;
        h.nic = it->nic;
        h.kind = it->kind;
        h.before = {it->after.destination, it->after.source};
        h.after = {it->before.destination, it->before.source};
        h.sourceTranslated = h.before.source != h.after.source;
        out.push_back(std::move(h));
    }
    // Every hop says what happens there (the last one's step was empty: newcomer walk).
    for (std::size_t i = 1; i < out.size(); ++i) {
        Hop& h = out[i];
        const bool undone = h.before.destination != h.after.destination;
        const char* text =
            i + 1 == out.size()
                ? (undone ? QT_TRANSLATE_NOOP("Step", "The reply's destination is translated back to %2; %1 "
                                                      "receives the reply.")
                          : QT_TRANSLATE_NOOP("Step", "%1 receives the reply."))
                : (undone ? QT_TRANSLATE_NOOP("Step", "%1 translates the reply's destination back to %2.")
                          : QT_TRANSLATE_NOOP("Step", "The reply passes %1."));
        h.step = Message{kStep, text, {Message::object(h.node)}};
        if (undone) h.step.args.push_back(ipText(h.after.destination));
    }
    if (!out.empty())
        out.front().step =
            Message{kStep,
                    QT_TRANSLATE_NOOP("Step", "%1 answers; the reply goes back the way the "
                                              "request came, its translations undone in turn."),
                    {Message::object(out.front().node)}};
    return out;
}

// Traces the reply of a delivered request and decides whether the connection completes
// (trace-contract.md, "Additions": asymmetric when the reply has no route or is dropped, arrives
// elsewhere or from another address, or bypasses or adds a stateful device; azure-facts §2.3, §8).
void traceReply(const Network& net, Trace& trace) {
    Trace reply;
    reply.protocol = trace.protocol;
    if (!Walker(net, reply).runReply(trace)) {
        trace.returnHops = mirroredHops(trace.hops);
        return;
    }
    trace.dependsOn.insert(trace.dependsOn.end(), reply.dependsOn.begin(), reply.dependsOn.end());
    trace.returnHops = std::move(reply.hops);
    const Hop& first = trace.hops.front();
    const Hop& last = trace.hops.back();
    const Hop& end = trace.returnHops.back();
    const int at = int(trace.hops.size()) - 1;
    auto asymmetric = [&](const Id& object, const char* text, std::vector<std::string> args) {
        trace.verdict = Verdict::Asymmetric;
        trace.findings.push_back({finding::kAsymmetricReturn, Severity::Error,
                                  Message{kFinding, text, std::move(args)}, at, object});
    };
    const std::string client = ipText(last.after.source);
    // The object a fix starts from: the NIC the request came in on when the guest or the subnet's
    // routes send the reply astray (a guest route, a route for the client), else where it stops.
    const bool guestDrop = trace.returnHops.size() == 1 && reply.verdict == Verdict::Dropped;
    const Id& astray = end.kind == HopKind::Firewall                                  ? end.node
                       : !last.nic.empty() && (guestDrop || first.node == "internet") ? last.nic
                       : last.kind == HopKind::AppGateway                             ? last.node
                                                                                      : end.node;
    // A peering that refuses the forwarded reply: its own finding and fix, at the last hop.
    for (const auto& f : reply.findings)
        if (f.code == finding::kPeeringForwardedTraffic) {
            Finding carried = f;
            carried.hop = at;
            trace.findings.push_back(std::move(carried));
        }
    if (reply.verdict != Verdict::Delivered)
        return asymmetric(astray,
                          QT_TRANSLATE_NOOP("Finding", "The request reaches %1, but its reply to %2 stops at "
                                                       "%3 (%4): the connection never completes."),
                          {Message::object(last.node), client, Message::object(end.node),
                           Message::term("Verdict", toString(reply.verdict))});
    if (end.node != first.node)
        return asymmetric(astray,
                          QT_TRANSLATE_NOOP("Finding",
                                            "The reply to %1 arrives at %2, not at %3 that sent the "
                                            "request: the connection never completes."),
                          {client, Message::object(end.node), Message::object(first.node)});
    if (first.before.destination && end.after.source != first.before.destination)
        return asymmetric(
            astray,
            QT_TRANSLATE_NOOP("Finding", "%1 sends the request to %2, but the reply comes back from %3: "
                                         "the client drops it."),
            {first.kind == HopKind::Internet ? ipText(first.before.source) : Message::object(first.node),
             ipText(first.before.destination), ipText(end.after.source)});
    const std::set<Id> there = statefulDevicesCrossed(net, trace.hops);
    const std::set<Id> back = statefulDevicesCrossed(net, trace.returnHops);
    for (const Id& device : there)
        if (!back.count(device))
            return asymmetric(
                device,
                QT_TRANSLATE_NOOP("Finding",
                                  "The request crosses the stateful device %1, but the reply to %2 "
                                  "bypasses it: %1 never sees the connection complete and drops "
                                  "what follows."),
                {Message::object(device), client});
    for (const Id& device : back)
        if (!there.count(device))
            return asymmetric(device,
                              QT_TRANSLATE_NOOP("Finding",
                                                "The reply to %1 crosses the stateful device %2, which "
                                                "did not carry the request: it drops the reply."),
                              {client, Message::object(device)});
}

} // namespace

FlowSpec FlowSpec::fromFlow(const Flow& f) {
    return FlowSpec{f.id, f.name, f.source, f.destination, f.protocol, f.port, f.expect};
}

Trace traceFlow(const Network& network, const FlowSpec& flow) {
    Trace trace;
    trace.flowId = flow.id;
    trace.flowName = flow.name;
    trace.source = flow.source;
    trace.destination = flow.destination;
    trace.protocol = flow.protocol;
    trace.port = flow.port;
    trace.expect = flow.expect;
    {
        Walker walker(network, trace);
        walker.run(flow);
        walker.markUncertainRoutes();
    }
    if (trace.verdict == Verdict::Delivered) traceReply(network, trace);
    explainTrace(network, trace);
    std::sort(trace.dependsOn.begin(), trace.dependsOn.end());
    trace.dependsOn.erase(std::unique(trace.dependsOn.begin(), trace.dependsOn.end()), trace.dependsOn.end());
    if constexpr (kCheckInvariants)
        if (const auto problems = traceProblems(network, trace); !problems.empty())
            invariantBroken("trace well-formed",
                            flow.source + " -> " + flow.destination + ": " + problems.front());
    return trace;
}

std::vector<Trace> traceUsableFlows(const Network& network) {
    std::vector<Trace> out;
    out.reserve(network.topology().flows.size());
    for (const auto& f : network.topology().flows) {
        try {
            out.push_back(traceFlow(network, FlowSpec::fromFlow(f)));
        } catch (const TraceInputError&) {
        }
    }
    return out;
}

std::vector<Trace> traceAllFlows(const Network& network) {
    std::vector<Trace> out;
    out.reserve(network.topology().flows.size());
    for (const auto& f : network.topology().flows)
        out.push_back(traceFlow(network, FlowSpec::fromFlow(f)));
    return out;
}

} // namespace pathlight
