#include "validation/lints.h"

#include "security/firewall_evaluator.h"

#include "routing/routing_model.h"

#include "advice/script_quote.h"
#include "common/ascii.h"
#include "io/layout_entry.h"
#include "io/topology_io.h"
#include "ip/prefix_lists.h"
#include "security/nsg_evaluator.h"
#include "topology/topology_index.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace pathlight {

namespace {

constexpr const char* kCtx = "Lint";
// Layout warnings shown at most (the rest of a broken generated layout would bury the others).
constexpr std::size_t kLayoutWarningsShown = 20;

class Linter {
public:
    Linter(const Topology& t, const TopologyIndex& index, const EndpointCatalog& catalog)
        : t_(t), index_(index), catalog_(catalog) {}

    // Each section's diagnostics, in the order below; a section whose inputs `changed` does not
    // reach keeps its entry of `previous` (when that has one per section).
    std::vector<std::vector<Diagnostic>> run(unsigned changed,
                                             std::vector<std::vector<Diagnostic>> previous) {
        struct Section {
            void (Linter::*check)();
            unsigned reads; // LintInput bits besides kLintStructure, which every section reads
        };
        static const Section sections[] = {
            {&Linter::subnets, 0},
            {&Linter::peerings, 0},
            {&Linter::addresses, 0},
            {&Linter::primaryNics, 0},
            {&Linter::nsgs, kLintNsgContent},
            {&Linter::gateways, 0},
            {&Linter::routeServers, kLintAnnouncements},
            {&Linter::routeTables, kLintRouteTableContent},
            {&Linter::appGateways, kLintNsgContent | kLintRouteTableContent},
            {&Linter::flows, 0},
            {&Linter::azureNames, kLintNsgContent | kLintRouteTableContent},
            {&Linter::communities, 0},
            {&Linter::reservedIds, 0},
            {&Linter::addressLikeIds, 0},
            {&Linter::duplicateAzureNames, kLintNsgContent | kLintRouteTableContent},
            {&Linter::layout, kLintLayout},
            {&Linter::firewalls, kLintRouteTableContent},
            {&Linter::privateEndpoints, 0},
            {&Linter::applicationSecurityGroups, kLintNsgContent},
        };
        constexpr std::size_t count = std::size(sections);
        const bool reuse = previous.size() == count && !(changed & kLintStructure);
        std::vector<std::vector<Diagnostic>> result(count);
        for (std::size_t i = 0; i < count; ++i) {
            if (reuse && !(sections[i].reads & changed)) {
                result[i] = std::move(previous[i]);
                continue;
            }
            (this->*sections[i].check)();
            result[i] = std::move(out_);
            out_.clear();
        }
        return result;
    }

private:
    void error(std::string pointer, const char* code, const char* text, std::vector<std::string> args) {
        out_.push_back({Severity::Error, code, std::move(pointer), Message{kCtx, text, std::move(args)}});
    }
    void warning(std::string pointer, const char* code, const char* text, std::vector<std::string> args) {
        out_.push_back({Severity::Warning, code, std::move(pointer), Message{kCtx, text, std::move(args)}});
    }
    static std::string at(const char* list, std::size_t i) {
        return std::string("/") + list + "/" + std::to_string(i);
    }

    // Names that Azure refuses cannot exist in a subscription; the fix scripts quote them all the
    // same (script_quote.h), but the user should know the design cannot be deployed as drawn.
    // `pointer` makes the JSON pointer, only for a name Azure refuses (25,000 rule names are
    // linted after every edit on a large estate).
    template <typename Pointer> void azureName(const Pointer& pointer, const std::string& name) {
        if (name.empty() || isValidAzureResourceName(name)) return;
        warning(pointer(), "AZURE_NAME_INVALID",
                QT_TRANSLATE_NOOP("Lint", "Azure refuses the name \"%1\": 1 to 80 letters, digits, '_', "
                                          "'.' or '-', starting with a letter or digit and ending with a "
                                          "letter, digit or '_'"),
                {name});
    }

    // The layout is view data kept verbatim, but a value the canvas ignores should not be
    // ignored without a word (io/layout_entry.h): an entry for no object, an entry that is not
    // an object, a box without x and y (placed automatically), a value out of range.
    void layout() {
        if (!t_.layout.is_object()) return;
        std::size_t said = 0;
        for (const auto& [id, entry] : t_.layout.items()) {
            if (said >= kLayoutWarningsShown) return; // a generated file's thousands say no more
            const std::string pointer = "/layout/" + escapePointerToken(id);
            const std::size_t before = out_.size();
            if (id != "internet" && !index_.find(id)) {
                warning(pointer, "LAYOUT_UNKNOWN_ID",
                        QT_TRANSLATE_NOOP("Lint", "the layout places \"%1\", which is no object of the file: "
                                                  "the entry is ignored"),
                        {id});
            } else if (const LayoutEntry e = readLayoutEntry(entry); !e.isObject) {
                warning(pointer, "LAYOUT_ENTRY_INVALID",
                        QT_TRANSLATE_NOOP("Lint", "the layout entry of \"%1\" is not an object with x and y: "
                                                  "the box is placed automatically"),
                        {Message::object(id)});
            } else {
                for (const std::string& key : e.ignored)
                    warning(pointer + "/" + key, "LAYOUT_VALUE_IGNORED",
                            QT_TRANSLATE_NOOP("Lint", "%1 of \"%2\" is ignored: a position lies within "
                                                      "±1,000,000 and a size between 1 and 100,000"),
                            {key, Message::object(id)});
                if (!entry.contains("x") || !entry.contains("y"))
                    warning(pointer, "LAYOUT_POSITION_MISSING",
                            QT_TRANSLATE_NOOP("Lint", "the layout entry of \"%1\" has no x and y: the box is "
                                                      "placed automatically"),
                            {Message::object(id)});
            }
            said += out_.size() > before;
        }
    }

    // A BGP community is two numbers, "12076:51004" (azure-facts §7, Microsoft peering).
    void communities() {
        for (std::size_t c = 0; c < t_.circuits.size(); ++c) {
            if (!t_.circuits[c].microsoftPeering) continue;
            const auto& filter = t_.circuits[c].microsoftPeering->routeFilter;
            for (std::size_t i = 0; i < filter.size(); ++i) {
                const std::string& x = filter[i];
                const auto colon = x.find(':');
                const bool ok = colon != std::string::npos && colon > 0 && colon + 1 < x.size() &&
                                x.find_first_not_of("0123456789:") == std::string::npos &&
                                x.find(':', colon + 1) == std::string::npos;
                if (!ok)
                    error(at("circuits", c) + "/microsoftPeering/routeFilter/" + std::to_string(i),
                          "COMMUNITY_FORMAT",
                          QT_TRANSLATE_NOOP("Lint",
                                            "\"%1\" is not a BGP community (two numbers, as in 12076:51004)"),
                          {x});
            }
        }
    }

    void azureNames() {
        auto resourceGroup = [&](const std::string& pointer, const Extra& object) {
            const auto rg = object.keys.find("resourceGroup");
            if (rg == object.keys.end() || !rg->is_string()) return;
            const std::string name = rg->get<std::string>();
            if (!isValidResourceGroupName(name))
                warning(pointer + "/resourceGroup", "RESOURCE_GROUP_NAME_INVALID",
                        QT_TRANSLATE_NOOP("Lint", "Azure refuses the resource group name \"%1\": 1 to 90 "
                                                  "letters, digits, '_', '-', '.', '(' or ')', not ending "
                                                  "with '.'"),
                        {name});
        };
        resourceGroup("", t_);
        for (std::size_t v = 0; v < t_.vnets.size(); ++v) {
            const Vnet& vnet = t_.vnets[v];
            azureName([&] { return at("vnets", v) + "/name"; }, vnet.name);
            resourceGroup(at("vnets", v), vnet);
            for (std::size_t s = 0; s < vnet.subnets.size(); ++s)
                azureName([&] { return at("vnets", v) + "/subnets/" + std::to_string(s) + "/name"; },
                          vnet.subnets[s].name);
        }
        for (std::size_t n = 0; n < t_.nsgs.size(); ++n) {
            azureName([&] { return at("nsgs", n) + "/name"; }, t_.nsgs[n].name);
            resourceGroup(at("nsgs", n), t_.nsgs[n]);
            for (std::size_t r = 0; r < t_.nsgs[n].securityRules.size(); ++r)
                azureName([&] { return at("nsgs", n) + "/securityRules/" + std::to_string(r) + "/name"; },
                          t_.nsgs[n].securityRules[r].name);
        }
        for (std::size_t n = 0; n < t_.routeTables.size(); ++n) {
            azureName([&] { return at("routeTables", n) + "/name"; }, t_.routeTables[n].name);
            resourceGroup(at("routeTables", n), t_.routeTables[n]);
            for (std::size_t r = 0; r < t_.routeTables[n].routes.size(); ++r)
                azureName([&] { return at("routeTables", n) + "/routes/" + std::to_string(r) + "/name"; },
                          t_.routeTables[n].routes[r].name);
        }
    }

