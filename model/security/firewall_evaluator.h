#pragma once
// Azure Firewall policy evaluation as Azure does it (azure-facts-2 §12.3-§12.5): rule types in a
// fixed order (DNAT, then network, then application, whatever the priorities), inside a type the
// rule collection groups and then their collections by priority (100 first), the first matching
// rule decides, and what matches nothing is denied. Also which source the next hop sees.

#include "catalog/service_tags.h"
#include "topology/topology.h"

#include <optional>
#include <string>
#include <vector>

namespace pathlight {

// The packet as the firewall sees it.
struct FirewallPacket {
    Ipv4Address source;
    std::optional<Ipv4Address> destination;
    Protocol protocol = Protocol::Tcp;
    int destinationPort = 0;
    std::string destinationFqdn; // the name the client asked for (Host header, SNI), if known
    bool toPublicIp = false;     // sent to one of the firewall's public IPs (only DNAT applies)
};

// The rule that decided, as the trace's firewall hop carries it (trace-contract.md "Additions").
struct FirewallDecision {
    Id firewall;
    std::string ruleCollectionGroup, ruleCollection, rule; // all empty for the default deny
    std::optional<FirewallRuleType> ruleType;              // none for the default deny
    FirewallAction action = FirewallAction::Deny;
    const FirewallRule* matched = nullptr; // the rule itself (NatRule: its translation)
    bool defaultDeny() const { return rule.empty(); }
    // A rule evaluated before the deciding one names a service tag whose prefixes are unknown and
    // would have decided otherwise had it matched (trace-contract SERVICE_TAG_UNRESOLVED).
    bool uncertain = false;
    std::string unresolvedTag, unresolvedRule;
};

// A rule collection and its group, in the order Azure evaluates them within a rule type: groups
// by priority, then their collections by priority (file order on ties).
struct OrderedCollection {
    const FirewallRuleCollectionGroup* group;
    const FirewallRuleCollection* collection;
};
std::vector<OrderedCollection> orderedCollections(const FirewallPolicy& policy);

// Evaluates `firewall`'s policy for `packet`. A firewall without a policy denies everything
// (azure-facts-2 §12.3, "denies all traffic by default").
// Service tags in addresses are matched by `tags` (the loaded tag file, may be null); a tag it
// does not know never matches and makes the decision uncertain if it could have changed it.
FirewallDecision evaluateFirewall(const Firewall& firewall, const FirewallPacket& packet,
                                  const ServiceTagDatabase* tags = nullptr);

// Whether a network rule's traffic to `destination` keeps its source: the destination is in the
// policy's SNAT private ranges (default IANA RFC 1918 and RFC 6598; "0.0.0.0/0" never
// translates, "255.255.255.255/32" always does). azure-facts-2 §12.4.
bool firewallKeepsSource(const Firewall& firewall, Ipv4Address destination);

// Whether an FQDN pattern of a rule ("www.example.com", "*.example.com", "*") matches `fqdn`,
// case-insensitively.
bool fqdnMatches(const std::string& pattern, const std::string& fqdn);

} // namespace pathlight
