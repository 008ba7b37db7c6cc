#include "security/firewall_evaluator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace pathlight {

namespace {

// IANAPrivateRanges: RFC 1918 and RFC 6598 (azure-facts-2 §12.4, FWSNAT 2023).
constexpr const auto& kIanaPrivateRanges = wellknown::kPrivateRanges;

std::string lower(std::string s) {
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool addressMatches(const std::vector<std::string>& entries, const std::optional<Ipv4Address>& address) {
    for (const auto& e : entries) {
        if (e == "*") return true;
        if (!address) continue;
        // A prefix, an address or a range "a-b" (Azure Firewall takes all three).
        if (const auto r = Ipv4Range::parse(e); r && r->contains(*address)) return true;
    }
    return false;
}

bool portMatches(const std::vector<std::string>& ports, int port) {
    if (ports.empty()) return true;
    for (const auto& text : ports)
        if (const auto range = parsePortRange(text); range && range->contains(port)) return true;
    return false;
}

// A network or NAT rule's protocols: "Any" is every IP protocol (since November 2020, §12.3).
bool protocolMatches(const std::vector<std::string>& protocols, Protocol protocol) {
    for (const auto& p : protocols) {
        if (p == "Any") return true;
        if ((p == "TCP" && protocol == Protocol::Tcp) || (p == "UDP" && protocol == Protocol::Udp) ||
            (p == "ICMP" && protocol == Protocol::Icmp))
            return true;
    }
    return false;
}

bool networkRuleMatches(const FirewallRule& r, const FirewallPacket& p) {
    if (!protocolMatches(r.ipProtocols, p.protocol)) return false;
    if (!addressMatches(r.sourceAddresses, p.source)) return false;
    bool destination = addressMatches(r.destinationAddresses, p.destination);
    for (const auto& fqdn : r.destinationFqdns)
        destination = destination || (!p.destinationFqdn.empty() && fqdnMatches(fqdn, p.destinationFqdn));
    if (!destination) return false;
    // Ports mean nothing to ICMP and other IP protocols.
    return (p.protocol != Protocol::Tcp && p.protocol != Protocol::Udp) ||
           portMatches(r.destinationPorts, p.destinationPort);
}

// Application rules see HTTP, HTTPS and MSSQL only, by the name asked for (§12.3).
bool applicationRuleMatches(const FirewallRule& r, const FirewallPacket& p) {
    if (p.protocol != Protocol::Tcp) return false;
    if (!addressMatches(r.sourceAddresses, p.source)) return false;
    bool port = false;
    for (const auto& proto : r.protocols)
        port = port || proto.port == p.destinationPort;
    if (!port) return false;
    for (const auto& target : r.targetFqdns)
        if (target == "*" || (!p.destinationFqdn.empty() && fqdnMatches(target, p.destinationFqdn)))
            return true;
    return false;
}

bool natRuleMatches(const FirewallRule& r, const FirewallPacket& p) {
    return p.toPublicIp && protocolMatches(r.ipProtocols, p.protocol) &&
           addressMatches(r.sourceAddresses, p.source) &&
           addressMatches(r.destinationAddresses, p.destination) &&
           portMatches(r.destinationPorts, p.destinationPort);
}

} // namespace

std::vector<OrderedCollection> orderedCollections(const FirewallPolicy& policy) {
    std::vector<const FirewallRuleCollectionGroup*> groups;
    for (const auto& g : policy.ruleCollectionGroups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto* a, const auto* b) { return a->priority < b->priority; });
    std::vector<OrderedCollection> out;
    for (const auto* g : groups) {
        std::vector<const FirewallRuleCollection*> collections;
        for (const auto& c : g->ruleCollections)
            collections.push_back(&c);
        std::stable_sort(collections.begin(), collections.end(),
                         [](const auto* a, const auto* b) { return a->priority < b->priority; });
        for (const auto* c : collections)
            out.push_back({g, c});
    }
    return out;
}

bool fqdnMatches(const std::string& pattern, const std::string& fqdn) {
    const std::string p = lower(pattern), f = lower(fqdn);
    if (p == "*") return true;
    if (p.size() > 2 && p[0] == '*' && p[1] == '.') {
        const std::string suffix = p.substr(1); // ".example.com"
        return f.size() > suffix.size() && f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0;
    }
    return p == f;
}

FirewallDecision evaluateFirewall(const Firewall& firewall, const FirewallPacket& packet) {
    FirewallDecision d;
    d.firewall = firewall.id;
    if (!firewall.policy) return d;
    const std::vector<OrderedCollection> order = orderedCollections(*firewall.policy);
    auto decide = [&](const OrderedCollection& o, const FirewallRule& rule) {
        d.ruleCollectionGroup = o.group->name;
        d.ruleCollection = o.collection->name;
        d.rule = rule.name;
        d.ruleType = rule.ruleType;
        d.action = o.collection->action;
        d.matched = &rule;
        return d;
    };
    // DNAT first: only packets to the firewall's own public addresses (§12.5).
    for (const auto& o : order)
        if (o.collection->ruleCollectionType == FirewallRuleCollectionType::Nat)
            for (const auto& rule : o.collection->rules)
                if (rule.ruleType == FirewallRuleType::NatRule && natRuleMatches(rule, packet))
                    return decide(o, rule);
    // Application rules are not applied to inbound connections; nothing else is either: a
    // packet to a public IP that no DNAT rule takes is denied (§12.3).
    if (packet.toPublicIp) return d;
    for (const auto& o : order)
        if (o.collection->ruleCollectionType == FirewallRuleCollectionType::Filter)
            for (const auto& rule : o.collection->rules)
                if (rule.ruleType == FirewallRuleType::NetworkRule && networkRuleMatches(rule, packet))
                    return decide(o, rule);
    for (const auto& o : order)
        if (o.collection->ruleCollectionType == FirewallRuleCollectionType::Filter)
            for (const auto& rule : o.collection->rules)
                if (rule.ruleType == FirewallRuleType::ApplicationRule &&
                    applicationRuleMatches(rule, packet))
                    return decide(o, rule);
    return d;
}

bool firewallKeepsSource(const Firewall& firewall, Ipv4Address destination) {
    const bool custom = firewall.policy && firewall.policy->snat && firewall.policy->snat->privateRanges;
    if (!custom) {
        for (const auto& p : kIanaPrivateRanges)
            if (p.contains(destination)) return true;
        return false;
    }
    for (const auto& entry : *firewall.policy->snat->privateRanges) {
        if (entry == "IANAPrivateRanges") {
            for (const auto& p : kIanaPrivateRanges)
                if (p.contains(destination)) return true;
        } else if (const auto p = Ipv4Prefix::parse(entry); p && p->contains(destination)) {
            return true;
        }
    }
    return false;
}

} // namespace pathlight
