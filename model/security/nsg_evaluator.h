#pragma once
// Network security group evaluation as Azure does it (azure-facts §4): rules by priority,
// first match decides, the six default rules by their ARM names, service tags expanded from
// the point of view of the subnet being evaluated, and the platform allowances Azure applies
// without showing them (168.63.129.16, IMDS, KMS on 1688) marked hidden.

#include "catalog/endpoint_catalog.h"
#include "catalog/service_tags.h"
#include "routing/routing_model.h"
#include "topology/topology.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace pathlight {

struct PacketHeader {
    Ipv4Address source;
    std::optional<Ipv4Address> destination; // absent: a public address known only by name
    Protocol protocol = Protocol::Tcp;
    int sourcePort = 49152; // an ephemeral port; flows name only the destination port
    int destinationPort = 0;
};

struct NsgDecision {
    Id nsg;
    Direction direction = Direction::Outbound;
    std::string rule; // the visible rule that matched (what IP flow verify cites)
    int priority = 0;
    Access ipFlowVerify = Access::Allow; // that rule's access
    Access access = Access::Allow;       // the effective outcome
    bool hidden = false;                 // a platform allowance made access differ
    bool defaultRule = false;
    std::string platformAllowance; // AzurePlatformLKM / DNS / IMDS / WireServer when hidden
    std::string matchedTag;        // the service tag that made the rule match, if any
    // A rule evaluated before the deciding one names a service tag whose prefixes are unknown
    // (no tag file, or not in it) and would have decided otherwise had it matched: the outcome
    // is uncertain (trace-contract "Unknown is a verdict of honesty", SERVICE_TAG_UNRESOLVED).
    bool uncertain = false;
    std::string unresolvedTag, unresolvedRule;
    Id subnet; // the subnet of the evaluated NIC (its routes gave VirtualNetwork its meaning)
    // The packet as the NSG saw it: after Azure's translation of a public destination to the
    // NIC's private address (azure-facts §4.1), after an NVA's source NAT.
    Ipv4Address source;
    std::optional<Ipv4Address> destination;
};

// Azure's six default rules (65000, 65001, 65500 each way), by their ARM names (azure-facts §4.1).
const std::vector<SecurityRule>& defaultSecurityRules();
// Service tags a rule may name (for completion); the evaluator matches those flows can carry.
const std::vector<std::string>& knownServiceTags();

// What an evaluation needs to know about where it happens.
struct NsgContext {
    const SubnetRoutes* routes = nullptr; // the evaluated NIC's subnet (for VirtualNetwork)
    bool platformAllowances = true;       // outbound from a VM's own stack
};

class NsgEvaluator {
public:
    NsgEvaluator(const Topology& topology, const EndpointCatalog& catalog);
    // The evaluator for a topology whose NSGs differ from previous's only in `changed` (ids):
    // those are compiled again, every other NSG's compiled rules are shared.
    NsgEvaluator(const NsgEvaluator& previous, const Topology& topology, const std::vector<Id>& changed);

    NsgDecision evaluate(int nsgIndex, Direction direction, const PacketHeader& packet,
                         const NsgContext& context) const;

    // Whether an address entry of a rule means something to this evaluator: *, Any, an address
    // or prefix, or a service tag of format version 1 (GatewayManager included: it names sources
    // no flow carries). Any other entry never matches; the lints say so (NSG_ADDRESS_UNKNOWN).
    static bool understands(const std::string& addressEntry);

