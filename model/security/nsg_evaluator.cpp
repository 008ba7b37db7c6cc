#include "security/nsg_evaluator.h"

#include <algorithm>

namespace pathlight {

namespace {

bool protocolMatches(Protocol rule, Protocol packet) { return rule == Protocol::Any || rule == packet; }

bool portMatches(const std::vector<PortRange>& ranges, int port) {
    for (const auto& r : ranges)
        if (r.contains(port)) return true;
    return false;
}

std::vector<PortRange> compilePorts(const std::vector<std::string>& list) {
    std::vector<PortRange> out;
    for (const auto& s : list)
        if (auto r = parsePortRange(s)) out.push_back(*r);
    if (out.empty()) out.push_back(PortRange{});
    return out;
}

bool isAnyEntry(const std::string& e) { return e == "*" || e == "Any" || e == "0.0.0.0/0"; }

} // namespace

NsgEvaluator::NsgEvaluator(const Topology& topology, const EndpointCatalog& catalog) {
    if (const auto* kms = catalog.byId("azure-kms")) kmsAddresses_ = kms->endpoint.ips;
    for (const auto& nsg : topology.nsgs) {
        CompiledNsg c;
        c.id = nsg.id;
        for (const auto& rule : nsg.securityRules) {
            CompiledRule r;
            r.name = rule.name;
            r.priority = rule.priority;
            r.access = rule.access;
            r.protocol = rule.protocol;
            r.sources = rule.sourceAddressPrefixes;
            r.destinations = rule.destinationAddressPrefixes;
            r.sourcePorts = compilePorts(rule.sourcePortRanges);
            r.destinationPorts = compilePorts(rule.destinationPortRanges);
            (rule.direction == Direction::Inbound ? c.inbound : c.outbound).push_back(std::move(r));
        }
        auto byPriority = [](const CompiledRule& a, const CompiledRule& b) { return a.priority < b.priority; };
        std::stable_sort(c.inbound.begin(), c.inbound.end(), byPriority);
        std::stable_sort(c.outbound.begin(), c.outbound.end(), byPriority);
        // Azure's default rules, by their ARM names (azure-facts §4.1).
        auto def = [](const char* name, int priority, Access access, const char* src, const char* dst) {
            CompiledRule r;
            r.name = name;
            r.priority = priority;
            r.access = access;
            r.sources = {src};
            r.destinations = {dst};
            r.sourcePorts = r.destinationPorts = {PortRange{}};
            r.isDefault = true;
            return r;
        };
        c.inbound.push_back(def("AllowVnetInBound", 65000, Access::Allow, "VirtualNetwork", "VirtualNetwork"));
        c.inbound.push_back(def("AllowAzureLoadBalancerInBound", 65001, Access::Allow, "AzureLoadBalancer", "*"));
        c.inbound.push_back(def("DenyAllInBound", 65500, Access::Deny, "*", "*"));
        c.outbound.push_back(def("AllowVnetOutBound", 65000, Access::Allow, "VirtualNetwork", "VirtualNetwork"));
        c.outbound.push_back(def("AllowInternetOutBound", 65001, Access::Allow, "*", "Internet"));
        c.outbound.push_back(def("DenyAllOutBound", 65500, Access::Deny, "*", "*"));
        nsgs_.push_back(std::move(c));
    }
}

bool NsgEvaluator::matchesAddress(const std::string& entry, const std::optional<Ipv4Address>& address,
                                  const NsgContext& context, std::string* tag) const {
    if (isAnyEntry(entry)) return true;
    const auto set = [&](const char* name) {
        if (tag) *tag = name;
        return true;
    };
    if (!entry.empty() && entry[0] >= '0' && entry[0] <= '9') {
        auto prefix = Ipv4Prefix::parse(entry, nullptr, true);
        return prefix && address && prefix->contains(*address);
    }
    if (entry == "VirtualNetwork") {
        // The VNet's space, peered VNets, connected on-premises prefixes (what the gateways
        // learned, which under forced tunneling includes 0.0.0.0/0 — the doc says the tag "might
        // also contain default routes"), the subnet's UDR prefixes, and the host's virtual IP
        // (azure-facts §4.2, issues #22178, #38326). DERIVED for BGP-learned default routes.
        if (!address) {
            // A public name-only destination is in VirtualNetwork only through a default route.
            const SubnetRoutes* r = context.routes;
            bool viaDefault = false;
            if (r) {
                for (const auto& p : r->userPrefixes()) viaDefault = viaDefault || p.length() == 0;
                if (r->gatewayRoutes() && r->gatewayRoutes()->exact(Ipv4Prefix())) viaDefault = true;
            }
            return viaDefault && set("VirtualNetwork");
        }
        if (*address == wellknown::kWireServer) return set("VirtualNetwork");
        if (const SubnetRoutes* r = context.routes) {
            if (r->inVirtualNetworkSpace(*address)) return set("VirtualNetwork");
            for (const auto& p : r->userPrefixes())
                if (p.contains(*address)) return set("VirtualNetwork");
            if (r->gatewayRoutes() && r->gatewayRoutes()->longestMatch(*address)) return set("VirtualNetwork");
        }
        return false;
    }
    if (entry == "Internet") {
        // Outside the VNet and publicly routable, Azure's own public space included; public
        // on-premises prefixes match both Internet and VirtualNetwork (issue #81801).
        if (!address) return set("Internet");
        if (isNonPublic(*address) || *address == wellknown::kWireServer) return false;
        if (context.routes && context.routes->inVirtualNetworkSpace(*address)) return false;
        return set("Internet");
    }
    if (entry == "AzureLoadBalancer") return address && *address == wellknown::kWireServer && set("AzureLoadBalancer");
    if (entry == "AzurePlatformDNS") return address && *address == wellknown::kWireServer && set("AzurePlatformDNS");
    if (entry == "AzurePlatformIMDS") return address && *address == wellknown::kImds && set("AzurePlatformIMDS");
    if (entry == "AzurePlatformLKM") {
        if (!address) return false;
        for (const auto& p : kmsAddresses_)
            if (p.contains(*address)) return set("AzurePlatformLKM");
        return false;
    }
    // GatewayManager and other tags name Azure management sources that flows do not carry.
    return false;
}

bool NsgEvaluator::matches(const CompiledRule& rule, const PacketHeader& packet, const NsgContext& context,
                           std::string* tag) const {
    if (!protocolMatches(rule.protocol, packet.protocol)) return false;
    if (!portMatches(rule.sourcePorts, packet.sourcePort)) return false;
    if (packet.protocol != Protocol::Icmp && !portMatches(rule.destinationPorts, packet.destinationPort)) return false;
    std::string srcTag, dstTag;
    bool src = false, dst = false;
    for (const auto& e : rule.sources)
        if ((src = matchesAddress(e, packet.source, context, &srcTag))) break;
    if (!src) return false;
    for (const auto& e : rule.destinations)
        if ((dst = matchesAddress(e, packet.destination, context, &dstTag))) break;
    if (!dst) return false;
    if (tag) *tag = !dstTag.empty() ? dstTag : srcTag;
    return true;
}

std::string NsgEvaluator::platformAllowanceFor(const PacketHeader& p, const NsgContext& context) const {
    if (!context.platformAllowances || !p.destination) return {};
    const Ipv4Address dst = *p.destination;
    if (dst == wellknown::kWireServer) {
        // VM agent and WireServer ports are never subject to NSGs; DNS only to AzurePlatformDNS (§3.3).
        if (p.protocol == Protocol::Tcp && (p.destinationPort == 80 || p.destinationPort == 32526)) return "WireServer";
        if (p.destinationPort == 53) return "AzurePlatformDNS";
        return {};
    }
    if (dst == wellknown::kImds) return "AzurePlatformIMDS";
    if (p.protocol == Protocol::Tcp && p.destinationPort == 1688) {
        bool kms = false;
        for (const auto& k : kmsAddresses_) kms = kms || k.contains(dst);
        // The licensing rule is disabled once the subnet's 0.0.0.0/0 no longer goes to the
        // Internet (NSG doc; azure-facts §3.2).
        const EffectiveRoute* def = context.routes ? context.routes->defaultRoute() : nullptr;
        if (kms && def && def->nextHopType == NextHopType::Internet) return "AzurePlatformLKM";
    }
    return {};
}

NsgDecision NsgEvaluator::evaluate(int nsgIndex, Direction direction, const PacketHeader& packet,
                                   const NsgContext& context) const {
    const CompiledNsg& nsg = nsgs_[nsgIndex];
    const auto& rules = direction == Direction::Inbound ? nsg.inbound : nsg.outbound;
    NsgDecision d;
    d.nsg = nsg.id;
    d.direction = direction;
    for (const auto& rule : rules) {
        std::string tag;
        if (!matches(rule, packet, context, &tag)) continue;
        d.rule = rule.name;
        d.priority = rule.priority;
        d.ipFlowVerify = d.access = rule.access;
        d.defaultRule = rule.isDefault;
        d.matchedTag = tag;
        break;
    }
    if (direction == Direction::Outbound && d.access == Access::Deny) {
        const std::string allowance = platformAllowanceFor(packet, context);
        if (!allowance.empty()) {
            // A deny rule that names the allowance's own tag switches it off (AzurePlatform* tags).
            bool disabled = false;
            if (allowance != "WireServer")
                for (const auto& rule : rules) {
                    if (rule.access != Access::Deny) continue;
                    if (std::find(rule.destinations.begin(), rule.destinations.end(), allowance) ==
                        rule.destinations.end())
                        continue;
                    std::string tag;
                    if (matches(rule, packet, context, &tag)) disabled = true;
                }
            if (!disabled) {
                d.access = Access::Allow;
                d.hidden = true;
                d.platformAllowance = allowance;
            }
        }
    }
    return d;
}

} // namespace pathlight