    // "internet" is the id of the Internet itself (the canvas's node, a hop's node, a finding's
    // object): an object of the file with that id would be taken for it.
    void reservedIds() {
        const ObjectRef* ref = index_.find("internet");
        if (!ref) return;
        static const std::map<ObjectKind, std::pair<const char*, const char*>> lists = {
            {ObjectKind::Site, {"sites", nullptr}},
            {ObjectKind::Host, {"sites", "hosts"}},
            {ObjectKind::Circuit, {"circuits", nullptr}},
            {ObjectKind::Vnet, {"vnets", nullptr}},
            {ObjectKind::Subnet, {"vnets", "subnets"}},
            {ObjectKind::Peering, {"peerings", nullptr}},
            {ObjectKind::Gateway, {"gateways", nullptr}},
            {ObjectKind::Connection, {"connections", nullptr}},
            {ObjectKind::RouteServer, {"routeServers", nullptr}},
            {ObjectKind::Vm, {"vms", nullptr}},
            {ObjectKind::Nic, {"vms", "nics"}},
            {ObjectKind::AppGateway, {"appGateways", nullptr}},
            {ObjectKind::NatGateway, {"natGateways", nullptr}},
            {ObjectKind::Nsg, {"nsgs", nullptr}},
            {ObjectKind::RouteTable, {"routeTables", nullptr}},
            {ObjectKind::Endpoint, {"endpoints", nullptr}},
            {ObjectKind::Flow, {"flows", nullptr}},
            {ObjectKind::Firewall, {"firewalls", nullptr}},
            {ObjectKind::PrivateEndpoint, {"privateEndpoints", nullptr}},
            {ObjectKind::ApplicationSecurityGroup, {"applicationSecurityGroups", nullptr}},
            {ObjectKind::LoadBalancer, {"loadBalancers", nullptr}},
            {ObjectKind::LoadBalancerFrontend, {"loadBalancers", "frontendIPConfigurations"}},
            {ObjectKind::LoadBalancerPool, {"loadBalancers", "backendAddressPools"}}};
        const auto& [list, members] = lists.at(ref->kind);
        std::string pointer = at(list, std::size_t(ref->index));
        if (members) pointer += std::string("/") + members + "/" + std::to_string(ref->member);
        warning(pointer + "/id", "ID_RESERVED",
                QT_TRANSLATE_NOOP("Lint",
                                  "the id \"internet\" stands for the Internet itself (on the canvas and "
                                  "in traces); give this object another id"),
                {});
    }

    // ---- version 2 (topology-format.md "Version 2"; azure-facts-2 §12, §14, §16) ----

    void firewalls() {
        std::map<Id, std::size_t> perVnet;
        for (std::size_t f = 0; f < t_.firewalls.size(); ++f) {
            const Firewall& fw = t_.firewalls[f];
            const std::string p = at("firewalls", f);
            const Vnet* vnet = index_.vnet(fw.vnet);
            if (!vnet) continue;
            // "two firewalls cannot exist within the same virtual network" (§12.1).
            if (const auto [it, first] = perVnet.emplace(fw.vnet, f); !first)
                error(p + "/vnet", "FIREWALL_PER_VNET",
                      QT_TRANSLATE_NOOP("Lint",
                                        "VNet \"%1\" already holds Azure Firewall \"%2\"; Azure allows one "
                                        "firewall per VNet"),
                      {Message::object(fw.vnet), Message::object(t_.firewalls[it->second].id)});
            const Subnet* subnet = vnet->subnetNamed("AzureFirewallSubnet");
            if (!subnet) {
                error(p + "/vnet", "FIREWALL_SUBNET_MISSING",
                      QT_TRANSLATE_NOOP("Lint",
                                        "Azure Firewall \"%1\" needs a subnet named AzureFirewallSubnet "
                                        "(/26 or larger) in VNet \"%2\""),
                      {Message::object(fw.id), Message::object(fw.vnet)});
                continue;
            }
            // Subnet NSGs on AzureFirewallSubnet "aren't required" and "are disabled" (§12.1).
            if (!subnet->nsg.empty())
                warning(p + "/vnet", "NSG_ON_FIREWALL_SUBNET",
                        QT_TRANSLATE_NOOP("Lint",
                                          "NSG \"%1\" on AzureFirewallSubnet of VNet \"%2\" is not applied: "
                                          "Azure protects the firewall itself"),
                        {Message::object(subnet->nsg), Message::object(fw.vnet)});
            if (subnet->addressPrefix.length() > 26)
                error(p + "/vnet", "FIREWALL_SUBNET_SIZE",
                      QT_TRANSLATE_NOOP("Lint",
                                        "AzureFirewallSubnet of VNet \"%1\" is %2; Azure Firewall needs "
                                        "/26 or larger"),
                      {Message::object(fw.vnet), subnet->addressPrefix.toString()});
            if (fw.privateIp && !subnet->addressPrefix.contains(*fw.privateIp))
                error(p + "/privateIp", "FIREWALL_IP_OUTSIDE_SUBNET",
                      QT_TRANSLATE_NOOP("Lint",
                                        "%1 is not in AzureFirewallSubnet (%2) of Azure Firewall \"%3\""),
                      {fw.privateIp->toString(), subnet->addressPrefix.toString(), Message::object(fw.id)});
            for (std::size_t i = 0; i < fw.instanceIps.size(); ++i)
                if (!subnet->addressPrefix.contains(fw.instanceIps[i]))
                    error(p + "/instanceIps/" + std::to_string(i), "FIREWALL_IP_OUTSIDE_SUBNET",
                          QT_TRANSLATE_NOOP("Lint", "%1 is not in AzureFirewallSubnet (%2) of Azure Firewall "
                                                    "\"%3\""),
                          {fw.instanceIps[i].toString(), subnet->addressPrefix.toString(),
                           Message::object(fw.id)});
            // Forced tunneling needs its management subnet (§12.1); without it, the firewall's
            // subnet must send 0.0.0.0/0 to the Internet (§12.2).
            if (fw.forcedTunneling) {
                const Subnet* management = vnet->subnetNamed("AzureFirewallManagementSubnet");
                if (!management || management->addressPrefix.length() > 26)
                    error(p + "/forcedTunneling", "FIREWALL_MANAGEMENT_SUBNET",
                          QT_TRANSLATE_NOOP("Lint",
                                            "Azure Firewall \"%1\" in forced-tunneling mode needs a subnet "
                                            "named AzureFirewallManagementSubnet (/26 or larger) in VNet "
                                            "\"%2\""),
                          {Message::object(fw.id), Message::object(fw.vnet)});
            } else if (const RouteTable* table = index_.routeTable(subnet->routeTable)) {
                for (const auto& route : table->routes)
                    if (route.serviceTag.empty() && route.addressPrefix.length() == 0 &&
                        route.nextHopType != NextHopType::Internet)
                        error(p + "/forcedTunneling", "FIREWALL_DEFAULT_ROUTE",
                              QT_TRANSLATE_NOOP("Lint",
                                                "Route table \"%1\" sends 0.0.0.0/0 from AzureFirewallSubnet "
                                                "to %2; without forced-tunneling mode Azure Firewall needs "
                                                "0.0.0.0/0 to the Internet"),
                              {Message::object(table->id), toString(route.nextHopType)});
            }
            if (!fw.policy) continue;
            const auto& groups = fw.policy->ruleCollectionGroups;
            policyNames(p, *fw.policy);
            for (std::size_t g = 0; g < groups.size(); ++g)
                for (std::size_t c = 0; c < groups[g].ruleCollections.size(); ++c) {
                    const FirewallRuleCollection& rc = groups[g].ruleCollections[c];
                    const std::string cp = p + "/policy/ruleCollectionGroups/" + std::to_string(g) +
                                           "/ruleCollections/" + std::to_string(c);
                    const bool nat = rc.ruleCollectionType == FirewallRuleCollectionType::Nat;
                    if (nat != (rc.action == FirewallAction::Dnat))
                        error(cp + "/action", "FIREWALL_COLLECTION_ACTION",
                              QT_TRANSLATE_NOOP("Lint",
                                                "rule collection \"%1\": a NAT collection's action is Dnat, "
                                                "a filter collection's Allow or Deny"),
                              {rc.name});
                    for (std::size_t r = 0; r < rc.rules.size(); ++r) {
                        const FirewallRule& rule = rc.rules[r];
                        const std::string rp = cp + "/rules/" + std::to_string(r);
                        if (nat != (rule.ruleType == FirewallRuleType::NatRule))
                            error(rp + "/ruleType", "FIREWALL_RULE_TYPE",
                                  QT_TRANSLATE_NOOP("Lint", "rule \"%1\" is a %2 in a %3 collection"),
                                  {rule.name, toString(rule.ruleType), toString(rc.ruleCollectionType)});
                        // NAT rules take ports 1 to 63999 only (§12.5, FWKI).
                        if (rule.ruleType == FirewallRuleType::NatRule && rule.translatedPort &&
                            *rule.translatedPort > 63999)
                            error(rp + "/translatedPort", "FIREWALL_NAT_PORT",
                                  QT_TRANSLATE_NOOP("Lint", "DNAT rule \"%1\" translates to port %2; Azure "
                                                            "Firewall NAT rules take ports 1 to 63999"),
                                  {rule.name, std::to_string(*rule.translatedPort)});
                        if (rule.ruleType == FirewallRuleType::NatRule)
                            for (const auto& d : rule.destinationAddresses) {
                                const auto ip = Ipv4Address::parse(d);
                                if (!ip || std::find(fw.publicIps.begin(), fw.publicIps.end(), *ip) ==
                                               fw.publicIps.end())
                                    warning(rp + "/destinationAddresses", "FIREWALL_DNAT_ADDRESS",
                                            QT_TRANSLATE_NOOP("Lint",
                                                              "DNAT rule \"%1\" listens on %2, which is not "
                                                              "a public IP of Azure Firewall \"%3\": it "
                                                              "never matches"),
                                            {rule.name, d, Message::object(fw.id)});
                            }
                    }
                }
        }
    }

