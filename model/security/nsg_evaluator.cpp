#include "security/nsg_evaluator.h"

#include "common/ascii.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace pathlight {

namespace {

bool protocolMatches(Protocol rule, Protocol packet) {
    return rule == Protocol::Any || rule == packet;
}

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

bool isAnyEntry(const std::string& e) {
    return e == "*" || e == "Any" || e == "0.0.0.0/0";
}

} // namespace

NsgEvaluator::CompiledRule NsgEvaluator::compileRule(const SecurityRule& rule, bool isDefault,
                                                     const ServiceTagDatabase* tags) {
    CompiledRule r;
    r.name = rule.name;
    r.priority = rule.priority;
    r.access = rule.access;
    r.protocol = rule.protocol;
    r.sources = rule.sourceAddressPrefixes;
    r.destinations = rule.destinationAddressPrefixes;
    r.sourceGroups = rule.sourceApplicationSecurityGroups;
    r.destinationGroups = rule.destinationApplicationSecurityGroups;
    r.sourcePortText = rule.sourcePortRanges;
    r.destinationPortText = rule.destinationPortRanges;
    for (const auto& e : r.sources)
        r.sourceMatchers.push_back(compileAddress(e, tags));
    for (const auto& e : r.destinations)
        r.destinationMatchers.push_back(compileAddress(e, tags));
    r.sourcePorts = compilePorts(rule.sourcePortRanges);
    r.destinationPorts = compilePorts(rule.destinationPortRanges);
    r.isDefault = isDefault;
    return r;
}

std::shared_ptr<const NsgEvaluator::CompiledNsg>
NsgEvaluator::compile(const Nsg& nsg, const ServiceTagDatabase* tags, const CompiledNsg* previous) {
    const auto unchanged = [](const CompiledRule& c, const SecurityRule& r, Direction was) {
        return was == r.direction && c.name == r.name && c.priority == r.priority && c.access == r.access &&
               c.protocol == r.protocol && c.sources == r.sourceAddressPrefixes &&
               c.destinations == r.destinationAddressPrefixes && c.sourcePortText == r.sourcePortRanges &&
               c.destinationPortText == r.destinationPortRanges &&
               c.sourceGroups == r.sourceApplicationSecurityGroups &&
               c.destinationGroups == r.destinationApplicationSecurityGroups;
    };
    // The rules of the previous version by name, to reuse those that are unchanged; built only
    // when a rule is not found at or next to its place (an edit adds or removes one or two).
    std::unordered_map<std::string_view, std::size_t> before;
    const auto reusable = [&](const SecurityRule& rule,
                              std::size_t at) -> std::shared_ptr<const CompiledRule> {
        if (!previous) return nullptr;
        const auto& written = previous->written;
        for (const std::size_t k : {at, at - 1, at + 1})
            if (k < written.size() && unchanged(*written[k].first, rule, written[k].second))
                return written[k].first;
        if (before.empty())
            for (std::size_t k = 0; k < written.size(); ++k)
                before.emplace(written[k].first->name, k);
        if (auto it = before.find(rule.name);
            it != before.end() && unchanged(*written[it->second].first, rule, written[it->second].second))
            return written[it->second].first;
        return nullptr;
    };
    CompiledNsg c;
    c.id = nsg.id;
    c.written.reserve(nsg.securityRules.size());
    for (std::size_t i = 0; i < nsg.securityRules.size(); ++i) {
        const SecurityRule& rule = nsg.securityRules[i];
        auto compiled = reusable(rule, i);
        if (!compiled) compiled = std::make_shared<const CompiledRule>(compileRule(rule, false, tags));
        (rule.direction == Direction::Inbound ? c.inbound : c.outbound).push_back(compiled);
        c.written.emplace_back(std::move(compiled), rule.direction);
    }
    auto byPriority = [](const auto& a, const auto& b) { return a->priority < b->priority; };
    std::stable_sort(c.inbound.begin(), c.inbound.end(), byPriority);
    std::stable_sort(c.outbound.begin(), c.outbound.end(), byPriority);
    // Azure's default rules, by their ARM names (azure-facts §4.1), compiled once.
    static const std::vector<std::pair<Direction, std::shared_ptr<const CompiledRule>>> defaults = [] {
        std::vector<std::pair<Direction, std::shared_ptr<const CompiledRule>>> out;
        for (const SecurityRule& rule : defaultSecurityRules())
            out.emplace_back(rule.direction,
                             std::make_shared<const CompiledRule>(compileRule(rule, true, nullptr)));
        return out;
    }();
    for (const auto& [direction, rule] : defaults)
        (direction == Direction::Inbound ? c.inbound : c.outbound).push_back(rule);
    return std::make_shared<const CompiledNsg>(std::move(c));
}