    // What an address entry is, given the loaded service tags (null: none): the lints' view.
    enum class AddressEntry {
        Understood,           // *, an address, a prefix, a platform tag of format version 1
        ServiceTag,           // a tag the loaded file knows: matched by its prefixes
        UnresolvedServiceTag, // written as a tag, not built in, and no loaded file knows it
        NearMiss,             // a built-in tag misspelt or in the wrong case ("Internt", "internet"):
                              // Azure refuses it, it never matches here (NSG_ADDRESS_UNKNOWN)
        Unknown               // anything else: never matches
    };
    static AddressEntry classify(const std::string& addressEntry, const ServiceTagDatabase* tags);

private:
    // A rule's address entry, parsed once: a prefix, "*", or a service tag.
    struct AddressMatcher {
        enum Kind {
            Any,
            Prefix,
            VirtualNetwork,
            Internet,
            AzureLoadBalancer,
            PlatformDns,
            PlatformImds,
            PlatformLkm,
            ServiceTag, // by the loaded tag file's prefixes
            Unresolved, // a service tag nobody here knows: never matches, makes decisions uncertain
            Never
        };
        Kind kind = Never;
        Ipv4Prefix prefix;
        const pathlight::ServiceTag* tag = nullptr; // ServiceTag: owned by the evaluator's database
        std::string name;                           // ServiceTag, Unresolved: the tag as written
    };
    static AddressMatcher compileAddress(const std::string& entry, const ServiceTagDatabase* tags);
    static AddressEntry classifyTag(const std::string& entry, const ServiceTagDatabase* tags);
    bool matchesCompiled(const AddressMatcher& m, const std::optional<Ipv4Address>& address,
                         const NsgContext& context, std::string* tag) const;
    struct CompiledRule {
        std::string name;
        int priority = 0;
        Access access = Access::Allow;
        Protocol protocol = Protocol::Any;
        std::vector<std::string> sources, destinations;               // as written (names of tags)
        std::vector<std::string> sourcePortText, destinationPortText; // as written
        std::vector<AddressMatcher> sourceMatchers, destinationMatchers;
        // Application security groups in place of the addresses (azure-facts-2 §16).
        std::vector<Id> sourceGroups, destinationGroups;
        std::vector<PortRange> sourcePorts, destinationPorts;
        bool isDefault = false;
    };
    struct CompiledNsg {
        Id id;
        // Sorted, defaults last. Shared: an NSG recompiled after an edit reuses every rule that
        // did not change (fix verification recompiles one NSG per fix).
        std::vector<std::shared_ptr<const CompiledRule>> inbound, outbound;
        // The custom rules in the file's order, with their directions: an edit adds or removes
        // a rule or two, so a recompilation finds the unchanged ones at or next to their place.
        std::vector<std::pair<std::shared_ptr<const CompiledRule>, Direction>> written;
    };
    // Yes or No; Maybe when the rule matches only if an unresolved service tag (named in
    // *unresolved) holds the address.
    enum class Match { No, Yes, Maybe };
    Match matchRule(const CompiledRule& rule, const PacketHeader& packet, const NsgContext& context,
                    std::string* tag, std::string* unresolved = nullptr) const;
    bool matches(const CompiledRule& rule, const PacketHeader& packet, const NsgContext& context,
                 std::string* tag) const {
        return matchRule(rule, packet, context, tag) == Match::Yes;
    }
    std::string platformAllowanceFor(const PacketHeader& packet, const NsgContext& context) const;

    static CompiledRule compileRule(const SecurityRule& rule, bool isDefault, const ServiceTagDatabase* tags);
    static std::shared_ptr<const CompiledNsg> compile(const Nsg& nsg, const ServiceTagDatabase* tags,
                                                      const CompiledNsg* previous = nullptr);
    const CompiledNsg& compiled(int nsgIndex) const;
    // By index in the topology's nsgs: a shared table, and the NSGs recompiled since it was
    // built (an evaluator after an edit shares the previous table and recompiles one NSG, in
    // microseconds, instead of copying 500 pointers; at kMaxChanged the table is rebuilt).
    using Table = std::vector<std::shared_ptr<const CompiledNsg>>;
    static constexpr std::size_t kMaxChanged = 16;
    std::shared_ptr<const Table> table_;
    std::vector<std::pair<int, std::shared_ptr<const CompiledNsg>>> changed_;
    std::vector<Ipv4Prefix> kmsAddresses_;
    // The catalog's service tag file (may be null); compiled matchers point into it.
    std::shared_ptr<const ServiceTagDatabase> tags_;
    // Private address -> the application security groups of its IP configuration (§16: a group
    // matches the packets of its member NICs' addresses).
    std::unordered_multimap<std::uint32_t, Id> groupMembers_;
    void indexGroupMembers(const Topology& topology);
    bool inGroups(const std::vector<Id>& groups, const std::optional<Ipv4Address>& address) const;
};

} // namespace pathlight