    // Names Azure keeps unique (groups in a policy, collections in a group, rules in a
    // collection), what each kind of rule must name, one rule type per collection, and
    // addresses the firewall understands.
    void policyNames(const std::string& p, const FirewallPolicy& policy) {
        // Azure requires a name for each group, collection and rule, unique among its siblings;
        // an empty one also made the fix script name nothing (--collection-name='', breaker).
        auto duplicate = [&](const std::string& pointer, const std::string& name) {
            if (name.empty())
                error(pointer, "FIREWALL_NAME_EMPTY",
                      QT_TRANSLATE_NOOP("Lint",
                                        "a firewall policy's groups, collections and rules need a name"),
                      {});
            else
                error(pointer, "FIREWALL_NAME_DUPLICATE",
                      QT_TRANSLATE_NOOP("Lint",
                                        "the name \"%1\" is used twice here; Azure keeps these names unique"),
                      {name});
        };
        std::set<std::string> groupNames;
        for (std::size_t g = 0; g < policy.ruleCollectionGroups.size(); ++g) {
            const auto& group = policy.ruleCollectionGroups[g];
            const std::string gp = p + "/policy/ruleCollectionGroups/" + std::to_string(g);
            if (!groupNames.insert(group.name).second || group.name.empty())
                duplicate(gp + "/name", group.name);
            std::set<std::string> collectionNames;
            std::set<int> priorities;
            for (std::size_t c = 0; c < group.ruleCollections.size(); ++c) {
                const auto& rc = group.ruleCollections[c];
                const std::string cp = gp + "/ruleCollections/" + std::to_string(c);
                if (!collectionNames.insert(rc.name).second || rc.name.empty())
                    duplicate(cp + "/name", rc.name);
                if (!priorities.insert(rc.priority).second)
                    warning(cp + "/priority", "FIREWALL_PRIORITY_DUPLICATE",
                            QT_TRANSLATE_NOOP("Lint",
                                              "another collection of group \"%1\" has priority %2: their "
                                              "order is not defined (the file's order is used)"),
                            {group.name, std::to_string(rc.priority)});
                std::set<std::string> ruleNames;
                std::set<FirewallRuleType> types;
                for (std::size_t r = 0; r < rc.rules.size(); ++r) {
                    const FirewallRule& rule = rc.rules[r];
                    const std::string rp = cp + "/rules/" + std::to_string(r);
                    if (!ruleNames.insert(rule.name).second || rule.name.empty())
                        duplicate(rp + "/name", rule.name);
                    types.insert(rule.ruleType);
                    if (types.size() == 2 && rc.ruleCollectionType == FirewallRuleCollectionType::Filter)
                        error(rp + "/ruleType", "FIREWALL_RULE_TYPE",
                              QT_TRANSLATE_NOOP("Lint", "rule \"%1\" is a %2 in a %3 collection"),
                              {rule.name, toString(rule.ruleType), toString(rc.ruleCollectionType)});
                    auto required = [&](const char* key, bool missing) {
                        if (missing)
                            error(rp + "/" + key, "FIREWALL_RULE_EMPTY",
                                  QT_TRANSLATE_NOOP("Lint",
                                                    "rule \"%1\" has no %2; Azure requires at least one"),
                                  {rule.name, key});
                    };
                    required("sourceAddresses", rule.sourceAddresses.empty());
                    if (rule.ruleType != FirewallRuleType::ApplicationRule) {
                        required("ipProtocols", rule.ipProtocols.empty());
                        required("destinationPorts", rule.destinationPorts.empty());
                        required("destinationAddresses",
                                 rule.destinationAddresses.empty() && rule.destinationFqdns.empty());
                    } else {
                        required("protocols", rule.protocols.empty());
                        required("targetFqdns", rule.targetFqdns.empty() && rule.fqdnTags.empty());
                    }
                    for (const auto* list : {&rule.sourceAddresses, &rule.destinationAddresses})
                        for (const auto& a : *list) {
                            if (a == "*" || Ipv4Range::parse(a)) continue;
                            // A service tag: by the loaded tag file, else uncertain (not never).
                            if (looksLikeServiceTag(a)) {
                                if (!catalog_.serviceTags() || !catalog_.serviceTags()->find(a))
                                    serviceTagUnresolved(rp, rule.name, a);
                                continue;
                            }
                            warning(rp, "FIREWALL_ADDRESS_UNKNOWN",
                                    QT_TRANSLATE_NOOP("Lint",
                                                      "rule \"%1\" names \"%2\", which is no address, "
                                                      "range, prefix or service tag: IP groups are not "
                                                      "modelled, so it never matches here"),
                                    {rule.name, a});
                        }
                    if (!rule.destinationFqdns.empty())
                        warning(rp + "/destinationFqdns", "FIREWALL_NETWORK_FQDN",
                                QT_TRANSLATE_NOOP(
                                    "Lint", "network rule \"%1\" names FQDNs: Azure needs the firewall's "
                                            "DNS proxy for them (assumed here); its clients must use the "
                                            "firewall as DNS server"),
                                {rule.name});
                }
            }
        }
    }

    void privateEndpoints() {
        for (std::size_t i = 0; i < t_.privateEndpoints.size(); ++i) {
            const PrivateEndpoint& pe = t_.privateEndpoints[i];
            const Subnet* subnet = index_.subnet(pe.subnet);
            if (subnet && !subnet->addressPrefix.contains(pe.privateIp))
                error(at("privateEndpoints", i) + "/privateIp", "PRIVATE_ENDPOINT_OUTSIDE_SUBNET",
                      QT_TRANSLATE_NOOP("Lint", "%1 is not in subnet \"%2\" (%3) of private endpoint \"%4\""),
                      {pe.privateIp.toString(), Message::object(pe.subnet), subnet->addressPrefix.toString(),
                       Message::object(pe.id)});
        }
    }

    // All NICs of an application security group are in one VNet (§16), and a rule names at most
    // ten groups on each side (NETLIM 12/2022).
    void applicationSecurityGroups() {
        if (t_.applicationSecurityGroups.empty()) return;
        std::map<Id, std::pair<Id, Id>> firstVnet; // group -> (vnet, nic)
        for (std::size_t v = 0; v < t_.vms.size(); ++v)
            for (std::size_t n = 0; n < t_.vms[v].nics.size(); ++n) {
                const Nic& nic = t_.vms[v].nics[n];
                const Vnet* vnet = nullptr;
                if (!index_.subnet(nic.subnet, &vnet)) continue;
                for (std::size_t c = 0; c < nic.ipConfigurations.size(); ++c)
                    for (std::size_t g = 0; g < nic.ipConfigurations[c].applicationSecurityGroups.size();
                         ++g) {
                        const Id& group = nic.ipConfigurations[c].applicationSecurityGroups[g];
                        const auto [it, first] = firstVnet.emplace(group, std::make_pair(vnet->id, nic.id));
                        if (!first && it->second.first != vnet->id)
                            error(at("vms", v) + "/nics/" + std::to_string(n) + "/ipConfigurations/" +
                                      std::to_string(c) + "/applicationSecurityGroups/" + std::to_string(g),
                                  "ASG_VNETS",
                                  QT_TRANSLATE_NOOP("Lint",
                                                    "NIC \"%1\" is in VNet \"%2\", but application "
                                                    "security group \"%3\" already holds NIC \"%4\" of "
                                                    "VNet \"%5\"; Azure keeps a group's NICs in one VNet"),
                                  {Message::object(nic.id), Message::object(vnet->id), Message::object(group),
                                   Message::object(it->second.second), Message::object(it->second.first)});
                    }
            }
        for (std::size_t n = 0; n < t_.nsgs.size(); ++n)
            for (std::size_t r = 0; r < t_.nsgs[n].securityRules.size(); ++r) {
                const SecurityRule& rule = t_.nsgs[n].securityRules[r];
                for (const auto* groups :
                     {&rule.sourceApplicationSecurityGroups, &rule.destinationApplicationSecurityGroups})
                    if (groups->size() > 10)
                        error(at("nsgs", n) + "/securityRules/" + std::to_string(r), "ASG_RULE_LIMIT",
                              QT_TRANSLATE_NOOP("Lint",
                                                "rule \"%1\" names %2 application security groups on one "
                                                "side; Azure allows 10"),
                              {rule.name, std::to_string(groups->size())});
            }
    }

