#include "trace/trace_explanation.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace pathlight {

namespace {

constexpr const char* kFinding = "Finding";

// The findings an explanation adds, after the walk's own, without repeating a code for an object
// (the walk's rule too).
class Findings {
public:
    explicit Findings(const Trace& trace) : trace_(trace) {}
    void add(const char* code, Severity severity, int hop, const std::string& object, const char* text,
             std::vector<std::string> args) {
        for (const std::vector<Finding>* list :
             std::initializer_list<const std::vector<Finding>*>{&trace_.findings, &added_})
            for (const auto& f : *list)
                if (f.code == code && f.object == object) return;
        added_.push_back({code, severity, Message{kFinding, text, std::move(args)}, hop, object});
    }
    std::vector<Finding>& added() { return added_; }

private:
    const Trace& trace_;
    std::vector<Finding> added_;
};

// The routes and VNet of the subnet an NSG decision was made in; null when it is unknown.
const SubnetRoutes* subnetRoutes(const Network& net, const Id& subnet, int* vnet) {
    const auto [v, s] = net.subnetPosition(subnet);
    if (v < 0) return nullptr;
    *vnet = v;
    return &net.routing().subnet(v, s);
}

// HIDDEN_PLATFORM_ALLOW: a deny that Azure's platform allowance overrides (azure-facts §4.3).
void hiddenPlatformAllow(const Trace& trace, Findings& out) {
    for (std::size_t hop = 0; hop < trace.hops.size(); ++hop)
        for (const NsgDecision& d : trace.hops[hop].nsg)
            if (d.hidden)
                out.add(finding::kHiddenPlatformAllow, Severity::Warning, int(hop), d.nsg,
                        QT_TRANSLATE_NOOP(
                            "Finding", "NSG \"%1\" rule \"%2\" (priority %3) denies this traffic and IP flow "
                                       "verify reports Deny, but Azure's hidden platform rule (%4) lets it "
                                       "through; flow logs show nothing."),
                        {Message::object(d.nsg), d.rule, std::to_string(d.priority), d.platformAllowance});
}

// SERVICE_TAG_UNRESOLVED: a rule before the deciding one names a tag whose prefixes Pathlight
// does not know, so the decision may be wrong (trace-contract "Unknown is a verdict of honesty").
void serviceTagUnresolved(const Trace& trace, Findings& out) {
    for (std::size_t hop = 0; hop < trace.hops.size(); ++hop)
        for (const NsgDecision& d : trace.hops[hop].nsg)
            if (d.uncertain)
                out.add(finding::kServiceTagUnresolved, Severity::Warning, int(hop), d.nsg,
                        QT_TRANSLATE_NOOP("Finding",
                                          "NSG \"%1\" rule \"%2\" names service tag %3, whose addresses "
                                          "Pathlight does not know; had it matched, it would have decided "
                                          "instead of rule \"%4\". The decision is uncertain until a service "
                                          "tag file that lists the tag is loaded."),
                        {Message::object(d.nsg), d.unresolvedRule, d.unresolvedTag, d.rule});
    for (std::size_t hop = 0; hop < trace.hops.size(); ++hop)
        if (const auto& d = trace.hops[hop].firewall; d && d->uncertain)
            out.add(finding::kServiceTagUnresolved, Severity::Warning, int(hop), d->firewall,
                    QT_TRANSLATE_NOOP("Finding",
                                      "Azure Firewall \"%1\" rule \"%2\" names service tag %3, whose "
                                      "addresses Pathlight does not know; had it matched, it would have "
                                      "decided otherwise. The decision is uncertain until a service tag "
                                      "file that lists the tag is loaded."),
                    {Message::object(d->firewall), d->unresolvedRule, d->unresolvedTag});
}

// BROAD_SERVICE_TAG for one decision: VirtualNetwork covers more than the VNet (azure-facts
// §4.2). True when it was reported.
bool broadTag(const Network& net, int hop, const NsgDecision& d, const SubnetRoutes* routes, int vnet,
              Findings& out) {

    const Vnet& own = net.topology().vnets[vnet];
    auto inOwnSpace = [&](const std::optional<Ipv4Address>& a) {
        if (!a) return false;
        for (const auto& p : own.addressSpace)
            if (p.contains(*a)) return true;
        return false;
    };
    // What VirtualNetwork covers beyond the VNet, each a term translated with the sentence.
    std::vector<std::string> reach;
    if (!net.routing().peersOf(vnet).empty())
        reach.push_back(Message::term("Term", QT_TRANSLATE_NOOP("Term", "peered VNets")));
    if (routes->gatewayRoutes() && !routes->gatewayRoutes()->empty())
        reach.push_back(Message::term("Term", QT_TRANSLATE_NOOP("Term", "on-premises prefixes")));
    if (!routes->userPrefixes().empty())
        reach.push_back(Message::term("Term", QT_TRANSLATE_NOOP("Term", "UDR prefixes")));
    // The other end as the NSG saw it: the packet arriving (inbound) or leaving (outbound).
    const std::optional<Ipv4Address> remote =
        d.direction == Direction::Inbound ? std::optional<Ipv4Address>(d.source) : d.destination;
    bool report = false;
    std::string rule = d.rule;
    // The deciding rule matched through VirtualNetwork an address outside the VNet itself.
    // (168.63.129.16 is in the tag by design and says nothing about the author's intent.)
    if (d.access == Access::Allow && d.matchedTag == "VirtualNetwork" && !inOwnSpace(remote) &&
        !(remote && *remote == wellknown::kWireServer))
        report = true;
    // Or the NSG restricts inbound sources by address while AllowVnetInBound admits far more.
    if (!report && d.direction == Direction::Inbound && !reach.empty()) {
        const Nsg* nsg = net.index().nsg(d.nsg);
        bool restrictsSources = false;
        if (nsg)
            for (const auto& r : nsg->securityRules)
                if (r.direction == Direction::Inbound && r.access == Access::Allow)
                    for (const auto& s : r.sourceAddressPrefixes)
                        restrictsSources = restrictsSources || (!s.empty() && s[0] >= '0' && s[0] <= '9');
        if (restrictsSources) {
            report = true;
            rule = "AllowVnetInBound";
        }
    }
    if (!report) return false;
    if (reach.empty())
        out.add(finding::kBroadServiceTag, Severity::Info, hop, d.nsg,
                QT_TRANSLATE_NOOP("Finding",
                                  "In NSG \"%1\", rule \"%2\" uses the VirtualNetwork tag, which "
                                  "covers more than VNet \"%3\": a default route (and 168.63.129.16)."),
                {Message::object(d.nsg), rule, Message::object(own.id)});
    else if (reach.size() == 1)
        out.add(finding::kBroadServiceTag, Severity::Info, hop, d.nsg,
                QT_TRANSLATE_NOOP("Finding", "In NSG \"%1\", rule \"%2\" uses the VirtualNetwork tag, which "
                                             "covers more than VNet \"%3\": %4 (and 168.63.129.16)."),
                {Message::object(d.nsg), rule, Message::object(own.id), reach[0]});
    else if (reach.size() == 2)
        out.add(finding::kBroadServiceTag, Severity::Info, hop, d.nsg,
                QT_TRANSLATE_NOOP("Finding", "In NSG \"%1\", rule \"%2\" uses the VirtualNetwork tag, which "
                                             "covers more than VNet \"%3\": %4 and %5 (and 168.63.129.16)."),
                {Message::object(d.nsg), rule, Message::object(own.id), reach[0], reach[1]});
    else
        out.add(finding::kBroadServiceTag, Severity::Info, hop, d.nsg,
                QT_TRANSLATE_NOOP("Finding",
                                  "In NSG \"%1\", rule \"%2\" uses the VirtualNetwork tag, which "
                                  "covers more than VNet \"%3\": %4, %5 and %6 (and 168.63.129.16)."),
                {Message::object(d.nsg), rule, Message::object(own.id), reach[0], reach[1], reach[2]});
    return true;
}

// BROAD_SERVICE_TAG: once per NSG, at the first decision that shows it.
void broadServiceTag(const Network& net, const Trace& trace, Findings& out) {
    std::vector<Id> noted;
    for (std::size_t hop = 0; hop < trace.hops.size(); ++hop)
        for (const NsgDecision& d : trace.hops[hop].nsg) {
            if (std::find(noted.begin(), noted.end(), d.nsg) != noted.end()) continue;
            int vnet = -1;
            const SubnetRoutes* routes = subnetRoutes(net, d.subnet, &vnet);
            if (routes && broadTag(net, int(hop), d, routes, vnet, out)) noted.push_back(d.nsg);
        }
}

// APPGW_INSTANCE_SOURCE: an inbound deny of Application Gateway's traffic by an NSG that allows
// its frontend address; its probes and requests come from its instances (azure-facts §5.2).
// Reported beside the deny itself: both are true, and each has its own remedy.
void appGatewayInstanceSource(const Network& net, const Trace& trace, Findings& out) {
    if (trace.hops.empty() || trace.hops.front().kind != HopKind::AppGateway) return;
    const AppGateway* gw = net.index().appGateway(trace.hops.front().node);
    if (!gw || !gw->frontendPrivateIp) return;
    for (std::size_t hop = 0; hop < trace.hops.size(); ++hop)
        for (const NsgDecision& d : trace.hops[hop].nsg) {
            if (d.access != Access::Deny || d.direction != Direction::Inbound) continue;
            int vnet = -1;
            const SubnetRoutes* routes = subnetRoutes(net, d.subnet, &vnet);
            const int index = net.nsgIndex(d.nsg);
            if (!routes || index < 0) continue;
            PacketHeader asFrontend;
            asFrontend.source = *gw->frontendPrivateIp;
            asFrontend.destination = d.destination;
            asFrontend.protocol = trace.protocol;
            asFrontend.destinationPort = trace.port;
            const NsgDecision would =
                net.nsgs().evaluate(index, Direction::Inbound, asFrontend, NsgContext{routes, false});
            if (would.access == Access::Allow && !would.defaultRule)
                out.add(finding::kAppGwInstanceSource, Severity::Error, int(hop), d.nsg,
                        QT_TRANSLATE_NOOP("Finding",
                                          "NSG \"%1\" allows Application Gateway \"%2\" by its frontend "
                                          "address %3 (rule \"%4\"), but its probes and requests come from "
                                          "its instance addresses such as %5, which rule \"%6\" denies."),
                        {Message::object(d.nsg), Message::object(gw->id), gw->frontendPrivateIp->toString(),
                         would.rule, d.source.toString(), d.rule});
        }
}

// FORCED_TUNNEL for one route: 0.0.0.0/0 to a gateway (azure-facts §2.3), one sentence per origin.
void forcedTunnelAt(int hop, const HopRoute& route, Findings& out) {

    // One whole sentence per origin, so each translates as a sentence.
    if (std::string_view(route.origin) == toString(RouteOrigin::RouteServer))
        out.add(finding::kForcedTunnel, Severity::Info, hop, route.via,
                QT_TRANSLATE_NOOP("Finding",
                                  "Internet-bound traffic is forced away from Azure's Internet edge: "
                                  "the subnet's 0.0.0.0/0 comes from NVA \"%1\" through Route Server."),
                {Message::object(route.via)});
    else if (std::string_view(route.source) == toString(RouteSource::User))
        out.add(finding::kForcedTunnel, Severity::Info, hop, route.via,
                QT_TRANSLATE_NOOP("Finding",
                                  "Internet-bound traffic is forced away from Azure's Internet edge: "
                                  "the subnet's 0.0.0.0/0 comes from route table \"%1\" (next hop "
                                  "virtual network gateway)."),
                {Message::object(route.via)});
    else
        out.add(finding::kForcedTunnel, Severity::Info, hop, route.via,
                QT_TRANSLATE_NOOP("Finding",
                                  "Internet-bound traffic is forced away from Azure's Internet edge: "
                                  "the subnet's 0.0.0.0/0 comes from gateway \"%1\" (announced by "
                                  "\"%2\")."),
                {Message::object(route.via), Message::object(route.viaDetail)});
}

// FORCED_TUNNEL: Internet-bound traffic leaving a NIC, or a reply to the Internet, by a default
// route to a gateway. A warning when the flow failed, information otherwise.
void forcedTunnel(const Network& net, const Trace& trace, Findings& out) {
    const auto toGateway = [](const std::optional<HopRoute>& r) {
        return r && r->prefix.length() == 0 &&
               std::string_view(r->nextHopType) == toString(NextHopType::VirtualNetworkGateway);
    };
    for (std::size_t hop = 0; hop < trace.hops.size(); ++hop) {
        const Hop& h = trace.hops[hop];
        if ((h.kind != HopKind::Vm && h.kind != HopKind::Nva) || h.nic.empty() || !toGateway(h.route))
            continue;
        // The reply's route (the request came from the Internet), or the packet's own.
        bool reply = false;
        for (const auto& f : trace.findings)
            reply = reply || (f.code == std::string_view(finding::kAsymmetricReturn) && f.hop == int(hop));
        bool internetBound = reply;
        if (!reply) {
            const Nic* nic = net.index().nic(h.nic);
            int vnet = -1;
            const SubnetRoutes* routes = nic ? subnetRoutes(net, nic->subnet, &vnet) : nullptr;
            const auto& to = h.after.destination;
            internetBound = routes && (!to || (!isNonPublic(*to) && !routes->inVirtualNetworkSpace(*to) &&
                                               *to != wellknown::kWireServer));
        }
        if (internetBound) forcedTunnelAt(int(hop), *h.route, out);
    }
}

} // namespace