void NsgEvaluator::indexGroupMembers(const Topology& topology) {
    if (topology.applicationSecurityGroups.empty()) return;
    for (const auto& vm : topology.vms)
        for (const auto& nic : vm.nics)
            for (const auto& config : nic.ipConfigurations)
                for (const auto& group : config.applicationSecurityGroups)
                    groupMembers_.emplace(config.privateIp.value(), group);
}

bool NsgEvaluator::inGroups(const std::vector<Id>& groups, const std::optional<Ipv4Address>& address) const {
    if (!address) return false;
    const auto [first, last] = groupMembers_.equal_range(address->value());
    for (auto it = first; it != last; ++it)
        if (std::find(groups.begin(), groups.end(), it->second) != groups.end()) return true;
    return false;
}

NsgEvaluator::NsgEvaluator(const Topology& topology, const EndpointCatalog& catalog) {
    indexGroupMembers(topology);
    if (const auto* kms = catalog.byId("azure-kms")) kmsAddresses_ = kms->endpoint.ips;
    tags_ = catalog.serviceTagsPtr();
    auto table = std::make_shared<Table>();
    for (const auto& nsg : topology.nsgs)
        table->push_back(compile(nsg, tags_.get()));
    table_ = std::move(table);
}

NsgEvaluator::NsgEvaluator(const NsgEvaluator& previous, const Topology& topology,
                           const std::vector<Id>& changed)
    : kmsAddresses_(previous.kmsAddresses_), tags_(previous.tags_) {
    indexGroupMembers(topology);
    const std::size_t count = topology.nsgs.size();
    bool samePlaces = count == previous.table_->size();
    for (std::size_t i = 0; samePlaces && i < count; ++i)
        samePlaces = (*previous.table_)[i]->id == topology.nsgs[i].id;
    if (samePlaces && previous.changed_.size() + changed.size() <= kMaxChanged) {
        // The previous table, and the previous evaluator's recompiled NSGs, with the edited ones
        // recompiled again over them.
        table_ = previous.table_;
        changed_ = previous.changed_;
        for (const Id& id : changed)
            for (std::size_t i = 0; i < count; ++i) {
                if (topology.nsgs[i].id != id) continue;
                auto fresh = compile(topology.nsgs[i], tags_.get(), &previous.compiled(int(i)));
                const auto at = std::find_if(changed_.begin(), changed_.end(),
                                             [&](const auto& entry) { return entry.first == int(i); });
                if (at != changed_.end())
                    at->second = std::move(fresh);
                else
                    changed_.emplace_back(int(i), std::move(fresh));
            }
        return;
    }
    auto table = std::make_shared<Table>();
    table->reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Nsg& nsg = topology.nsgs[i];
        const bool placed = i < previous.table_->size() && (*previous.table_)[i]->id == nsg.id;
        const CompiledNsg* was = placed ? &previous.compiled(int(i)) : nullptr;
        const bool same = placed && std::find(changed.begin(), changed.end(), nsg.id) == changed.end();
        // An unchanged NSG keeps its compiled rules (those of its latest recompilation).
        if (same) {
            const auto at = std::find_if(previous.changed_.begin(), previous.changed_.end(),
                                         [&](const auto& entry) { return entry.first == int(i); });
            table->push_back(at != previous.changed_.end() ? at->second : (*previous.table_)[i]);
        } else {
            table->push_back(compile(nsg, tags_.get(), was));
        }
    }
    table_ = std::move(table);
}

const NsgEvaluator::CompiledNsg& NsgEvaluator::compiled(int nsgIndex) const {
    for (const auto& [index, nsg] : changed_)
        if (index == nsgIndex) return *nsg;
    return *(*table_)[std::size_t(nsgIndex)];
}