    void subnets() {
        for (std::size_t v = 0; v < t_.vnets.size(); ++v) {
            const Vnet& vnet = t_.vnets[v];
            for (std::size_t s = 0; s < vnet.subnets.size(); ++s) {
                const Subnet& subnet = vnet.subnets[s];
                const std::string p = at("vnets", v) + "/subnets/" + std::to_string(s);
                // "not supported … Gateways created with this configuration will be blocked from
                // creation" (azure-facts §1.5; Route Server likewise): the palette refuses it, the
                // inspector and a hand-written file must not let it pass either.
                if (subnet.isPlatformSubnet() && !subnet.nsg.empty())
                    error(p + "/nsg", "NSG_ON_PLATFORM_SUBNET",
                          QT_TRANSLATE_NOOP("Lint", "Azure does not support a network security group on %1 "
                                                    "(\"%2\" in VNet \"%3\"): remove it"),
                          {subnet.name, Message::object(subnet.nsg), Message::object(vnet.id)});
                bool inside = false;
                for (const auto& range : vnet.addressSpace)
                    inside = inside || range.contains(subnet.addressPrefix);
                if (!inside)
                    error(p + "/addressPrefix", "SUBNET_OUTSIDE_VNET",
                          QT_TRANSLATE_NOOP("Lint",
                                            "subnet \"%1\" (%2) is outside the address space of VNet \"%3\""),
                          {Message::object(subnet.id), subnet.addressPrefix.toString(),
                           Message::object(vnet.id)});
                for (std::size_t o = s + 1; o < vnet.subnets.size(); ++o)
                    if (subnet.addressPrefix.overlaps(vnet.subnets[o].addressPrefix))
                        error(at("vnets", v) + "/subnets/" + std::to_string(o) + "/addressPrefix",
                              "SUBNET_OVERLAP",
                              QT_TRANSLATE_NOOP("Lint", "subnet \"%1\" (%2) overlaps subnet \"%3\" (%4)"),
                              {Message::object(vnet.subnets[o].id), vnet.subnets[o].addressPrefix.toString(),
                               Message::object(subnet.id), subnet.addressPrefix.toString()});
                // Smallest IPv4 subnet is /29 (azure-facts §1.7).
                if (subnet.addressPrefix.length() > 29)
                    error(p + "/addressPrefix", "SUBNET_TOO_SMALL",
                          QT_TRANSLATE_NOOP("Lint", "subnet \"%1\" is %2; Azure's smallest subnet is /29"),
                          {Message::object(subnet.id), subnet.addressPrefix.toString()});
            }
            for (std::size_t a = 0; a < vnet.addressSpace.size(); ++a)
                if (vnet.addressSpace[a].contains(wellknown::kWireServer) ||
                    Ipv4Prefix(Ipv4Address(169, 254, 0, 0), 16).overlaps(vnet.addressSpace[a]) ||
                    Ipv4Prefix(Ipv4Address(127, 0, 0, 0), 8).overlaps(vnet.addressSpace[a]) ||
                    Ipv4Prefix(Ipv4Address(224, 0, 0, 0), 4).overlaps(vnet.addressSpace[a]))
                    error(at("vnets", v) + "/addressSpace/" + std::to_string(a), "VNET_FORBIDDEN_RANGE",
                          QT_TRANSLATE_NOOP("Lint",
                                            "%1 cannot be VNet address space (Azure reserves 224.0.0.0/4, "
                                            "127.0.0.0/8, 169.254.0.0/16 and 168.63.129.16)"),
                          {vnet.addressSpace[a].toString()});
        }
    }

    void peerings() {
        std::map<Id, std::vector<std::size_t>> remoteUsers; // vnet -> peerings where it uses remote gateways
        for (std::size_t i = 0; i < t_.peerings.size(); ++i) {
            const Peering& p = t_.peerings[i];
            const Vnet* a = index_.vnet(p.vnets[0]);
            const Vnet* b = index_.vnet(p.vnets[1]);
            if (!a || !b) continue;
            for (const auto& ra : a->addressSpace)
                for (const auto& rb : b->addressSpace)
                    if (ra.overlaps(rb))
                        error(at("peerings", i) + "/vnets", "PEERED_SPACE_OVERLAP",
                              QT_TRANSLATE_NOOP(
                                  "Lint",
                                  "peered VNets \"%1\" (%2) and \"%3\" (%4) have overlapping address spaces"),
                              {Message::object(a->id), ra.toString(), Message::object(b->id), rb.toString()});
            if (!p.gatewayTransit) continue;
            const Id& user = p.gatewayTransit->user;
            const Id& provider = p.gatewayTransit->provider;
            if (!user.empty()) {
                remoteUsers[user].push_back(i);
                if (hasOwnGateway(user))
                    error(at("peerings", i) + "/gatewayTransit/user", "REMOTE_GATEWAY_WITH_OWN",
                          QT_TRANSLATE_NOOP("Lint",
                                            "VNet \"%1\" has its own gateway and cannot use remote gateways"),
                          {user});
                const Id other = user == p.vnets[0] ? p.vnets[1] : p.vnets[0];
                if (provider != other)
                    error(at("peerings", i) + "/gatewayTransit", "REMOTE_GATEWAY_NO_TRANSIT",
                          QT_TRANSLATE_NOOP("Lint", "VNet \"%1\" uses remote gateways, but \"%2\" does not "
                                                    "allow gateway transit on this peering"),
                          {user, other});
                else if (!hasOwnGateway(other) && !hasRouteServer(other))
                    error(at("peerings", i) + "/gatewayTransit", "REMOTE_GATEWAY_NONE",
                          QT_TRANSLATE_NOOP(
                              "Lint",
                              "VNet \"%1\" uses remote gateways, but \"%2\" has no gateway or Route Server"),
                          {user, other});
            }
        }
        for (const auto& [vnet, list] : remoteUsers)
            if (list.size() > 1)
                for (std::size_t k = 1; k < list.size(); ++k)
                    error(at("peerings", list[k]) + "/gatewayTransit/user", "REMOTE_GATEWAY_MULTIPLE",
                          QT_TRANSLATE_NOOP("Lint", "VNet \"%1\" uses remote gateways on more than one "
                                                    "peering; Azure allows only one"),
                          {vnet});
    }

    bool hasOwnGateway(const Id& vnet) const {
        for (const auto& g : t_.gateways)
            if (g.vnet == vnet) return true;
        return false;
    }
    bool hasRouteServer(const Id& vnet) const {
        for (const auto& r : t_.routeServers)
            if (r.vnet == vnet) return true;
        return false;
    }

    // NIC addresses inside their subnet, not reserved, not used twice in a VNet.
    // A VM has exactly one primary NIC (Azure: "a VM must have one primary network interface");
    // with more than one marked, Pathlight would pick the first.
    void primaryNics() {
        for (std::size_t v = 0; v < t_.vms.size(); ++v) {
            std::vector<std::string> primaries;
            for (const auto& nic : t_.vms[v].nics)
                if (nic.primary) primaries.push_back(nic.id);
            if (primaries.size() > 1)
                error(at("vms", v) + "/nics", "MULTIPLE_PRIMARY_NICS",
                      QT_TRANSLATE_NOOP("Lint",
                                        "VM \"%1\" marks NICs \"%2\" and \"%3\" as primary; a VM has one "
                                        "primary NIC"),
                      {Message::object(t_.vms[v].id), primaries[0], primaries[1]});
        }
    }

    void addresses() {
        std::unordered_map<std::string, std::map<std::uint32_t, std::string>> used; // vnet -> ip -> who
        auto claim = [&](const Id& vnet, Ipv4Address ip, const std::string& pointer, const std::string& who) {
            auto [it, inserted] = used[vnet].emplace(ip.value(), who);
            if (!inserted)
                error(pointer, "DUPLICATE_ADDRESS",
                      QT_TRANSLATE_NOOP("Lint", "%1 is used by %2 and %3 in the same VNet"),
                      {ip.toString(), it->second, who});
        };
        for (std::size_t v = 0; v < t_.vms.size(); ++v)
            for (std::size_t n = 0; n < t_.vms[v].nics.size(); ++n) {
                const Nic& nic = t_.vms[v].nics[n];
                const Vnet* vnet = nullptr;
                const Subnet* subnet = index_.subnet(nic.subnet, &vnet);
                if (!subnet) continue;
                for (std::size_t c = 0; c < nic.ipConfigurations.size(); ++c) {
                    const Ipv4Address ip = nic.ipConfigurations[c].privateIp;
                    const std::string p = at("vms", v) + "/nics/" + std::to_string(n) + "/ipConfigurations/" +
                                          std::to_string(c) + "/privateIp";
                    // Who holds it, by name in the reader's language (Message::object), not an
                    // English kind word.
                    checkSubnetAddress(subnet, ip, p, Message::object(nic.id));
                    claim(vnet->id, ip, p, Message::object(nic.id));
                }
            }
        for (std::size_t a = 0; a < t_.appGateways.size(); ++a) {
            const AppGateway& gw = t_.appGateways[a];
            const Vnet* vnet = nullptr;
            const Subnet* subnet = index_.subnet(gw.subnet, &vnet);
            if (!subnet) continue;
            const std::string who = Message::object(gw.id);
            for (std::size_t i = 0; i < gw.instanceIps.size(); ++i) {
                const std::string p = at("appGateways", a) + "/instanceIps/" + std::to_string(i);
                checkSubnetAddress(subnet, gw.instanceIps[i], p, who);
                claim(vnet->id, gw.instanceIps[i], p, who);
            }
            if (gw.frontendPrivateIp) {
                checkSubnetAddress(subnet, *gw.frontendPrivateIp, at("appGateways", a) + "/frontendPrivateIp",
                                   who);
                claim(vnet->id, *gw.frontendPrivateIp, at("appGateways", a) + "/frontendPrivateIp", who);
            }
        }
        // Version 2's addresses: a firewall's front end and instances, private endpoints, internal
        // load balancer frontends (their subnets are checked in their own sections).
        for (std::size_t f = 0; f < t_.firewalls.size(); ++f) {
            const Firewall& fw = t_.firewalls[f];
            if (!index_.vnet(fw.vnet)) continue;
            if (const auto front = firewallPrivateIp(t_, fw))
                claim(fw.vnet, *front, at("firewalls", f) + "/privateIp", Message::object(fw.id));
            for (const auto& ip : firewallInstanceIps(t_, fw))
                if (ip != firewallPrivateIp(t_, fw))
                    claim(fw.vnet, ip, at("firewalls", f) + "/instanceIps", Message::object(fw.id));
        }
        for (std::size_t i = 0; i < t_.privateEndpoints.size(); ++i) {
            const Vnet* vnet = nullptr;
            if (index_.subnet(t_.privateEndpoints[i].subnet, &vnet))
                claim(vnet->id, t_.privateEndpoints[i].privateIp, at("privateEndpoints", i) + "/privateIp",
                      Message::object(t_.privateEndpoints[i].id));
        }
        for (std::size_t l = 0; l < t_.loadBalancers.size(); ++l)
            for (std::size_t f = 0; f < t_.loadBalancers[l].frontendIPConfigurations.size(); ++f) {
                const LoadBalancerFrontend& fe = t_.loadBalancers[l].frontendIPConfigurations[f];
                const Vnet* vnet = nullptr;
                const Subnet* subnet = index_.subnet(fe.subnet, &vnet);
                if (!subnet || !fe.privateIPAddress) continue;
                const std::string p = at("loadBalancers", l) + "/frontendIPConfigurations/" +
                                      std::to_string(f) + "/privateIPAddress";
                checkSubnetAddress(subnet, *fe.privateIPAddress, p, Message::object(fe.id));
                claim(vnet->id, *fe.privateIPAddress, p, Message::object(fe.id));
            }
    }

