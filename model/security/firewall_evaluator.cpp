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

enum class Match { No, Yes, Maybe };

// The tag file and the first unresolved tag met, for one evaluation.
struct TagContext {
    const ServiceTagDatabase* tags = nullptr;
    std::string unresolved;
};

Match addressMatches(const std::vector<std::string>& entries, const std::optional<Ipv4Address>& address,
                     TagContext& tc) {
    Match result = Match::No;
    for (const auto& e : entries) {
        if (e == "*") return Match::Yes;
        // A service tag (network and NAT rules take them, azure-facts-2 §12.3): by the tag file's
        // prefixes, or unknown.
        if (looksLikeServiceTag(e)) {
            const ServiceTag* tag = tc.tags ? tc.tags->find(e) : nullptr;
            if (tag && address && tag->contains(*address)) return Match::Yes;
            // Published tags hold Azure's public addresses only: a private address is in none.
            if (!tag && !(address && isNonPublic(*address))) {
                result = Match::Maybe;
                if (tc.unresolved.empty()) tc.unresolved = e;
            }
            continue;
        }
        if (!address) continue;
        // A prefix, an address or a range "a-b" (Azure Firewall takes all three).
        if (const auto r = Ipv4Range::parse(e); r && r->contains(*address)) return Match::Yes;
    }
    return result;
}

// Both sides: No if either is No, Yes if both are Yes, else Maybe.
Match both(Match a, Match b) {
    if (a == Match::No || b == Match::No) return Match::No;
    return a == Match::Yes && b == Match::Yes ? Match::Yes : Match::Maybe;
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

Match networkRuleMatches(const FirewallRule& r, const FirewallPacket& p, TagContext& tc) {
    if (!protocolMatches(r.ipProtocols, p.protocol)) return Match::No;
    // Ports mean nothing to ICMP and other IP protocols.
    if ((p.protocol == Protocol::Tcp || p.protocol == Protocol::Udp) &&
        !portMatches(r.destinationPorts, p.destinationPort))
        return Match::No;
    const Match source = addressMatches(r.sourceAddresses, p.source, tc);
    if (source == Match::No) return Match::No;
    Match destination = addressMatches(r.destinationAddresses, p.destination, tc);
    for (const auto& fqdn : r.destinationFqdns)
        if (!p.destinationFqdn.empty() && fqdnMatches(fqdn, p.destinationFqdn)) destination = Match::Yes;
    return both(source, destination);
}

// Application rules see HTTP, HTTPS and MSSQL only, by the name asked for (§12.3).
Match applicationRuleMatches(const FirewallRule& r, const FirewallPacket& p, TagContext& tc) {
    if (p.protocol != Protocol::Tcp) return Match::No;
    bool port = false;
    for (const auto& proto : r.protocols)
        port = port || proto.port == p.destinationPort;
    if (!port) return Match::No;
    bool target = false;
    for (const auto& t : r.targetFqdns)
        target = target || t == "*" || (!p.destinationFqdn.empty() && fqdnMatches(t, p.destinationFqdn));
    if (!target) return Match::No;
    return addressMatches(r.sourceAddresses, p.source, tc);
}

Match natRuleMatches(const FirewallRule& r, const FirewallPacket& p, TagContext& tc) {
    if (!p.toPublicIp || !protocolMatches(r.ipProtocols, p.protocol) ||
        !portMatches(r.destinationPorts, p.destinationPort))
        return Match::No;
    return both(addressMatches(r.sourceAddresses, p.source, tc),
                addressMatches(r.destinationAddresses, p.destination, tc));
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

FirewallDecision evaluateFirewall(const Firewall& firewall, const FirewallPacket& packet,
                                  const ServiceTagDatabase* tags) {
    FirewallDecision d;
    d.firewall = firewall.id;
    if (!firewall.policy) return d;
    const std::vector<OrderedCollection> order = orderedCollections(*firewall.policy);
    // The first rule that might have matched through an unresolved tag, and its action.
    const FirewallRule* maybe = nullptr;
    FirewallAction maybeAction = FirewallAction::Deny;
    std::string maybeTag;
    auto settle = [&](FirewallAction decided) {
        if (maybe && maybeAction != decided) {
            d.uncertain = true;
            d.unresolvedTag = maybeTag;
            d.unresolvedRule = maybe->name;
        }
    };
    auto consider = [&](const OrderedCollection& o, const FirewallRule& rule, Match match,
                        const TagContext& tc) {
        if (match == Match::Maybe && !maybe) {
            maybe = &rule;
            maybeAction = o.collection->action;
            maybeTag = tc.unresolved;
        }
        if (match != Match::Yes) return false;
        d.ruleCollectionGroup = o.group->name;
        d.ruleCollection = o.collection->name;
        d.rule = rule.name;
        d.ruleType = rule.ruleType;
        d.action = o.collection->action;
        d.matched = &rule;
        settle(d.action);
        return true;
    };
    // DNAT first: only packets to the firewall's own public addresses (§12.5).
    for (const auto& o : order)
        if (o.collection->ruleCollectionType == FirewallRuleCollectionType::Nat)
            for (const auto& rule : o.collection->rules) {
                if (rule.ruleType != FirewallRuleType::NatRule) continue;
                TagContext tc{tags, {}};
                if (consider(o, rule, natRuleMatches(rule, packet, tc), tc)) return d;
            }
    // Application rules are not applied to inbound connections; nothing else is either: a
    // packet to a public IP that no DNAT rule takes is denied (§12.3).
    if (packet.toPublicIp) {
        settle(FirewallAction::Deny);
        return d;
    }
    for (const auto& o : order)
        if (o.collection->ruleCollectionType == FirewallRuleCollectionType::Filter)
            for (const auto& rule : o.collection->rules) {
                if (rule.ruleType != FirewallRuleType::NetworkRule) continue;
                TagContext tc{tags, {}};
                if (consider(o, rule, networkRuleMatches(rule, packet, tc), tc)) return d;
            }
    for (const auto& o : order)
        if (o.collection->ruleCollectionType == FirewallRuleCollectionType::Filter)
            for (const auto& rule : o.collection->rules) {
                if (rule.ruleType != FirewallRuleType::ApplicationRule) continue;
                TagContext tc{tags, {}};
                if (consider(o, rule, applicationRuleMatches(rule, packet, tc), tc)) return d;
            }
    settle(FirewallAction::Deny);
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