const std::vector<SecurityRule>& defaultSecurityRules() {
    static const std::vector<SecurityRule> rules = [] {
        auto def = [](const char* name, int priority, Direction direction, Access access, const char* src,
                      const char* dst) {
            SecurityRule r;
            r.name = name;
            r.priority = priority;
            r.direction = direction;
            r.access = access;
            r.protocol = Protocol::Any;
            r.sourceAddressPrefixes = {src};
            r.destinationAddressPrefixes = {dst};
            r.sourcePortRanges = r.destinationPortRanges = {"*"};
            return r;
        };
        return std::vector<SecurityRule>{
            def("AllowVnetInBound", 65000, Direction::Inbound, Access::Allow, "VirtualNetwork",
                "VirtualNetwork"),
            def("AllowAzureLoadBalancerInBound", 65001, Direction::Inbound, Access::Allow,
                "AzureLoadBalancer", "*"),
            def("DenyAllInBound", 65500, Direction::Inbound, Access::Deny, "*", "*"),
            def("AllowVnetOutBound", 65000, Direction::Outbound, Access::Allow, "VirtualNetwork",
                "VirtualNetwork"),
            def("AllowInternetOutBound", 65001, Direction::Outbound, Access::Allow, "*", "Internet"),
            def("DenyAllOutBound", 65500, Direction::Outbound, Access::Deny, "*", "*"),
        };
    }();
    return rules;
}

const std::vector<std::string>& knownServiceTags() {
    // Format v1's tags (topology-format.md); GatewayManager names management sources no flow carries.
    static const std::vector<std::string> tags = {
        "VirtualNetwork",   "Internet",         "AzureLoadBalancer", "GatewayManager",
        "AzurePlatformLKM", "AzurePlatformDNS", "AzurePlatformIMDS", "*"};
    return tags;
}

NsgEvaluator::AddressMatcher NsgEvaluator::compileAddress(const std::string& entry,
                                                          const ServiceTagDatabase* tags) {
    AddressMatcher m;
    if (isAnyEntry(entry)) {
        m.kind = AddressMatcher::Any;
    } else if (!entry.empty() && entry[0] >= '0' && entry[0] <= '9') {
        if (auto p = Ipv4Prefix::parse(entry, nullptr, true)) {
            m.kind = AddressMatcher::Prefix;
            m.prefix = *p;
        }
    } else if (entry == "VirtualNetwork") {
        m.kind = AddressMatcher::VirtualNetwork;
    } else if (entry == "Internet") {
        m.kind = AddressMatcher::Internet;
    } else if (entry == "AzureLoadBalancer") {
        m.kind = AddressMatcher::AzureLoadBalancer;
    } else if (entry == "AzurePlatformDNS") {
        m.kind = AddressMatcher::PlatformDns;
    } else if (entry == "AzurePlatformIMDS") {
        m.kind = AddressMatcher::PlatformImds;
    } else if (entry == "AzurePlatformLKM") {
        m.kind = AddressMatcher::PlatformLkm;
    } else if (tags || looksLikeServiceTag(entry)) {
        switch (classifyTag(entry, tags)) {
        case AddressEntry::ServiceTag:
            m.kind = AddressMatcher::ServiceTag;
            m.tag = tags->find(entry);
            m.name = entry;
            break;
        case AddressEntry::UnresolvedServiceTag:
            m.kind = AddressMatcher::Unresolved;
            m.name = entry;
            break;
        default:
            // GatewayManager (without a tag file) names Azure management sources that flows do
            // not carry; a misspelt built-in tag is refused by Azure and reported by the lints.
            break;
        }
    }
    return m;
}

namespace {

// Edit distance up to `limit` (more is reported as limit + 1): enough to call "Internt" a slip.
int boundedDistance(std::string_view a, std::string_view b, int limit) {
    if (int(a.size()) - int(b.size()) > limit || int(b.size()) - int(a.size()) > limit) return limit + 1;
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return std::min(row[b.size()], limit + 1);
}

} // namespace

NsgEvaluator::AddressEntry NsgEvaluator::classify(const std::string& entry, const ServiceTagDatabase* tags) {
    const AddressMatcher m = compileAddress(entry, tags);
    if (m.kind == AddressMatcher::ServiceTag) return AddressEntry::ServiceTag;
    if (m.kind != AddressMatcher::Never && m.kind != AddressMatcher::Unresolved)
        return AddressEntry::Understood;
    return classifyTag(entry, tags);
}