    void checkSubnetAddress(const Subnet* subnet, Ipv4Address ip, const std::string& pointer,
                            const std::string& who) {
        if (!subnet->addressPrefix.contains(ip))
            error(pointer, "ADDRESS_OUTSIDE_SUBNET",
                  QT_TRANSLATE_NOOP("Lint", "%1 of %2 is outside its subnet \"%3\" (%4)"),
                  {ip.toString(), who, Message::object(subnet->id), subnet->addressPrefix.toString()});
        else if (isReservedSubnetAddress(subnet->addressPrefix, ip))
            error(pointer, "ADDRESS_RESERVED",
                  QT_TRANSLATE_NOOP("Lint", "%1 of %2 is one of the five addresses Azure reserves in %3 (the "
                                            "first four and the last)"),
                  {ip.toString(), who, subnet->addressPrefix.toString()});
    }

    void nsgs() {
        for (std::size_t n = 0; n < t_.nsgs.size(); ++n) {
            if (t_.nsgs[n].securityRules.size() > kNsgRuleLimit)
                error(at("nsgs", n) + "/securityRules", "NSG_RULE_LIMIT",
                      QT_TRANSLATE_NOOP("Lint", "NSG \"%1\" has %2 rules; Azure allows 1,000"),
                      {Message::object(t_.nsgs[n].id), std::to_string(t_.nsgs[n].securityRules.size())});
            // Checked after every edit on 500 NSGs of 50 rules: no pointer is written and nothing
            // is copied unless there is an error.
            const auto& rules = t_.nsgs[n].securityRules;
            auto base = [&](std::size_t r) { return at("nsgs", n) + "/securityRules/" + std::to_string(r); };
            for (std::size_t r = 0; r < rules.size(); ++r) {
                const SecurityRule& rule = rules[r];
                for (const bool source : {true, false}) {
                    const char* key = source ? "sourceAddressPrefixes" : "destinationAddressPrefixes";
                    const auto& list = source ? rule.sourceAddressPrefixes : rule.destinationAddressPrefixes;
                    // 4,000 addresses or ranges per rule, each side (azure-facts-2.md "limits").
                    if (list.size() > kNsgRuleAddressLimit)
                        error(base(r) + "/" + key, "NSG_RULE_ADDRESS_LIMIT",
                              QT_TRANSLATE_NOOP("Lint", "rule \"%1\" lists %2 addresses in %3; Azure allows "
                                                        "4,000"),
                              {rule.name, std::to_string(list.size()), key});
                    for (std::size_t e = 0; e < list.size(); ++e) {
                        if (list[e].empty())
                            error(base(r) + "/" + key + "/" + std::to_string(e), "NSG_EMPTY_ADDRESS",
                                  QT_TRANSLATE_NOOP("Lint", "rule \"%1\" has an empty address entry; Azure "
                                                            "needs a prefix, an address, a service tag or *"),
                                  {rule.name});
                        else if (const auto kind = NsgEvaluator::classify(list[e], catalog_.serviceTags());
                                 kind == NsgEvaluator::AddressEntry::UnresolvedServiceTag)
                            serviceTagUnresolved(base(r) + "/" + key + "/" + std::to_string(e), rule.name,
                                                 list[e]);
                        else if (kind == NsgEvaluator::AddressEntry::NearMiss ||
                                 kind == NsgEvaluator::AddressEntry::Unknown)
                            // A typo ("Internt") or a tag Pathlight cannot expand (Storage,
                            // AzureCloud.eastus) never matches here: the rule is silently skipped.
                            warning(base(r) + "/" + key + "/" + std::to_string(e), "NSG_ADDRESS_UNKNOWN",
                                    QT_TRANSLATE_NOOP(
                                        "Lint", "rule \"%1\" names \"%2\", which is not an address, a prefix "
                                                "or a service tag Pathlight knows (%3): the rule never "
                                                "matches it here"),
                                    {rule.name, list[e], knownTagList()});
                    }
                }
                if (rule.priority < 100 || rule.priority > 4096)
                    error(base(r) + "/priority", "NSG_PRIORITY_RANGE",
                          QT_TRANSLATE_NOOP("Lint",
                                            "rule \"%1\" has priority %2; custom rules use 100 to 4096"),
                          {rule.name, std::to_string(rule.priority)});
            }
            // Rule names are the names of child resources: unique within the NSG (ARM); the fixes
            // name the rule they move. Sorted by (name, position): a repeat follows its first.
            std::vector<std::size_t> order(rules.size());
            for (std::size_t r = 0; r < rules.size(); ++r)
                order[r] = r;
            // Case-insensitive, as Azure compares names ("Deny-All" and "deny-all" are one rule).
            std::vector<std::string> lower(rules.size());
            for (std::size_t r = 0; r < rules.size(); ++r)
                lower[r] = asciiLower(rules[r].name);
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return std::tie(lower[a], a) < std::tie(lower[b], b);
            });
            std::vector<std::size_t> repeatedNames;
            for (std::size_t k = 1; k < order.size(); ++k)
                if (lower[order[k]] == lower[order[k - 1]]) repeatedNames.push_back(order[k]);
            std::sort(repeatedNames.begin(), repeatedNames.end());
            for (const std::size_t r : repeatedNames)
                error(base(r) + "/name", "NSG_RULE_NAME_DUPLICATE",
                      QT_TRANSLATE_NOOP("Lint", "NSG \"%1\" has more than one rule named \"%2\"; Azure "
                                                "needs each rule name once"),
                      {Message::object(t_.nsgs[n].id), rules[r].name});
            // (priority, direction): each pair once; a repeat is reported against the first rule.
            std::vector<std::pair<std::int64_t, std::size_t>> slots(rules.size());
            for (std::size_t r = 0; r < rules.size(); ++r)
                slots[r] = {std::int64_t(rules[r].priority) * 2 + int(rules[r].direction), r};
            std::sort(slots.begin(), slots.end());
            std::vector<std::pair<std::size_t, std::size_t>> repeatedSlots; // (rule, first)
            for (std::size_t k = 1, first = 0; k < slots.size(); ++k) {
                if (slots[k].first != slots[first].first)
                    first = k;
                else
                    repeatedSlots.emplace_back(slots[k].second, slots[first].second);
            }
            std::sort(repeatedSlots.begin(), repeatedSlots.end());
            for (const auto& [r, first] : repeatedSlots)
                error(base(r) + "/priority", "NSG_PRIORITY_DUPLICATE",
                      QT_TRANSLATE_NOOP("Lint",
                                        "rules \"%1\" and \"%2\" share priority %3 in the %4 direction"),
                      {rules[first].name, rules[r].name, std::to_string(rules[r].priority),
                       toString(rules[r].direction)});
        }
    }

    // A rule or route naming a service tag that no loaded tag file lists (trace-contract
    // SERVICE_TAG_UNRESOLVED): decisions it could change are traced as uncertain.
    void serviceTagUnresolved(const std::string& pointer, const std::string& owner, const std::string& tag) {
        if (const ServiceTagDatabase* tags = catalog_.serviceTags())
            warning(pointer, "SERVICE_TAG_UNRESOLVED",
                    QT_TRANSLATE_NOOP("Lint", "\"%1\" names service tag %2, which the loaded service tag "
                                              "file (%3, change number %4) does not list: a misspelt or a "
                                              "newer tag; what it could decide is uncertain"),
                    {owner, tag, tags->cloud, std::to_string(tags->changeNumber)});
        else
            warning(pointer, "SERVICE_TAG_UNRESOLVED",
                    QT_TRANSLATE_NOOP("Lint", "\"%1\" names service tag %2, whose addresses Pathlight does "
                                              "not know until a service tag file is loaded; what it could "
                                              "decide is uncertain"),
                    {owner, tag});
    }

    static std::string knownTagList() {
        std::string list;
        for (const auto& tag : knownServiceTags())
            if (tag != "*") list += (list.empty() ? "" : ", ") + tag;
        return list;
    }

    // A VM, NIC, host, Application Gateway or endpoint whose id reads as an address or as a
    // built-in catalog endpoint: a flow naming it means the object, so a flow meant for the
    // address or the service silently goes elsewhere (breaker, 2026-11-30).
    void addressLikeIds() {
        // The catalog's ids, FQDNs and aliases, in lower case, looked up once per id (10,000 NICs
        // on a large estate, linted after every edit).
        std::unordered_set<std::string> catalogNames;
        for (const auto& e : catalog_.entries()) {
            catalogNames.insert(asciiLower(e.endpoint.id));
            if (!e.endpoint.fqdn.empty()) catalogNames.insert(asciiLower(e.endpoint.fqdn));
            for (const auto& alias : e.aliases)
                catalogNames.insert(asciiLower(alias));
        }
        const auto check = [&](const std::string& pointer, const Id& id) {
            if (id.empty()) return;
            const bool digit = id[0] >= '0' && id[0] <= '9';
            if (digit && (Ipv4Address::parse(id) || Ipv4Prefix::parse(id)))
                warning(pointer, "ID_LOOKS_LIKE_ADDRESS",
                        QT_TRANSLATE_NOOP("Lint", "the id \"%1\" reads as an address: a flow naming it means "
                                                  "this object, not the address; give it another id"),
                        {id});
            else if (const CatalogEndpoint* shadowed =
                         catalogNames.count(asciiLower(id))
                             ? (catalog_.byId(id) ? catalog_.byId(id) : catalog_.byFqdn(id))
                             : nullptr)
                warning(pointer, "ID_SHADOWS_CATALOG",
                        QT_TRANSLATE_NOOP("Lint", "the id \"%1\" is also the name of the built-in endpoint "
                                                  "\"%2\": a flow naming it means this object; give it "
                                                  "another id"),
                        {id, endpointNameArg(shadowed->endpoint)});
        };
        for (std::size_t v = 0; v < t_.vms.size(); ++v) {
            check(at("vms", v) + "/id", t_.vms[v].id);
            for (std::size_t n = 0; n < t_.vms[v].nics.size(); ++n)
                check(at("vms", v) + "/nics/" + std::to_string(n) + "/id", t_.vms[v].nics[n].id);
        }
        for (std::size_t s = 0; s < t_.sites.size(); ++s)
            for (std::size_t h = 0; h < t_.sites[s].hosts.size(); ++h)
                check(at("sites", s) + "/hosts/" + std::to_string(h) + "/id", t_.sites[s].hosts[h].id);
        for (std::size_t a = 0; a < t_.appGateways.size(); ++a)
            check(at("appGateways", a) + "/id", t_.appGateways[a].id);
        for (std::size_t e = 0; e < t_.endpoints.size(); ++e)
            check(at("endpoints", e) + "/id", t_.endpoints[e].id);
    }

    // Two NSGs or two route tables with one name in one resource group are one resource in
    // Azure (names are case-insensitive): a script creating the second rewrites the first.
    void duplicateAzureNames() {
        const auto group = [&](const Extra& object) {
            return asciiLower(resourceGroupOf(t_, object).value_or(""));
        };
        const auto scan = [&](const char* list, const auto& objects) {
            std::map<std::pair<std::string, std::string>, std::size_t> first;
            for (std::size_t i = 0; i < objects.size(); ++i) {
                const auto& o = objects[i];
                const std::string name = o.name.empty() ? o.id : o.name;
                const auto [it, added] = first.emplace(std::make_pair(group(o), asciiLower(name)), i);
                if (!added)
                    warning(at(list, i) + "/name", "AZURE_NAME_DUPLICATE",
                            QT_TRANSLATE_NOOP("Lint", "\"%1\" and \"%2\" have the same name \"%3\" in one "
                                                      "resource group: in Azure they are one resource, and "
                                                      "deploying one rewrites the other"),
                            {Message::object(objects[it->second].id), Message::object(o.id), name});
            }
        };
        scan("nsgs", t_.nsgs);
        scan("routeTables", t_.routeTables);
    }

    const Subnet* subnetNamed(const Id& vnetId, const char* name) const {
        const Vnet* vnet = index_.vnet(vnetId);
        return vnet ? vnet->subnetNamed(name) : nullptr;
    }

    void gateways() {
        for (std::size_t g = 0; g < t_.gateways.size(); ++g)
            if (index_.vnet(t_.gateways[g].vnet) && !subnetNamed(t_.gateways[g].vnet, "GatewaySubnet"))
                error(at("gateways", g) + "/vnet", "GATEWAY_NO_SUBNET",
                      QT_TRANSLATE_NOOP("Lint",
                                        "gateway \"%1\" needs a subnet named GatewaySubnet in VNet \"%2\""),
                      {Message::object(t_.gateways[g].id), Message::object(t_.gateways[g].vnet)});
        for (std::size_t c = 0; c < t_.connections.size(); ++c) {
            const Connection& conn = t_.connections[c];
            const Gateway* gw = index_.gateway(conn.gateway);
            if (gw && gw->type != conn.type)
                error(at("connections", c) + "/type", "CONNECTION_TYPE",
                      QT_TRANSLATE_NOOP("Lint", "connection \"%1\" is %2 but gateway \"%3\" is %4"),
                      {Message::object(conn.id), conn.isVnet2Vnet() ? "Vnet2Vnet" : toString(conn.type),
                       Message::object(gw->id), toString(gw->type)});
            if (conn.isVnet2Vnet()) vnet2Vnet(c, conn, gw);
        }
        vnet2VnetPeers();
    }

    // A VNet-to-VNet connection joins two VPN gateways of two VNets whose address spaces do not
    // overlap (azure-facts-2 §17.4, V2V); with BGP the session is eBGP, so the ASNs must differ.
    void vnet2Vnet(std::size_t c, const Connection& conn, const Gateway* gw) {
        const Gateway* peer = index_.gateway(conn.peerGateway);
        const std::string where = at("connections", c) + "/peerGateway";
        if (!gw || !peer) return;
        if (peer->type != GatewayType::Vpn) {
            error(where, "CONNECTION_TYPE",
                  QT_TRANSLATE_NOOP("Lint", "connection \"%1\" is %2 but gateway \"%3\" is %4"),
                  {Message::object(conn.id), "Vnet2Vnet", Message::object(peer->id), toString(peer->type)});
            return;
        }
        if (peer->vnet == gw->vnet) {
            error(where, "VNET2VNET_SAME_VNET",
                  QT_TRANSLATE_NOOP("Lint",
                                    "VNet-to-VNet connection \"%1\" joins two gateways of VNet \"%2\"; "
                                    "it must join two VNets"),
                  {Message::object(conn.id), Message::object(gw->vnet)});
            return;
        }
        const Vnet* a = index_.vnet(gw->vnet);
        const Vnet* b = index_.vnet(peer->vnet);
        if (a && b && vnet2VnetOverlap(where, conn, *a, *b)) return;
        if (conn.bgp && gw->asn() == peer->asn())
            warning(at("connections", c) + "/bgp", "VNET2VNET_SAME_ASN",
                    QT_TRANSLATE_NOOP("Lint",
                                      "VNet-to-VNet connection \"%1\" uses BGP but both gateways have "
                                      "ASN %2: each drops the other's routes; give one gateway another ASN"),
                    {Message::object(conn.id), std::to_string(gw->asn())});
    }

    // VNET2VNET_OVERLAP when the two VNets' spaces share an address; true when they do.
    bool vnet2VnetOverlap(const std::string& where, const Connection& conn, const Vnet& a, const Vnet& b) {
        const auto overlap = firstOverlap(a.addressSpace, b.addressSpace);
        if (overlap)
            error(where, "VNET2VNET_OVERLAP",
                  QT_TRANSLATE_NOOP("Lint",
                                    "VNet-to-VNet connection \"%1\": the address spaces of \"%2\" (%3) and "
                                    "\"%4\" (%5) overlap"),
                  {Message::object(conn.id), Message::object(a.id), overlap->first.toString(),
                   Message::object(b.id), overlap->second.toString()});
        return overlap.has_value();
    }

    // The VNets one gateway reaches by VNet-to-VNet tunnels: each once (one object stands for
    // both directions), and with address spaces apart, as for the local network gateways of a
    // VPN gateway (azure-facts-2 §17.4; breaker: two peers with one space passed).
    void vnet2VnetPeers() {
        std::map<Id, std::vector<std::pair<std::size_t, const Vnet*>>>
            peersOf; // gateway -> (connection, far VNet)
        for (std::size_t c = 0; c < t_.connections.size(); ++c) {
            const Connection& conn = t_.connections[c];
            if (!conn.isVnet2Vnet()) continue;
            const Gateway* a = index_.gateway(conn.gateway);
            const Gateway* b = index_.gateway(conn.peerGateway);
            if (!a || !b || a->vnet == b->vnet) continue;
            for (const auto& [near, far] : {std::pair{a, b}, std::pair{b, a}}) {
                const Vnet* farVnet = index_.vnet(far->vnet);
                if (!farVnet) continue;
                for (const auto& [other, otherVnet] : peersOf[near->id]) {
                    const std::string where = at("connections", c) + "/peerGateway";
                    if (otherVnet == farVnet) {
                        if (near == a)
                            warning(where, "VNET2VNET_DUPLICATE",
                                    QT_TRANSLATE_NOOP("Lint",
                                                      "connections \"%1\" and \"%2\" join the same two "
                                                      "gateways; one connection stands for both directions"),
                                    {Message::object(t_.connections[other].id), Message::object(conn.id)});
                        continue;
                    }
                    vnet2VnetOverlap(where, conn, *farVnet, *otherVnet);
                }
                peersOf[near->id].push_back({c, farVnet});
            }
        }
    }

    void routeServers() {
        for (std::size_t r = 0; r < t_.routeServers.size(); ++r) {
            const RouteServer& rs = t_.routeServers[r];
            const Subnet* s = subnetNamed(rs.vnet, "RouteServerSubnet");
            if (index_.vnet(rs.vnet) && !s)
                error(
                    at("routeServers", r) + "/vnet", "ROUTE_SERVER_NO_SUBNET",
                    QT_TRANSLATE_NOOP(
                        "Lint", "Route Server \"%1\" needs a subnet named RouteServerSubnet in VNet \"%2\""),
                    {Message::object(rs.id), Message::object(rs.vnet)});
            else if (s && s->addressPrefix.length() > 27)
                error(at("routeServers", r) + "/vnet", "ROUTE_SERVER_SUBNET_SIZE",
                      QT_TRANSLATE_NOOP("Lint",
                                        "RouteServerSubnet of VNet \"%1\" is %2; it must be /27 or larger"),
                      {Message::object(rs.vnet), s->addressPrefix.toString()});
            // Azure's cap; the model uses the first 8 peers only (azure-facts §2.4, RSLIM).
            if (rs.peers.size() > 8)
                error(at("routeServers", r) + "/peers/8", "ROUTE_SERVER_PEER_LIMIT",
                      QT_TRANSLATE_NOOP("Lint", "Route Server \"%1\" has %2 BGP peers; Azure allows 8 (the "
                                                "others are ignored)"),
                      {Message::object(rs.id), std::to_string(rs.peers.size())});
            for (std::size_t p = 0; p < rs.peers.size(); ++p) {
                const Vm* vm = index_.vm(rs.peers[p].vm);
                // More than 4,000 routes from one peer tears the session down (T10, RSFAQ).
                if (vm && vm->nva && vm->nva->bgp && vm->nva->bgp->advertise.size() > 4000)
                    warning(at("vms", std::size_t(index_.find(vm->id)->index)) + "/nva/bgp/advertise",
                            "ROUTE_SERVER_ROUTE_LIMIT",
                            QT_TRANSLATE_NOOP("Lint",
                                              "NVA \"%1\" announces %2 routes; Route Server tears down "
                                              "a session that sends more than 4,000"),
                            {Message::object(vm->id), std::to_string(vm->nva->bgp->advertise.size())});
                if (vm && !vm->nva)
                    warning(at("routeServers", r) + "/peers/" + std::to_string(p) + "/vm",
                            "ROUTE_SERVER_PEER_NOT_NVA",
                            QT_TRANSLATE_NOOP("Lint", "Route Server peer \"%1\" is not marked as an NVA"),
                            {Message::object(vm->id)});
                if (rs.peers[p].asn == 65515)
                    error(at("routeServers", r) + "/peers/" + std::to_string(p) + "/asn",
                          "ROUTE_SERVER_PEER_ASN",
                          QT_TRANSLATE_NOOP("Lint", "an NVA cannot use ASN 65515, Route Server's own"), {});
            }
        }
    }

    // The VNet whose coexisting ExpressRoute and VPN gateways serve a subnet that uses this
    // route table (the subnet's own VNet, or the hub it uses through gateway transit); "" if none.
    std::string vnetWithCoexistingGateways(const Id& table) const {
        for (const auto& v : t_.vnets)
            for (const auto& s : v.subnets) {
                if (s.routeTable != table) continue;
                if (coexistingGateways(t_, v.id)) return v.id;
                for (const auto& p : t_.peerings)
                    if (p.gatewayTransit && p.gatewayTransit->user == v.id &&
                        coexistingGateways(t_, p.gatewayTransit->provider))
                        return p.gatewayTransit->provider;
            }
        return {};
    }

    void routeTables() {
        // Private addresses of NICs without IP forwarding: a VirtualAppliance route to one of them
        // sends traffic to a VM that drops what is not its own (azure-facts §8).
        std::unordered_map<std::uint32_t, const Vm*> plain;
        for (const Vm& vm : t_.vms)
            for (const Nic& nic : vm.nics)
                if (!nic.enableIPForwarding)
                    for (const auto& config : nic.ipConfigurations)
                        plain.emplace(config.privateIp.value(), &vm);
        for (std::size_t r = 0; r < t_.routeTables.size(); ++r) {
            // Azure refuses two routes with one prefix or one name in a table (the first would
            // win here, silently, by file order).
            const auto& routes = t_.routeTables[r].routes;
            // Service tags as prefixes: at most 25 such routes a table (azure-facts §1.3, UDR); a
            // tag no loaded file knows routes nothing here.
            std::size_t tagRoutes = 0;
            for (std::size_t i = 0; i < routes.size(); ++i) {
                if (routes[i].serviceTag.empty()) continue;
                ++tagRoutes;
                if (!catalog_.serviceTags() || !catalog_.serviceTags()->find(routes[i].serviceTag))
                    serviceTagUnresolved(at("routeTables", r) + "/routes/" + std::to_string(i) +
                                             "/addressPrefix",
                                         routes[i].name, routes[i].serviceTag);
            }
            if (tagRoutes > 25)
                error(at("routeTables", r) + "/routes", "ROUTE_SERVICE_TAG_LIMIT",
                      QT_TRANSLATE_NOOP("Lint", "route table \"%1\" has %2 routes on service tags; Azure "
                                                "allows 25 a table"),
                      {Message::object(t_.routeTables[r].id), std::to_string(tagRoutes)});
            std::vector<std::string> lower(routes.size()); // Azure compares names without case
            for (std::size_t i = 0; i < routes.size(); ++i)
                lower[i] = asciiLower(routes[i].name);
            for (std::size_t i = 0; i < routes.size(); ++i)
                for (std::size_t k = 0; k < i; ++k) {
                    const auto p = [&] { return at("routeTables", r) + "/routes/" + std::to_string(i); };
                    if (routes[k].serviceTag.empty() == routes[i].serviceTag.empty() &&
                        (routes[i].serviceTag.empty()
                             ? routes[k].addressPrefix == routes[i].addressPrefix
                             : asciiEqualsNoCase(routes[k].serviceTag, routes[i].serviceTag))) {
                        error(p() + "/addressPrefix", "ROUTE_PREFIX_DUPLICATE",
                              QT_TRANSLATE_NOOP("Lint", "routes \"%1\" and \"%2\" of route table \"%3\" "
                                                        "have the same prefix %4; Azure refuses a second "
                                                        "route for a prefix"),
                              {routes[k].name, routes[i].name, Message::object(t_.routeTables[r].id),
                               routes[i].serviceTag.empty() ? routes[i].addressPrefix.toString()
                                                            : routes[i].serviceTag});
                        break;
                    }
                    if (!routes[i].name.empty() && lower[k] == lower[i]) {
                        error(p() + "/name", "ROUTE_NAME_DUPLICATE",
                              QT_TRANSLATE_NOOP("Lint", "route table \"%1\" has more than one route named "
                                                        "\"%2\"; Azure needs each route name once"),
                              {Message::object(t_.routeTables[r].id), routes[i].name});
                        break;
                    }
                }
            for (std::size_t i = 0; i < t_.routeTables[r].routes.size(); ++i) {
                const Route& route = t_.routeTables[r].routes[i];
                const std::string p = at("routeTables", r) + "/routes/" + std::to_string(i);
                if (route.nextHopType == NextHopType::VirtualAppliance && !route.nextHopIpAddress)
                    error(p + "/nextHopIpAddress", "ROUTE_NO_NEXT_HOP_IP",
                          QT_TRANSLATE_NOOP(
                              "Lint", "route \"%1\" goes to a VirtualAppliance but has no nextHopIpAddress"),
                          {route.name});
                if (route.nextHopType == NextHopType::VirtualNetworkGateway)
                    if (const std::string vnet = vnetWithCoexistingGateways(t_.routeTables[r].id);
                        !vnet.empty())
                        error(p + "/nextHopType", "GATEWAY_UDR_FORBIDDEN",
                              QT_TRANSLATE_NOOP("Lint",
                                                "route \"%1\" goes to VirtualNetworkGateway, which Azure "
                                                "refuses while ExpressRoute and VPN gateways coexist "
                                                "(VNet \"%2\"); use BGP, or a VirtualAppliance route"),
                              {route.name, vnet});
                if (route.nextHopType == NextHopType::VirtualAppliance && route.nextHopIpAddress)
                    if (const auto it = plain.find(route.nextHopIpAddress->value()); it != plain.end())
                        warning(p + "/nextHopIpAddress", "ROUTE_TO_PLAIN_VM",
                                QT_TRANSLATE_NOOP("Lint",
                                                  "route \"%1\" sends traffic to %2, the address of VM "
                                                  "%3, whose NIC does not forward IP traffic: it drops "
                                                  "what is not addressed to it"),
                                {route.name, route.nextHopIpAddress->toString(),
                                 Message::object(it->second->id)});
                if (route.nextHopType != NextHopType::VirtualAppliance && route.nextHopIpAddress)
                    warning(
                        p + "/nextHopIpAddress", "ROUTE_IGNORED_NEXT_HOP_IP",
                        QT_TRANSLATE_NOOP(
                            "Lint",
                            "route \"%1\" has a nextHopIpAddress, which only VirtualAppliance routes use"),
                        {route.name});
            }
        }
    }

    void appGateways() {
        for (std::size_t a = 0; a < t_.appGateways.size(); ++a) {
            const AppGateway& gw = t_.appGateways[a];
            const Subnet* subnet = index_.subnet(gw.subnet);
            if (!subnet) continue;
            // One address per instance, one more for a private frontend, plus Azure's five (T21).
            const std::uint64_t needed = gw.instanceIps.size() + (gw.frontendPrivateIp ? 1 : 0) + 5;
            if (needed > subnet->addressPrefix.size())
                error(at("appGateways", a) + "/subnet", "APPGW_SUBNET_TOO_SMALL",
                      QT_TRANSLATE_NOOP("Lint",
                                        "Application Gateway \"%1\" needs %2 addresses (instances, private "
                                        "frontend and Azure's five), but subnet \"%3\" (%4) has %5"),
                      {Message::object(gw.id), std::to_string(needed), Message::object(subnet->id),
                       subnet->addressPrefix.toString(), std::to_string(subnet->addressPrefix.size())});
            // Classic deployments need GatewayManager on 65200-65535 (v2) or 65503-65534 (v1) (T24).
            if (const Nsg* nsg = index_.nsg(subnet->nsg)) {
                const int probe = gw.isV2() ? 65200 : 65503;
                bool allowed = false, denied = false;
                std::vector<const SecurityRule*> inbound;
                for (const auto& r : nsg->securityRules)
                    if (r.direction == Direction::Inbound) inbound.push_back(&r);
                std::sort(inbound.begin(), inbound.end(),
                          [](auto* x, auto* y) { return x->priority < y->priority; });
                for (const SecurityRule* r : inbound) {
                    bool sourceMatches = false, portMatches = false;
                    for (const auto& src : r->sourceAddressPrefixes)
                        sourceMatches = sourceMatches || src == "GatewayManager" || src == "*";
                    for (const auto& p : r->destinationPortRanges)
                        if (auto range = parsePortRange(p))
                            portMatches = portMatches || range->contains(probe);
                    if (!sourceMatches || !portMatches ||
                        (r->protocol != Protocol::Tcp && r->protocol != Protocol::Any))
                        continue;
                    (r->access == Access::Allow ? allowed : denied) = true;
                    break;
                }
                if (!allowed)
                    warning(at("appGateways", a) + "/subnet", "APPGW_GATEWAY_MANAGER",
                            QT_TRANSLATE_NOOP("Lint",
                                              "NSG \"%1\" on the subnet of Application Gateway \"%2\" does "
                                              "not allow inbound TCP %3 from GatewayManager; backend health "
                                              "shows Unknown unless the gateway is a private deployment"),
                            {Message::object(nsg->id), Message::object(gw.id),
                             gw.isV2() ? std::string("65200-65535") : std::string("65503-65534")});
            }
            if (!gw.isV2()) continue;
            // A v2 gateway that is not a private deployment must keep outbound Internet open
            // (azure-facts §5.3, AGWPRIV): the first outbound rule that matches TCP 443 to the
            // Internet decides, as the NSG would.
            if (const Nsg* nsg = index_.nsg(subnet->nsg)) {
                std::vector<const SecurityRule*> outbound;
                for (const auto& r : nsg->securityRules)
                    if (r.direction == Direction::Outbound) outbound.push_back(&r);
                std::sort(outbound.begin(), outbound.end(),
                          [](auto* x, auto* y) { return x->priority < y->priority; });
                for (const SecurityRule* r : outbound) {
                    bool toInternet = false, https = false;
                    for (const auto& d : r->destinationAddressPrefixes)
                        toInternet = toInternet || d == "*" || d == "Internet" || d == "0.0.0.0/0";
                    for (const auto& p : r->destinationPortRanges)
                        if (auto range = parsePortRange(p)) https = https || range->contains(443);
                    if (!toInternet || !https ||
                        (r->protocol != Protocol::Tcp && r->protocol != Protocol::Any))
                        continue;
                    if (r->access == Access::Deny)
                        error(at("appGateways", a) + "/subnet", "APPGW_V2_OUTBOUND_DENIED",
                              QT_TRANSLATE_NOOP(
                                  "Lint", "NSG \"%1\" on the subnet of Application Gateway v2 \"%2\" denies "
                                          "outbound traffic to the Internet (rule \"%3\"); Azure requires "
                                          "it open unless the gateway is a private deployment"),
                              {Message::object(nsg->id), Message::object(gw.id), r->name});
                    break;
                }
            }
            const RouteTable* rt = index_.routeTable(subnet->routeTable);
            if (!rt) continue;
            for (std::size_t i = 0; i < rt->routes.size(); ++i)
                if (rt->routes[i].serviceTag.empty() && rt->routes[i].addressPrefix.length() == 0 &&
                    rt->routes[i].nextHopType != NextHopType::Internet)
                    error("/routeTables/" + std::to_string(index_.find(rt->id)->index) + "/routes/" +
                              std::to_string(i),
                          "APPGW_V2_DEFAULT_ROUTE",
                          // Azure's own error text (azure-facts §5.4).
                          QT_TRANSLATE_NOOP("Lint", "For routes associated to subnet containing Application "
                                                    "Gateway V2, please ensure '0.0.0.0/0' uses Next Hop "
                                                    "Type as 'Internet' (route table \"%1\", subnet \"%2\")"),
                          {Message::object(rt->id), Message::object(subnet->id)});
        }
    }

    void flows() {
        for (std::size_t f = 0; f < t_.flows.size(); ++f) {
            const Flow& flow = t_.flows[f];
            const std::string& d = flow.destination;
            if (Ipv4Address::parse(d)) continue;
            if (const ObjectRef* r = index_.find(d)) {
                if (r->kind == ObjectKind::Vm || r->kind == ObjectKind::Host ||
                    r->kind == ObjectKind::Endpoint || r->kind == ObjectKind::Nic ||
                    r->kind == ObjectKind::PrivateEndpoint)
                    continue;
                error(at("flows", f) + "/destination", "FLOW_DESTINATION_KIND",
                      QT_TRANSLATE_NOOP("Lint", "flow \"%1\" goes to \"%2\", a %3; a destination is an IP, "
                                                "FQDN, endpoint, private endpoint, vm or host"),
                      {Message::object(flow.id), d, toString(r->kind)});
                continue;
            }
            bool known = catalog_.byId(d) || catalog_.byFqdn(d);
            for (const auto& e : t_.endpoints)
                known = known || e.fqdn == d;
            // A private endpoint's FQDN: private DNS is assumed (topology-format.md "Version 2").
            for (const auto& pe : t_.privateEndpoints)
                known =
                    known || (pe.service && !pe.service->fqdn.empty() && fqdnMatches(pe.service->fqdn, d));
            if (!known)
                error(at("flows", f) + "/destination", "FLOW_DESTINATION_UNKNOWN",
                      QT_TRANSLATE_NOOP("Lint", "flow \"%1\" goes to \"%2\", which is not an IP address, an "
                                                "id, or an FQDN known to the catalog or to endpoints"),
                      {Message::object(flow.id), d});
        }
    }

    const Topology& t_;
    const TopologyIndex& index_;
    const EndpointCatalog& catalog_;
    std::vector<Diagnostic> out_;
};

} // namespace