// APPGW_V2_UNSUPPORTED_ROUTE: the request or its reply crosses an Application Gateway v2 whose
// subnet learns 0.0.0.0/0 over ExpressRoute/VPN or from Route Server; Azure accepts the route but
// does not support it for v2 (azure-facts §5.4). The trace follows it as Azure routes it.
void appGatewayV2LearnedDefault(const Network& net, const Trace& trace, Findings& out) {
    const int last = int(trace.hops.size()) - 1;
    for (const auto* hops : {&trace.hops, &trace.returnHops})
        for (std::size_t i = 0; i < hops->size(); ++i) {
            const Hop& hop = (*hops)[i];
            if (hop.kind != HopKind::AppGateway) continue;
            const AppGateway* gw = net.index().appGateway(hop.node);
            if (!gw || !gw->isV2()) continue;
            const auto [v, s] = net.subnetPosition(gw->subnet);
            if (v < 0) continue;
            const EffectiveRoute* route = net.routing().subnet(v, s).defaultRoute();
            if (!route || route->source != RouteSource::VirtualNetworkGateway) continue;
            out.add(finding::kAppGwV2UnsupportedRoute, Severity::Warning, hops == &trace.hops ? int(i) : last,
                    gw->id,
                    QT_TRANSLATE_NOOP("Finding",
                                      "The subnet of Application Gateway v2 \"%1\" learns "
                                      "0.0.0.0/0 from %2: Azure accepts this forced tunnel but does "
                                      "not support it for v2 (the route must use next hop Internet, "
                                      "or gateway route propagation must be off). Traced as Azure "
                                      "routes it."),
                    {Message::object(gw->id), route->viaDetail.empty() ? Message::object(route->via)
                                                                       : Message::object(route->viaDetail)});
            return;
        }
}

void explainTrace(const Network& network, Trace& trace) {
    Findings out(trace);
    hiddenPlatformAllow(trace, out);
    serviceTagUnresolved(trace, out);
    broadServiceTag(network, trace, out);
    appGatewayInstanceSource(network, trace, out);
    forcedTunnel(network, trace, out);
    appGatewayV2LearnedDefault(network, trace, out);
    for (auto& f : out.added())
        if (f.code == std::string_view(finding::kForcedTunnel) && trace.verdict != Verdict::Delivered)
            f.severity = Severity::Warning;
    // In hop order; at one hop the explanation comes before why the walk stopped there.
    auto& added = out.added();
    added.insert(added.end(), std::make_move_iterator(trace.findings.begin()),
                 std::make_move_iterator(trace.findings.end()));
    std::stable_sort(added.begin(), added.end(),
                     [](const Finding& a, const Finding& b) { return a.hop < b.hop; });
    trace.findings = std::move(added);
}

} // namespace pathlight