// An entry that is none of the address forms and built-in kinds compileAddress knows.
NsgEvaluator::AddressEntry NsgEvaluator::classifyTag(const std::string& entry,
                                                     const ServiceTagDatabase* tags) {
    const auto& builtIn = knownServiceTags();
    if (std::find(builtIn.begin(), builtIn.end(), entry) != builtIn.end())
        return tags && tags->find(entry) ? AddressEntry::ServiceTag : AddressEntry::Understood;
    if (!looksLikeServiceTag(entry)) return AddressEntry::Unknown;
    if (tags && tags->find(entry)) return AddressEntry::ServiceTag;
    // Tag names are written as published ("Storage", "Sql.WestEurope"); one that differs from a
    // built-in tag by case or a letter or two is a slip, not a tag Pathlight lacks.
    for (const auto& known : builtIn) {
        if (known == "*") continue;
        if (asciiEqualsNoCase(known, entry) || (entry.size() >= 5 && boundedDistance(known, entry, 2) <= 2))
            return AddressEntry::NearMiss;
    }
    return AddressEntry::UnresolvedServiceTag;
}

bool NsgEvaluator::understands(const std::string& entry) {
    return compileAddress(entry, nullptr).kind != AddressMatcher::Never ||
           classify(entry, nullptr) == AddressEntry::Understood;
}

bool NsgEvaluator::matchesCompiled(const AddressMatcher& m, const std::optional<Ipv4Address>& address,
                                   const NsgContext& context, std::string* tag) const {
    const auto set = [&](const std::string& name) {
        if (tag) *tag = name;
        return true;
    };
    switch (m.kind) {
    case AddressMatcher::Any:
        return true;
    case AddressMatcher::Never:
    case AddressMatcher::Unresolved: // matchRule says Maybe
        return false;
    case AddressMatcher::ServiceTag:
        return address && m.tag && m.tag->contains(*address) && set(m.name);
    case AddressMatcher::Prefix:
        return address && m.prefix.contains(*address);
    case AddressMatcher::VirtualNetwork: {
        // The VNet's space, peered VNets, connected on-premises prefixes (what the gateways
        // learned, which under forced tunneling includes 0.0.0.0/0 — the doc says the tag "might
        // also contain default routes"), the subnet's UDR prefixes, and the host's virtual IP
        // (azure-facts §4.2, issues #22178, #38326). DERIVED for BGP-learned default routes.
        const SubnetRoutes* r = context.routes;
        if (!address) {
            // A public name-only destination is in VirtualNetwork only through a default route.
            bool viaDefault = false;
            if (r) {
                for (const auto& p : r->userPrefixes())
                    viaDefault = viaDefault || p.length() == 0;
                if (r->gatewayRoutes() && r->gatewayRoutes()->exact(Ipv4Prefix())) viaDefault = true;
            }
            return viaDefault && set("VirtualNetwork");
        }
        if (*address == wellknown::kWireServer) return set("VirtualNetwork");
        if (r) {
            if (r->inVirtualNetworkSpace(*address)) return set("VirtualNetwork");
            for (const auto& p : r->userPrefixes())
                if (p.contains(*address)) return set("VirtualNetwork");
            if (r->gatewayRoutes() && r->gatewayRoutes()->longestMatch(*address))
                return set("VirtualNetwork");
        }
        return false;
    }
    case AddressMatcher::Internet:
        // Outside the VNet and publicly routable, Azure's own public space included; public
        // on-premises prefixes match both Internet and VirtualNetwork (issue #81801).
        if (!address) return set("Internet");
        if (isNonPublic(*address) || *address == wellknown::kWireServer) return false;
        if (context.routes && context.routes->inVirtualNetworkSpace(*address)) return false;
        return set("Internet");
    case AddressMatcher::AzureLoadBalancer:
        return address && *address == wellknown::kWireServer && set("AzureLoadBalancer");
    case AddressMatcher::PlatformDns:
        return address && *address == wellknown::kWireServer && set("AzurePlatformDNS");
    case AddressMatcher::PlatformImds:
        return address && *address == wellknown::kImds && set("AzurePlatformIMDS");
    case AddressMatcher::PlatformLkm:
        if (!address) return false;
        for (const auto& p : kmsAddresses_)
            if (p.contains(*address)) return set("AzurePlatformLKM");
        return false;
    }
    return false;
}