bool isReservedSubnetAddress(const Ipv4Prefix& subnet, Ipv4Address address) {
    const std::uint32_t offset = address.value() - subnet.network().value();
    return offset < 4 || address == subnet.last();
}

namespace {

std::vector<Diagnostic> joined(std::vector<std::vector<Diagnostic>> sections) {
    std::vector<Diagnostic> all;
    for (auto& section : sections)
        all.insert(all.end(), std::make_move_iterator(section.begin()),
                   std::make_move_iterator(section.end()));
    return all;
}

} // namespace

std::vector<Diagnostic> lintTopology(const Topology& topology, const EndpointCatalog& catalog) {
    const TopologyIndex index(topology);
    return joined(Linter(topology, index, catalog).run(kLintAll, {}));
}

std::vector<Diagnostic> lintTopology(const Topology& topology, const TopologyIndex& index,
                                     const EndpointCatalog& catalog) {
    return joined(Linter(topology, index, catalog).run(kLintAll, {}));
}

std::vector<std::vector<Diagnostic>> lintSections(const Topology& topology, const TopologyIndex& index,
                                                  const EndpointCatalog& catalog, unsigned changed,
                                                  std::vector<std::vector<Diagnostic>> previous) {
    return Linter(topology, index, catalog).run(changed, std::move(previous));
}

} // namespace pathlight