NsgEvaluator::Match NsgEvaluator::matchRule(const CompiledRule& rule, const PacketHeader& packet,
                                            const NsgContext& context, std::string* tag,
                                            std::string* unresolved) const {
    if (!protocolMatches(rule.protocol, packet.protocol)) return Match::No;
    if (!portMatches(rule.sourcePorts, packet.sourcePort)) return Match::No;
    // ICMP, ESP and AH carry no ports.
    const bool ported = packet.protocol != Protocol::Icmp && packet.protocol != Protocol::Esp &&
                        packet.protocol != Protocol::Ah;
    if (ported && !portMatches(rule.destinationPorts, packet.destinationPort)) return Match::No;
    // One side: Yes when an entry holds the address, Maybe when only an unresolved tag might.
    std::string unknownTag;
    const auto side = [&](const std::vector<Id>& groups, const std::vector<AddressMatcher>& matchers,
                          const std::optional<Ipv4Address>& address, std::string* matched) {
        if (!groups.empty()) return inGroups(groups, address) ? Match::Yes : Match::No;
        Match result = Match::No;
        for (const auto& m : matchers) {
            if (matchesCompiled(m, address, context, matched)) return Match::Yes;
            // Published tags hold Azure's public addresses only: a private address is in none.
            if (m.kind == AddressMatcher::Unresolved && !(address && isNonPublic(*address))) {
                result = Match::Maybe;
                if (unknownTag.empty()) unknownTag = m.name;
            }
        }
        return result;
    };
    std::string srcTag, dstTag;
    const Match src = side(rule.sourceGroups, rule.sourceMatchers, packet.source, &srcTag);
    if (src == Match::No) return Match::No;
    const Match dst = side(rule.destinationGroups, rule.destinationMatchers, packet.destination, &dstTag);
    if (dst == Match::No) return Match::No;
    if (src == Match::Maybe || dst == Match::Maybe) {
        if (unresolved) *unresolved = unknownTag;
        return Match::Maybe;
    }
    if (tag) *tag = !dstTag.empty() ? dstTag : srcTag;
    return Match::Yes;
}

std::string NsgEvaluator::platformAllowanceFor(const PacketHeader& p, const NsgContext& context) const {
    if (!context.platformAllowances || !p.destination) return {};
    const Ipv4Address dst = *p.destination;
    if (dst == wellknown::kWireServer) {
        // VM agent and WireServer ports are never subject to NSGs; DNS only to AzurePlatformDNS (§3.3).
        if (p.protocol == Protocol::Tcp && (p.destinationPort == 80 || p.destinationPort == 32526))
            return "WireServer";
        if (p.destinationPort == 53) return "AzurePlatformDNS";
        return {};
    }
    if (dst == wellknown::kImds) return "AzurePlatformIMDS";
    if (p.protocol == Protocol::Tcp && p.destinationPort == 1688) {
        bool kms = false;
        for (const auto& k : kmsAddresses_)
            kms = kms || k.contains(dst);
        // The licensing rule is disabled once the subnet's 0.0.0.0/0 no longer goes to the
        // Internet (NSG doc; azure-facts §3.2).
        const EffectiveRoute* def = context.routes ? context.routes->defaultRoute() : nullptr;
        if (kms && def && def->nextHopType == NextHopType::Internet) return "AzurePlatformLKM";
    }
    return {};
}

NsgDecision NsgEvaluator::evaluate(int nsgIndex, Direction direction, const PacketHeader& packet,
                                   const NsgContext& context) const {
    const CompiledNsg& nsg = compiled(nsgIndex);
    const auto& rules = direction == Direction::Inbound ? nsg.inbound : nsg.outbound;
    NsgDecision d;
    d.nsg = nsg.id;
    d.direction = direction;
    // The first rule that might have decided otherwise through an unresolved tag.
    const CompiledRule* maybe = nullptr;
    std::string maybeTag;
    for (const auto& compiled : rules) {
        const CompiledRule& rule = *compiled;
        std::string tag, unresolved;
        const Match match = matchRule(rule, packet, context, &tag, &unresolved);
        if (match == Match::Maybe && !maybe) {
            maybe = &rule;
            maybeTag = unresolved;
        }
        if (match != Match::Yes) continue;
        if (maybe && maybe->access != rule.access) {
            d.uncertain = true;
            d.unresolvedTag = maybeTag;
            d.unresolvedRule = maybe->name;
        }
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
                for (const auto& compiled : rules) {
                    const CompiledRule& rule = *compiled;
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
