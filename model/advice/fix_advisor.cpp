// One builder per finding code. Each builds the smallest edit that answers the finding (reusing
// what exists: the subnet's route table, free priorities, unused names) and the scripts that
// make the same change in Azure, with names and resource groups from the topology.

#include "advice/fix_advisor.h"

#include "advice/hcl_writer.h"
#include "advice/script_quote.h"
#include "common/ascii.h"
#include "security/firewall_evaluator.h"
#include "trace/tracer.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

namespace pathlight {

namespace {

constexpr const char* kCtx = "Fix";
constexpr const char* kApiVersion = "2023-09-01";

// Every value from the file is quoted for the script's language (script_quote.h).
std::string sh(const std::string& v) {
    return shellQuote(v);
}
std::string ps(const std::string& v) {
    return powerShellQuote(v);
}
std::string bc(const std::string& v) {
    return bicepString(v);
}
std::string cm(const std::string& v) {
    return commentText(v);
}
std::string hs(const std::string& v) {
    return hclString(v);
}

// ---- Terraform -----------------------------------------------------------------------------

// A label for a new `kind` block ("resource", "data") of `type` ("azurerm_route") that no block
// of `taken` (the fix's Terraform so far) uses: `name` when it is an identifier, else `fallback`,
// then _2, _3, ...
std::string freeLabel(const std::string& taken, const char* kind, const char* type, const std::string& name,
                      const char* fallback) {
    const std::string base = terraformLabel(name, fallback);
    std::string label = base;
    for (int i = 2;
         taken.find(std::string(kind) + " \"" + type + "\" \"" + label + "\"") != std::string::npos; ++i)
        label = base + "_" + std::to_string(i);
    return label;
}

// Appends `part` to the fix's Terraform (one blank line between them).
void appendTerraform(Fix& fix, const HclDocument& part) {
    fix.terraform = HclDocument().append(fix.terraform).append(part.text()).text();
}

// `data "azurerm_subnet"` for an existing subnet, added to `doc`; returns its label.
std::string subnetData(HclDocument& doc, const std::string& taken, const std::string& rg, const Vnet& vnet,
                       const Subnet& subnet);

// ---- names and places -----------------------------------------------------------------

// The object's resource group for a script; "<resource-group>" when the file names none, so
// the script shows where the user writes theirs.
std::string scriptResourceGroup(const Topology& t, const Extra& object) {
    return resourceGroupOf(t, object).value_or("<resource-group>");
}

template <typename T> std::string nameOf(const T& object) {
    return object.name.empty() ? object.id : object.name;
}

struct SubnetRef {
    const Vnet* vnet = nullptr;
    const Subnet* subnet = nullptr;
};

SubnetRef subnetOfNic(const Network& n, const Id& nicId) {
    const Nic* nic = n.index().nic(nicId);
    if (!nic) return {};
    SubnetRef r;
    r.subnet = n.index().subnet(nic->subnet, &r.vnet);
    return r;
}

// An id for a new object that is also free as an Azure name: the new object is named after its
// id, and Azure names are case-insensitive within a resource group, so a route table or NSG
// created under another's name would rewrite that one when the script runs (breaker,
// 2026-11-30: "rt-snet-app" existed as the name of table "rt-other").
std::string uniqueId(const Network& n, const std::string& base) {
    std::set<std::string> names;
    for (const auto& nsg : n.topology().nsgs)
        names.insert(asciiLower(nsg.name.empty() ? nsg.id : nsg.name));
    for (const auto& table : n.topology().routeTables)
        names.insert(asciiLower(table.name.empty() ? table.id : table.name));
    std::string id = base;
    for (int i = 2; n.index().contains(id) || names.count(asciiLower(id)); ++i)
        id = base + "-" + std::to_string(i);
    return id;
}

// ---- route-table fixes (shared by KMS, NVA loop and asymmetric return) ---------------------

struct RouteToAdd {
    std::string name;
    Ipv4Prefix prefix;
    std::optional<Ipv4Address> appliance; // next hop VirtualAppliance at this address; else `type`
    NextHopType type = NextHopType::Internet;
};

// Adds routes to the subnet's route table (or a new one associated with the subnet), skipping
// routes already there, and writes the three scripts.
void addRoutes(const Network& n, const SubnetRef& where, std::vector<RouteToAdd> routes, Fix& fix) {
    const Topology& t = n.topology();
    const RouteTable* existing = n.index().routeTable(where.subnet->routeTable);
    RouteTable table;
    bool create = !existing;
    if (existing) {
        table = *existing;
    } else {
        table.id = uniqueId(n, "rt-" + where.subnet->id);
        table.name = table.id;
    }
    std::set<std::string> names; // lower case: Azure's names are case-insensitive
    for (const auto& r : table.routes)
        names.insert(asciiLower(r.name));
    std::vector<Route> added;
    for (auto& want : routes) {
        const NextHopType type = want.appliance ? NextHopType::VirtualAppliance : want.type;
        bool present = false;
        for (const auto& r : table.routes) {
            if (!r.serviceTag.empty() || r.addressPrefix != want.prefix) continue;
            if (r.nextHopType == type && r.nextHopIpAddress == want.appliance) {
                present = true;
                continue;
            }
            // The table routes this prefix elsewhere already: Azure refuses a second route for a
            // prefix (ROUTE_PREFIX_DUPLICATE), so the fix is not applicable; it stays an explained
            // alternative (changing that route is the user's call: it may serve other flows).
            fix.blocked = true;
            return;
        }
        if (present) continue;
        std::string name = want.name;
        for (int i = 2; names.count(asciiLower(name)); ++i)
            name = want.name + "-" + std::to_string(i);
        names.insert(asciiLower(name));
        Route r;
        r.name = name;
        r.addressPrefix = want.prefix;
        r.nextHopType = type;
        r.nextHopIpAddress = want.appliance;
        added.push_back(r);
    }
    if (added.empty()) return;

    EditStep step;
    if (create) {
        step.kind = EditStep::Kind::AddRouteTable;
        step.routeTable = table;
        step.routeTable.routes = added;
        fix.edit.steps.push_back(step);
        EditStep assoc;
        assoc.kind = EditStep::Kind::SetSubnetRouteTable;
        assoc.target = where.subnet->id;
        assoc.text = table.id;
        assoc.previousText = where.subnet->routeTable;
        fix.edit.steps.push_back(assoc);
    } else {
        int index = int(table.routes.size());
        for (const auto& r : added) {
            EditStep add;
            add.kind = EditStep::Kind::AddRoute;
            add.target = table.id;
            add.index = index++;
            add.route = r;
            fix.edit.steps.push_back(add);
        }
    }

    const std::string rg =
        scriptResourceGroup(t, existing ? static_cast<const Extra&>(*existing) : *where.vnet);
    const std::string rtName = existing ? nameOf(*existing) : table.name;
    const std::string location = where.vnet->region.empty() ? "<location>" : where.vnet->region;
    const std::string vnetName = nameOf(*where.vnet), subnetName = nameOf(*where.subnet);
    std::ostringstream cli, pwsh, bicep;
    if (create)
        cli << "az network route-table create --resource-group " << sh(rg) << " --name " << sh(rtName)
            << " --location " << sh(location) << "\n";
    for (const auto& r : added)
        cli << "az network route-table route create --resource-group " << sh(rg) << " --route-table-name "
            << sh(rtName) << " --name " << sh(r.name) << " --address-prefix " << r.addressPrefix.toString()
            << " --next-hop-type " << toString(r.nextHopType)
            << (r.nextHopIpAddress ? " --next-hop-ip-address " + r.nextHopIpAddress->toString()
                                   : std::string())
            << "\n";
    if (create)
        cli << "az network vnet subnet update --resource-group " << sh(scriptResourceGroup(t, *where.vnet))
            << " --vnet-name " << sh(vnetName) << " --name " << sh(subnetName) << " --route-table "
            << sh(rtName) << "\n";

    if (create)
        pwsh << "$rt = New-AzRouteTable -ResourceGroupName " << ps(rg) << " -Name " << ps(rtName)
             << " -Location " << ps(location) << "\n";
    else
        pwsh << "$rt = Get-AzRouteTable -ResourceGroupName " << ps(rg) << " -Name " << ps(rtName) << "\n";
    for (const auto& r : added)
        pwsh << "Add-AzRouteConfig -RouteTable $rt -Name " << ps(r.name) << " -AddressPrefix "
             << ps(r.addressPrefix.toString()) << " -NextHopType " << toString(r.nextHopType)
             << (r.nextHopIpAddress ? " -NextHopIpAddress " + r.nextHopIpAddress->toString() : std::string())
             << " | Out-Null\n";
    pwsh << "Set-AzRouteTable -RouteTable $rt | Out-Null\n";
    if (create) {
        pwsh << "$vnet = Get-AzVirtualNetwork -ResourceGroupName " << ps(scriptResourceGroup(t, *where.vnet))
             << " -Name " << ps(vnetName) << "\n";
        // Only the route table of the subnet as it is: Set-AzVirtualNetworkSubnetConfig would
        // reset every property it is not given (the subnet's NSG, NAT gateway, service
        // endpoints, delegations), removing an NSG the flow may need.
        pwsh << "$subnet = Get-AzVirtualNetworkSubnetConfig -VirtualNetwork $vnet -Name " << ps(subnetName)
             << "\n";
        pwsh << "$subnet.RouteTable = $rt\n";
        pwsh << "$vnet | Set-AzVirtualNetwork | Out-Null\n";
    }

    if (create) {
        // One fix may create two tables (both sides of a path): each gets its own symbol.
        std::string symbol = "rt";
        for (int k = 2; fix.bicep.find("resource " + symbol + " ") != std::string::npos; ++k)
            symbol = "rt" + std::to_string(k);
        bicep << "resource " << symbol << " 'Microsoft.Network/routeTables@" << kApiVersion
              << "' = {\n  name: " << bc(rtName) << "\n  location: " << bc(location)
              << "\n  properties: {\n    routes: [\n";
        for (const auto& r : added)
            bicep << "      {\n        name: " << bc(r.name)
                  << "\n        properties: {\n          addressPrefix: " << bc(r.addressPrefix.toString())
                  << "\n          nextHopType: '" << toString(r.nextHopType) << "'"
                  << (r.nextHopIpAddress
                          ? "\n          nextHopIpAddress: '" + r.nextHopIpAddress->toString() + "'"
                          : std::string())
                  << "\n        }\n      }\n";
        bicep << "    ]\n  }\n}\n// Associate it: in subnet " << cm(subnetName) << " of " << cm(vnetName)
              << ", set properties.routeTable: { id: " << symbol << ".id }\n";
    } else {
        for (std::size_t i = 0; i < added.size(); ++i)
            bicep << "resource route" << i << " 'Microsoft.Network/routeTables/routes@" << kApiVersion
                  << "' = {\n  name: " << bc(rtName + "/" + added[i].name)
                  << "\n  properties: {\n    addressPrefix: " << bc(added[i].addressPrefix.toString())
                  << "\n    nextHopType: '" << toString(added[i].nextHopType) << "'"
                  << (added[i].nextHopIpAddress
                          ? "\n    nextHopIpAddress: '" + added[i].nextHopIpAddress->toString() + "'"
                          : std::string())
                  << "\n  }\n}\n";
    }
    // Terraform: the table and its association as resources, each route an azurerm_route.
    HclDocument tf;
    const auto taken = [&] { return fix.terraform + tf.text(); };
    std::string tableRef = hs(rtName), tableLabel;
    if (create) {
        tableLabel = freeLabel(taken(), "resource", "azurerm_route_table", rtName, "route_table");
        tf.add(HclBlock("resource", {"azurerm_route_table", tableLabel})
                   .argument("name", hs(rtName))
                   .argument("location", hs(location))
                   .argument("resource_group_name", hs(rg)));
        tableRef = "azurerm_route_table." + tableLabel + ".name";
    }
    for (const auto& r : added) {
        HclBlock route("resource",
                       {"azurerm_route", freeLabel(taken(), "resource", "azurerm_route", r.name, "route")});
        route.argument("name", hs(r.name))
            .argument("resource_group_name", hs(rg))
            .argument("route_table_name", tableRef)
            .argument("address_prefix", hs(r.addressPrefix.toString()))
            .argument("next_hop_type", hs(toString(r.nextHopType)));
        if (r.nextHopIpAddress) route.argument("next_hop_in_ip_address", hs(r.nextHopIpAddress->toString()));
        tf.add(route);
    }
    if (create) {
        const std::string subnetLabel =
            subnetData(tf, taken(), scriptResourceGroup(t, *where.vnet), *where.vnet, *where.subnet);
        tf.add(HclBlock("resource", {"azurerm_subnet_route_table_association",
                                     freeLabel(taken(), "resource", "azurerm_subnet_route_table_association",
                                               subnetName, "subnet")})
                   .argument("subnet_id", "data.azurerm_subnet." + subnetLabel + ".id")
                   .argument("route_table_id", "azurerm_route_table." + tableLabel + ".id"));
    }
    appendTerraform(fix, tf);
    // Appended: one fix may add routes to the tables of two subnets (both sides of a path).
    fix.azureCli += cli.str();
    fix.powerShell += pwsh.str();
    fix.bicep += bicep.str();
}

std::string subnetData(HclDocument& doc, const std::string& taken, const std::string& rg, const Vnet& vnet,
                       const Subnet& subnet) {
    const std::string label = freeLabel(taken, "data", "azurerm_subnet", nameOf(subnet), "subnet");
    doc.add(HclBlock("data", {"azurerm_subnet", label})
                .argument("name", hs(nameOf(subnet)))
                .argument("virtual_network_name", hs(nameOf(vnet)))
                .argument("resource_group_name", hs(rg)));
    return label;
}

// ---- NSG allow rule ------------------------------------------------------------------------

// A free priority just above (a lower number than) the denying rule, in the same direction.
int freePriorityAbove(const Nsg& nsg, Direction direction, int denyingPriority) {
    std::set<int> used;
    for (const auto& r : nsg.securityRules)
        if (r.direction == direction) used.insert(r.priority);
    for (int p = std::min(denyingPriority - 1, 4096); p >= 100; --p)
        if (!used.count(p)) return p;
    return -1;
}

// `nsgName` is the Terraform expression for the NSG's name (a reference when the same fix
// creates it); empty: the NSG's name as a string.
void addAllowRule(const Network& n, const Nsg& nsg, SecurityRule rule, Fix& fix,
                  const std::string& nsgName = std::string()) {
    // Azure's names are case-insensitive: "Allow-Tcp-1687" would overwrite "allow-tcp-1687".
    std::set<std::string> names;
    for (const auto& r : nsg.securityRules)
        names.insert(asciiLower(r.name));
    const std::string base = rule.name;
    for (int i = 2; names.count(asciiLower(rule.name)); ++i)
        rule.name = base + "-" + std::to_string(i);
    EditStep step;
    step.kind = EditStep::Kind::AddSecurityRule;
    step.target = nsg.id;
    step.index = int(nsg.securityRules.size());
    step.rule = rule;
    fix.edit.steps.push_back(step);

    const std::string rg = scriptResourceGroup(n.topology(), nsg);
    // Each list element quoted on its own, joined by the language's separator.
    auto join = [](const std::vector<std::string>& v, std::string (*quote)(const std::string&),
                   const char* sep) {
        std::string s;
        for (const auto& x : v)
            s += (s.empty() ? "" : sep) + quote(x);
        return s;
    };
    const std::string protocol = rule.protocol == Protocol::Any ? "*" : toString(rule.protocol);
    std::ostringstream cli, pwsh, bicep;
    cli << "az network nsg rule create --resource-group " << sh(rg) << " --nsg-name " << sh(nameOf(nsg))
        << " --name " << sh(rule.name) << " --priority " << rule.priority << " --direction "
        << toString(rule.direction) << " --access Allow --protocol " << sh(protocol)
        << " --source-address-prefixes " << join(rule.sourceAddressPrefixes, sh, " ")
        << " --source-port-ranges '*' --destination-address-prefixes "
        << join(rule.destinationAddressPrefixes, sh, " ") << " --destination-port-ranges "
        << join(rule.destinationPortRanges, sh, " ") << "\n";
    pwsh << "$nsg = Get-AzNetworkSecurityGroup -ResourceGroupName " << ps(rg) << " -Name " << ps(nameOf(nsg))
         << "\n"
         << "Add-AzNetworkSecurityRuleConfig -NetworkSecurityGroup $nsg -Name " << ps(rule.name)
         << " -Priority " << rule.priority << " -Direction " << toString(rule.direction)
         << " -Access Allow -Protocol " << ps(protocol) << " -SourceAddressPrefix "
         << join(rule.sourceAddressPrefixes, ps, ",") << " -SourcePortRange '*' -DestinationAddressPrefix "
         << join(rule.destinationAddressPrefixes, ps, ",") << " -DestinationPortRange "
         << join(rule.destinationPortRanges, ps, ",") << " | Out-Null\n"
         << "Set-AzNetworkSecurityGroup -NetworkSecurityGroup $nsg | Out-Null\n";
    bicep << "resource rule 'Microsoft.Network/networkSecurityGroups/securityRules@" << kApiVersion
          << "' = {\n  name: " << bc(nameOf(nsg) + "/" + rule.name)
          << "\n  properties: {\n    priority: " << rule.priority << "\n    direction: '"
          << toString(rule.direction) << "'\n    access: 'Allow'\n    protocol: " << bc(protocol)
          << "\n    sourceAddressPrefixes: [ " << join(rule.sourceAddressPrefixes, bc, ", ")
          << " ]\n    sourcePortRange: '*'\n"
          << "    destinationAddressPrefixes: [ " << join(rule.destinationAddressPrefixes, bc, ", ")
          << " ]\n    destinationPortRanges: [ " << join(rule.destinationPortRanges, bc, ", ")
          << " ]\n  }\n}\n";
    // Terraform: one value in the singular argument, several in the plural one (azurerm takes
    // either, not both).
    HclBlock tf("resource",
                {"azurerm_network_security_rule",
                 freeLabel(fix.terraform, "resource", "azurerm_network_security_rule", rule.name, "rule")});
    const auto list = [&](const char* singular, const char* plural, const std::vector<std::string>& values) {
        if (values.size() == 1) {
            tf.argument(singular, hs(values.front()));
            return;
        }
        std::vector<std::string> quoted;
        for (const auto& v : values)
            quoted.push_back(hs(v));
        tf.argument(plural, hclList(quoted));
    };
    tf.argument("name", hs(rule.name))
        .argument("priority", std::to_string(rule.priority))
        .argument("direction", hs(toString(rule.direction)))
        .argument("access", hs("Allow"))
        .argument("protocol", hs(protocol))
        .argument("source_port_range", hs("*"));
    list("source_address_prefix", "source_address_prefixes", rule.sourceAddressPrefixes);
    list("destination_address_prefix", "destination_address_prefixes", rule.destinationAddressPrefixes);
    list("destination_port_range", "destination_port_ranges", rule.destinationPortRanges);
    tf.argument("resource_group_name", hs(rg))
        .argument("network_security_group_name", nsgName.empty() ? hs(nameOf(nsg)) : nsgName);
    fix.azureCli = cli.str();
    fix.powerShell = pwsh.str();
    fix.bicep = bicep.str();
    fix.terraform = HclDocument().add(tf).text();
}

const NsgDecision* denyingDecision(const Trace& t, const Finding& f) {
    if (f.hop < 0 || f.hop >= int(t.hops.size())) return nullptr;
    for (const auto& d : t.hops[f.hop].nsg)
        if (d.access == Access::Deny && d.nsg == f.object) return &d;
    return nullptr;
}

// ---- builders per finding ------------------------------------------------------------------

Fix make(const char* code, const char* finding, Message summary, Message explanation) {
    Fix f;
    f.code = code;
    f.finding = finding;
    f.summary = std::move(summary);
    f.explanation = std::move(explanation);
    return f;
}

// The endpoint a trace's destination resolved to (a file endpoint wins over the catalog's).
const Endpoint* destinationEndpoint(const Network& n, const Trace& t) {
    if (t.destinationEndpoint.empty()) return nullptr;
    if (const Endpoint* e = n.index().endpoint(t.destinationEndpoint)) return e;
    const CatalogEndpoint* c = n.catalog().byId(t.destinationEndpoint);
    return c ? &c->endpoint : nullptr;
}

// The VM NIC at the start of the trace (the flow's source in Azure).
const Hop* sourceVmHop(const Trace& t) {
    return !t.hops.empty() && (t.hops[0].kind == HopKind::Vm || t.hops[0].kind == HopKind::Nva) ? &t.hops[0]
                                                                                                : nullptr;
}

std::vector<Fix> sourceNotAzurePublic(const Network& n, const Trace& t, const Finding& f) {
    std::vector<Fix> out;
    const Hop* src = sourceVmHop(t);
    (void)f;
    const Endpoint* endpoint = destinationEndpoint(n, t);
    if (!src || !endpoint || endpoint->ips.empty()) return out;
    const SubnetRef where = subnetOfNic(n, src->nic);
    if (!where.subnet) return out;
    std::vector<RouteToAdd> routes;
    for (std::size_t i = 0; i < endpoint->ips.size(); ++i) {
        const Ipv4Prefix p = endpoint->ips[i];
        std::string name = "DirectRouteTo-" + endpoint->id + "-" + std::to_string(i + 1);
        if (endpoint->id == "azure-kms") {
            // The route names of Microsoft's own instructions (KMSFT, azure-facts §3.1).
            const std::string a = p.network().toString();
            name = a == "23.102.135.246"  ? "DirectRouteToKMS"
                   : a == "20.118.99.224" ? "DirectRouteToAZKMS01"
                                          : "DirectRouteToAZKMS02";
        }
        routes.push_back({name, p, std::nullopt, NextHopType::Internet});
    }
    Fix fix =
        make(fixcode::kDirectRoutesToInternet, finding::kSourceNotAzurePublic,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Route %1's addresses straight to the Internet from subnet %2"),
              {endpointNameArg(*endpoint), Message::object(where.subnet->id)}},
             {kCtx,
              QT_TRANSLATE_NOOP(
                  "Fix", "A route table on subnet %1 sends the %2 address(es) of %3 to next hop Internet, so "
                         "the request leaves from an Azure public address. Only these /32 routes change: the "
                         "rest of the subnet's Internet traffic keeps its current path."),
              {Message::object(where.subnet->id), std::to_string(endpoint->ips.size()),
               endpointNameArg(*endpoint)}});
    addRoutes(n, where, routes, fix);
    if (!fix.edit.empty()) out.push_back(std::move(fix));
    out.push_back(
        make(fixcode::kAzureHairpinAlternative, finding::kSourceNotAzurePublic,
             {kCtx, QT_TRANSLATE_NOOP("Fix", "Alternative: give Azure services an Azure egress path"), {}},
             {kCtx,
              QT_TRANSLATE_NOOP(
                  "Fix", "The 2015 article's other remedy was ExpressRoute public peering (now retired), "
                         "which hairpins traffic to Azure public services; today an NVA or Azure Firewall in "
                         "Azure with its own public IP does the same for every service. It changes more than "
                         "the activation traffic and costs more than three routes."),
              {}}));
    return out;
}

// "Allow-Tcp-443": a name Azure accepts (letters, digits, '-'), so "Any" for protocol * and for
// port 0 (every port).
std::string allowRuleName(const Trace& t) {
    const std::string protocol = t.protocol == Protocol::Any ? "Any" : toString(t.protocol);
    return "Allow-" + protocol + "-" + (t.port ? std::to_string(t.port) : std::string("Any"));
}

std::vector<Fix> nsgDeny(const Network& n, const Trace& t, const Finding& f) {
    const NsgDecision* d = denyingDecision(t, f);
    const Nsg* nsg = n.index().nsg(f.object);
    if (!d || !nsg) return {};
    // Azure's limit of 1,000 rules per NSG (kNsgRuleLimit): no rule can be added, and
    // a rule below 100 is outside the custom range (NSG_PRIORITY_RANGE): neither takes an added
    // rule (a fix produced a file with 1,001 rules, or an allow at priority 0; found by a breaker).
    if (nsg->securityRules.size() >= kNsgRuleLimit || d->priority < 100)
        return {
            make(fixcode::kNsgEditRule, finding::kNsgDeny,
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "Edit or move rule %1 of NSG %2"),
                  {d->rule, Message::object(nsg->id)}},
                 nsg->securityRules.size() >= kNsgRuleLimit
                     ? Message{kCtx,
                               QT_TRANSLATE_NOOP("Fix", "NSG %1 has Azure's maximum of %2 rules, so no "
                                                        "rule can be added: narrow or edit rule %3."),
                               {Message::object(nsg->id), std::to_string(kNsgRuleLimit), d->rule}}
                     : Message{kCtx,
                               QT_TRANSLATE_NOOP("Fix", "Rule %1 has priority %2, outside Azure's range "
                                                        "of 100 to 4096: give it a valid priority first."),
                               {d->rule, std::to_string(d->priority)}})};
    int priority = freePriorityAbove(*nsg, d->direction, d->priority);
    // No free number above the deny (it is at 100, the highest custom priority, or every number
    // above it is taken): the allow rule takes the deny's number and the deny moves one down,
    // which changes nothing else when that number is free (no rule can fall between them).
    int denyIndex = -1;
    for (std::size_t i = 0; i < nsg->securityRules.size(); ++i)
        if (nsg->securityRules[i].name == d->rule && nsg->securityRules[i].direction == d->direction)
            denyIndex = int(i);
    bool moveDeny = false;
    if (priority < 0) {
        bool nextFree = d->priority + 1 <= 4096;
        for (const auto& r : nsg->securityRules)
            nextFree = nextFree && !(r.direction == d->direction && r.priority == d->priority + 1);
        if (!nextFree || denyIndex < 0)
            return {
                make(fixcode::kNsgEditRule, finding::kNsgDeny,
                     {kCtx,
                      QT_TRANSLATE_NOOP("Fix", "Edit or move rule %1 of NSG %2"),
                      {d->rule, Message::object(nsg->id)}},
                     {kCtx,
                      QT_TRANSLATE_NOOP("Fix", "No priority is free just above or just below rule %1 (%2), "
                                               "so no rule can be added without changing what others "
                                               "decide: narrow the rule, or renumber the rules around it."),
                      {d->rule, std::to_string(d->priority)}})};
        priority = d->priority;
        moveDeny = true;
    }
    SecurityRule rule;
    rule.name = allowRuleName(t);
    rule.priority = priority;
    rule.direction = d->direction;
    rule.access = Access::Allow;
    rule.protocol = t.protocol;
    // The addresses the NSG saw: for a flow from the Internet the NIC's private address, not the
    // public one the client used (azure-facts §4.1).
    rule.sourceAddressPrefixes = {Ipv4Prefix::hostRoute(d->source).toString()};
    rule.sourcePortRanges = {"*"};
    rule.destinationAddressPrefixes = {d->destination ? Ipv4Prefix::hostRoute(*d->destination).toString()
                                                      : "*"};
    rule.destinationPortRanges = {t.port ? std::to_string(t.port) : "*"};
    if (moveDeny) {
        Fix fix = make(
            fixcode::kNsgMoveDenyRule, finding::kNsgDeny,
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "Allow this traffic in NSG %1 at priority %2 and move rule %3 to %4"),
             {Message::object(nsg->id), std::to_string(priority), d->rule, std::to_string(priority + 1)}},
            {kCtx,
             QT_TRANSLATE_NOOP("Fix",
                               "Rule %1 is at %2 and nothing can go above it, so it moves one number down "
                               "(free, so nothing else changes) and the new rule takes its place; "
                               "everything else rule %1 denies stays denied."),
             {d->rule, std::to_string(priority)}});
        const SecurityRule& deny = nsg->securityRules[std::size_t(denyIndex)];
        SecurityRule moved = deny;
        moved.priority = priority + 1;
        EditStep remove;
        remove.kind = EditStep::Kind::RemoveSecurityRule;
        remove.target = nsg->id;
        remove.index = denyIndex;
        remove.rule = deny;
        EditStep add = remove;
        add.kind = EditStep::Kind::AddSecurityRule;
        add.rule = moved;
        fix.edit.steps = {remove, add};
        Nsg afterMove = *nsg;
        afterMove.securityRules[std::size_t(denyIndex)] = moved;
        addAllowRule(n, afterMove, rule, fix);
        const std::string rg = scriptResourceGroup(n.topology(), *nsg);
        // The deny moves first: Azure refuses two rules at one priority and direction.
        fix.azureCli = "az network nsg rule update --resource-group " + sh(rg) + " --nsg-name " +
                       sh(nameOf(*nsg)) + " --name " + sh(deny.name) + " --priority " +
                       std::to_string(moved.priority) + "\n" + fix.azureCli;
        fix.powerShell = "$nsg = Get-AzNetworkSecurityGroup -ResourceGroupName " + ps(rg) + " -Name " +
                         ps(nameOf(*nsg)) + "\n($nsg.SecurityRules | Where-Object Name -eq " + ps(deny.name) +
                         ").Priority = " + std::to_string(moved.priority) +
                         "\nSet-AzNetworkSecurityGroup -NetworkSecurityGroup $nsg | Out-Null\n" +
                         fix.powerShell;
        fix.bicep = "// In rule " + cm(nameOf(*nsg) + "/" + deny.name) +
                    ": properties.priority: " + std::to_string(moved.priority) + "\n" + fix.bicep;
        fix.terraform = HclDocument()
                            .comment("In the azurerm_network_security_rule of rule " + cm(deny.name) +
                                     " in NSG " + cm(nameOf(*nsg)) + " (apply this first):")
                            .argument("priority", std::to_string(moved.priority))
                            .append(fix.terraform)
                            .text();
        return {fix};
    }
    Fix fix =
        make(fixcode::kNsgAllowRule, finding::kNsgDeny,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Allow this traffic in NSG %1 at priority %2, just above rule %3"),
              {Message::object(nsg->id), std::to_string(priority), d->rule}},
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "A rule for exactly this source, destination, protocol and port; "
                                       "everything else rule %1 denies stays denied."),
              {d->rule}});
    addAllowRule(n, *nsg, rule, fix);
    return {fix};
}

std::vector<Fix> appGatewayInstances(const Network& n, const Trace& t, const Finding& f) {
    const NsgDecision* d = denyingDecision(t, f);
    const Nsg* nsg = n.index().nsg(f.object);
    const AppGateway* gw = t.hops.empty() ? nullptr : n.index().appGateway(t.hops[0].node);
    if (!d || !nsg || !gw) return {};
    const Subnet* subnet = n.index().subnet(gw->subnet);
    const int priority = freePriorityAbove(*nsg, d->direction, d->priority);
    if (!subnet || priority < 0 || nsg->securityRules.size() >= kNsgRuleLimit) return {};
    SecurityRule rule;
    rule.name = "Allow-AppGw-Subnet-" + std::to_string(t.port);
    rule.priority = priority;
    rule.direction = Direction::Inbound;
    rule.access = Access::Allow;
    rule.protocol = t.protocol;
    rule.sourceAddressPrefixes = {subnet->addressPrefix.toString()};
    rule.sourcePortRanges = {"*"};
    rule.destinationAddressPrefixes = {"*"};
    rule.destinationPortRanges = {std::to_string(t.port)};
    // Keep the destination of the rule that allowed the frontend, when there is one.
    for (const auto& r : nsg->securityRules)
        if (r.direction == Direction::Inbound && r.access == Access::Allow && gw->frontendPrivateIp)
            for (const auto& s : r.sourceAddressPrefixes)
                if (auto p = Ipv4Prefix::parse(s, nullptr, true); p && p->contains(*gw->frontendPrivateIp))
                    rule.destinationAddressPrefixes = r.destinationAddressPrefixes;
    Fix fix = make(
        fixcode::kAllowAppGwSubnet, finding::kAppGwInstanceSource,
        {kCtx,
         QT_TRANSLATE_NOOP("Fix", "Allow Application Gateway subnet %1 in NSG %2 at priority %3"),
         {subnet->addressPrefix.toString(), Message::object(nsg->id), std::to_string(priority)}},
        {kCtx,
         QT_TRANSLATE_NOOP(
             "Fix",
             "Probes and requests come from the gateway's instance addresses, which Azure takes from subnet "
             "%1 and may change when the gateway scales; allowing the subnet prefix covers them all."),
         {subnet->addressPrefix.toString()}});
    addAllowRule(n, *nsg, rule, fix);
    return {fix};
}

std::vector<Fix> ipForwarding(const Network& n, const Trace& t, const Finding& f) {
    (void)t;
    std::vector<Fix> out;
    if (const Nic* nic = n.index().nic(f.object)) {
        Fix fix = make(
            fixcode::kEnableNicIpForwarding, finding::kIpForwardingDisabled,
            {kCtx, QT_TRANSLATE_NOOP("Fix", "Enable IP forwarding on NIC %1"), {Message::object(nic->id)}},
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "Azure drops packets for other addresses at a NIC unless IP "
                                      "forwarding is on; the guest OS must forward too."),
             {}});
        EditStep step;
        step.kind = EditStep::Kind::SetNicIpForwarding;
        step.target = nic->id;
        step.flag = true;
        step.previousFlag = nic->enableIPForwarding;
        fix.edit.steps.push_back(step);
        const std::string rg = scriptResourceGroup(n.topology(), *nic);
        fix.azureCli = "az network nic update --resource-group " + sh(rg) + " --name " + sh(nic->id) +
                       " --ip-forwarding true\n";
        fix.powerShell = "$nic = Get-AzNetworkInterface -ResourceGroupName " + ps(rg) + " -Name " +
                         ps(nic->id) +
                         "\n$nic.EnableIPForwarding = $true\n$nic | Set-AzNetworkInterface | Out-Null\n";
        fix.bicep =
            "// In resource " + cm(nic->id) +
            " (Microsoft.Network/networkInterfaces):\n  properties: {\n    enableIPForwarding: true\n  }\n";
        fix.terraform = HclDocument()
                            .comment("In the azurerm_network_interface of NIC " + cm(nic->id) +
                                     " (azurerm 4; enable_ip_forwarding in 3.x):")
                            .argument("ip_forwarding_enabled", "true")
                            .text();
        out.push_back(std::move(fix));
    } else if (const Vm* vm = n.index().vm(f.object); vm && vm->nva) {
        Fix fix =
            make(fixcode::kEnableOsIpForwarding, finding::kIpForwardingDisabled,
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "Enable IP forwarding in the guest OS of %1"),
                  {Message::object(vm->id)}},
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "A guest step: the operating system must route packets between "
                                           "interfaces; Azure's NIC setting alone is not enough."),
                  {}});
        fix.guestStep = true;
        EditStep step;
        step.kind = EditStep::Kind::SetNvaOsIpForwarding;
        step.target = vm->id;
        step.flag = true;
        step.previousFlag = vm->nva->osIpForwarding;
        fix.edit.steps.push_back(step);
        fix.linuxCommand = "sudo sysctl -w net.ipv4.ip_forward=1\necho 'net.ipv4.ip_forward=1' | sudo tee "
                           "/etc/sysctl.d/99-ip-forward.conf\n";
        fix.windowsCommand =
            "Set-ItemProperty -Path HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters -Name "
            "IPEnableRouter -Value 1\n"
            "Restart-Computer\n";
        out.push_back(std::move(fix));
    }
    return out;
}

std::vector<Fix> nvaRouteLoop(const Network& n, const Trace& t, const Finding& f) {
    const Vm* vm = n.index().vm(f.object);
    const Hop* hop = f.hop >= 0 && f.hop < int(t.hops.size()) ? &t.hops[f.hop] : nullptr;
    if (!vm || !hop) return {};
    const SubnetRef where = subnetOfNic(n, hop->nic);
    if (!where.subnet) return {};
    Fix fix = make(fixcode::kNvaSubnetDefaultRoute, finding::kNvaRouteLoop,
                   {kCtx,
                    QT_TRANSLATE_NOOP("Fix", "Give NVA subnet %1 its own 0.0.0.0/0 → Internet route"),
                    {Message::object(where.subnet->id)}},
                   {kCtx,
                    QT_TRANSLATE_NOOP(
                        "Fix", "Route Server programs the default route the NVA announces into every subnet, "
                               "the NVA's own included; a user route on the NVA's subnet wins over it and "
                               "sends the NVA's traffic out (RSTS). Other subnets keep using the NVA."),
                    {}});
    addRoutes(n, where, {{"default-to-internet", Ipv4Prefix(), std::nullopt, NextHopType::Internet}}, fix);
    return fix.edit.empty() ? std::vector<Fix>{} : std::vector<Fix>{fix};
}

std::vector<Fix> microsoftPeering(const Network& n, const Trace& t, const Finding& f) {
    const Circuit* c = n.index().circuit(f.object);
    const Endpoint* e = destinationEndpoint(n, t);
    if (!c || !c->microsoftPeering || !e || !e->microsoftPeering) return {};
    const std::string community = e->microsoftPeering->community;
    Fix fix =
        make(fixcode::kAddRouteFilterCommunity, finding::kMsPeeringNotAdvertised,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Add community %1 to the route filter of circuit %2"),
              {community, Message::object(c->id)}},
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Microsoft peering advertises only the prefixes whose communities the "
                                       "route filter allows (circuits since August 2017 learn none without a "
                                       "filter). Adding %1 brings the prefixes of %2."),
              {community, e->fqdn.empty() ? Message::object(e->id) : e->fqdn}});
    EditStep step;
    step.kind = EditStep::Kind::AddRouteFilterCommunity;
    step.target = c->id;
    step.index = int(c->microsoftPeering->routeFilter.size());
    step.text = community;
    fix.edit.steps.push_back(step);
    const std::string rg = scriptResourceGroup(n.topology(), *c);
    const std::string filter = nameOf(*c) + "-filter";
    // A route filter has one rule (Microsoft's route-filter documentation): the community joins
    // its list; the rule keeps the communities it has.
    fix.azureCli = "rule=$(az network route-filter rule list --resource-group " + sh(rg) + " --filter-name " +
                   sh(filter) + " --query '[0].name' --output tsv)\naz network route-filter rule update " +
                   "--resource-group " + sh(rg) + " --filter-name " + sh(filter) +
                   " --name \"$rule\" --add communities " + sh(community) + "\n";
    fix.powerShell = "$rf = Get-AzRouteFilter -ResourceGroupName " + ps(rg) + " -Name " + ps(filter) +
                     "\n$rf.Rules[0].Communities.Add(" + ps(community) +
                     ")\nSet-AzRouteFilter -RouteFilter $rf | Out-Null\n";
    fix.bicep = "// In resource " + cm(filter) +
                " (Microsoft.Network/routeFilters), add to its rule's properties.communities:\n  " +
                bc(community) + "\n";
    std::vector<std::string> communities;
    for (const auto& existing : c->microsoftPeering->routeFilter)
        communities.push_back(hs(existing));
    communities.push_back(hs(community));
    fix.terraform = HclDocument()
                        .comment("In the azurerm_route_filter named " + cm(filter) +
                                 ", the rule's communities: those it has and the new one:")
                        .argument("communities", hclList(communities))
                        .text();
    return {
        fix,
        make(fixcode::kProxyOrPrivateEndpoint, finding::kMsPeeringNotAdvertised,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Alternative: reach %1 through a proxy or a private endpoint"),
              {e->fqdn.empty() ? Message::object(e->id) : e->fqdn}},
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "An HTTPS proxy with Internet access, or Azure Arc Private Link Scope "
                                       "endpoints over private peering, avoid changing the route filter; "
                                       "Entra ID and Azure Resource Manager stay public either way."),
              {}})};
}

// A guest route that gives a secondary NIC its own default gateway: for traffic it sends
// (NO_GUEST_GATEWAY) and for replies to traffic it received (ASYMMETRIC_RETURN), azure-facts §8.
std::vector<Fix> guestRouteFix(const Network& n, const Id& nicId, const char* findingCode) {
    const Vm* owner = nullptr;
    const Nic* nic = n.index().nic(nicId, &owner);
    const Subnet* subnet = nic ? n.index().subnet(nic->subnet) : nullptr;
    if (!nic || !subnet || !nic->primaryIpConfiguration()) return {};
    const std::string gateway =
        Ipv4Address(subnet->addressPrefix.network().value() + 1).toString(); // Azure's .1
    const std::string address = nic->primaryIpConfiguration()->privateIp.toString();
    Fix fix =
        make(fixcode::kGuestRouteSecondaryNic, findingCode,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Add a route in the guest for NIC %1 through %2"),
              {Message::object(nic->id), gateway}},
             {kCtx,
              QT_TRANSLATE_NOOP(
                  "Fix", "A guest step: Azure's DHCP gives only the primary NIC a default gateway. Add a "
                         "default route for this NIC's address (policy routing on Linux, a route with a "
                         "higher metric on Windows); the subnet's gateway is its first address."),
              {}});
    fix.guestStep = true;
    EditStep step;
    step.kind = EditStep::Kind::SetNicGuestDefaultGateway;
    step.target = nic->id;
    step.flag = true;
    step.previousFlag = nic->guestDefaultGateway;
    fix.edit.steps.push_back(step);
    fix.linuxCommand = "sudo ip rule add from " + address + "/32 table 200\nsudo ip route add default via " +
                       gateway + " dev eth1 table 200\n";
    fix.windowsCommand =
        "New-NetRoute -DestinationPrefix 0.0.0.0/0 -InterfaceAlias \"Ethernet 2\" -NextHop " + gateway +
        " -RouteMetric 5015\n";
    return {fix};
}

std::vector<Fix> noGuestGateway(const Network& n, const Trace& t, const Finding& f) {
    (void)t;
    return guestRouteFix(n, f.object, finding::kNoGuestGateway);
}

// What an NVA's masquerade leaves untranslated: Azure's platform address and the private ranges
// (RFC 1918), so that only Internet-bound traffic takes the NVA's address.
std::vector<Ipv4Prefix> snatExclusions() {
    return {Ipv4Prefix::hostRoute(wellknown::kWireServer), Ipv4Prefix(Ipv4Address(10, 0, 0, 0), 8),
            Ipv4Prefix(Ipv4Address(172, 16, 0, 0), 12), Ipv4Prefix(Ipv4Address(192, 168, 0, 0), 16)};
}

std::vector<Fix> noEgress(const Network& n, const Trace& t, const Finding& f) {
    (void)t;
    if (const Vm* vm = n.index().vm(f.object); vm && vm->nva) {
        Fix fix =
            make(fixcode::kEnableNvaSnat, finding::kNoEgress,
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "Translate forwarded traffic to the NVA's own address on %1"),
                  {Message::object(vm->id)}},
                 {kCtx,
                  QT_TRANSLATE_NOOP(
                      "Fix", "A guest step: Azure's outbound translation covers only the NIC's own "
                             "addresses, so an NVA must SNAT (masquerade) what it forwards to the Internet."),
                  {}});
        fix.guestStep = true;
        EditStep step;
        step.kind = EditStep::Kind::SetNvaSnat;
        step.target = vm->id;
        step.flag = true;
        step.createdObject = !vm->nva->snat;
        if (vm->nva->snat) step.previousFlag = vm->nva->snat->enabled;
        // The edit does what the commands do: private and platform destinations stay untranslated,
        // so east-west traffic through the NVA keeps its source (field case 15).
        step.setsExclusions = true;
        for (const auto& p : snatExclusions())
            step.prefixes.push_back(p);
        if (vm->nva->snat) step.previousPrefixes = vm->nva->snat->exclude;
        fix.edit.steps.push_back(step);
        for (const auto& p : snatExclusions())
            fix.linuxCommand += "sudo iptables -t nat -A POSTROUTING -d " + p.toString() + " -j RETURN\n";
        fix.linuxCommand += "sudo iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE\n";
        fix.windowsCommand = "Install-WindowsFeature Routing -IncludeManagementTools\n# then enable NAT on "
                             "the external interface in Routing and Remote Access\n";
        return {fix};
    }
    const Vnet* vnet = nullptr;
    const Subnet* subnet = n.index().subnet(f.object, &vnet);
    if (!subnet || subnet->defaultOutboundAccess) return {};
    const std::string rg = scriptResourceGroup(n.topology(), *vnet);
    const std::string location = vnet->region.empty() ? "<location>" : vnet->region;
    // First what Microsoft recommends now: an explicit outbound method, a NAT gateway (azure-facts-2
    // §NATDES, default outbound retirement). It needs a public IP Azure allocates, so it is
    // explained with its commands rather than applied to the file.
    Fix nat =
        make(fixcode::kAddNatGateway, finding::kNoEgress,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Give subnet %1 a NAT gateway (recommended)"),
              {Message::object(subnet->id)}},
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "An explicit outbound method, as Microsoft recommends for private "
                                       "subnets: a NAT gateway with a Standard public IP that Azure "
                                       "allocates; add the NAT gateway and its address to the file once "
                                       "it exists."),
              {}});
    const std::string natName = nameOf(*subnet) + "-natgw";
    nat.azureCli = "az network public-ip create --resource-group " + sh(rg) + " --name " +
                   sh(natName + "-pip") + " --sku Standard --location " + sh(location) + "\n" +
                   "az network nat gateway create --resource-group " + sh(rg) + " --name " + sh(natName) +
                   " --public-ip-addresses " + sh(natName + "-pip") + " --location " + sh(location) + "\n" +
                   "az network vnet subnet update --resource-group " + sh(rg) + " --vnet-name " +
                   sh(nameOf(*vnet)) + " --name " + sh(nameOf(*subnet)) + " --nat-gateway " + sh(natName) +
                   "\n";
    nat.powerShell =
        "$pip = New-AzPublicIpAddress -ResourceGroupName " + ps(rg) + " -Name " + ps(natName + "-pip") +
        " -Location " + ps(location) + " -Sku Standard -AllocationMethod Static\n" +
        "$nat = New-AzNatGateway -ResourceGroupName " + ps(rg) + " -Name " + ps(natName) + " -Location " +
        ps(location) + " -Sku Standard -PublicIpAddress $pip\n" +
        "$vnet = Get-AzVirtualNetwork -ResourceGroupName " + ps(rg) + " -Name " + ps(nameOf(*vnet)) +
        "\n$subnet = Get-AzVirtualNetworkSubnetConfig -VirtualNetwork $vnet -Name " + ps(nameOf(*subnet)) +
        "\n$subnet.NatGateway = $nat\n$vnet | Set-AzVirtualNetwork | Out-Null\n";
    nat.bicep = "// In subnet " + cm(nameOf(*subnet)) + " of " + cm(nameOf(*vnet)) +
                ", after a Microsoft.Network/natGateways resource natGateway:\n  properties: {\n"
                "    natGateway: { id: natGateway.id }\n  }\n";
    {
        HclDocument tf;
        const std::string pip = terraformLabel(natName + "-pip", "nat_gateway_ip");
        const std::string gw = terraformLabel(natName, "nat_gateway");
        tf.add(HclBlock("resource", {"azurerm_public_ip", pip})
                   .argument("name", hs(natName + "-pip"))
                   .argument("location", hs(location))
                   .argument("resource_group_name", hs(rg))
                   .argument("allocation_method", hs("Static"))
                   .argument("sku", hs("Standard")));
        tf.add(HclBlock("resource", {"azurerm_nat_gateway", gw})
                   .argument("name", hs(natName))
                   .argument("location", hs(location))
                   .argument("resource_group_name", hs(rg))
                   .argument("sku_name", hs("Standard")));
        tf.add(HclBlock("resource", {"azurerm_nat_gateway_public_ip_association", gw})
                   .argument("nat_gateway_id", "azurerm_nat_gateway." + gw + ".id")
                   .argument("public_ip_address_id", "azurerm_public_ip." + pip + ".id"));
        const std::string subnetLabel = subnetData(tf, tf.text(), rg, *vnet, *subnet);
        tf.add(HclBlock("resource", {"azurerm_subnet_nat_gateway_association", subnetLabel})
                   .argument("subnet_id", "data.azurerm_subnet." + subnetLabel + ".id")
                   .argument("nat_gateway_id", "azurerm_nat_gateway." + gw + ".id"));
        nat.terraform = tf.text();
    }
    Fix fix = make(
        fixcode::kEnableDefaultOutbound, finding::kNoEgress,
        {kCtx,
         QT_TRANSLATE_NOOP("Fix", "Turn default outbound access back on for subnet %1"),
         {Message::object(subnet->id)}},
        {kCtx,
         QT_TRANSLATE_NOOP(
             "Fix", "The quickest way out; Microsoft recommends an explicit method instead (a NAT gateway or "
                    "a public IP), and VMs must be stopped and deallocated for the change to apply."),
         {}});
    EditStep step;
    step.kind = EditStep::Kind::SetSubnetDefaultOutbound;
    step.target = subnet->id;
    step.flag = true;
    step.previousFlag = false;
    fix.edit.steps.push_back(step);
    fix.azureCli = "az network vnet subnet update --resource-group " + sh(rg) + " --vnet-name " +
                   sh(nameOf(*vnet)) + " --name " + sh(nameOf(*subnet)) + " --default-outbound true\n";
    fix.powerShell =
        "$vnet = Get-AzVirtualNetwork -ResourceGroupName " + ps(rg) + " -Name " + ps(nameOf(*vnet)) +
        "\n$subnet = Get-AzVirtualNetworkSubnetConfig -VirtualNetwork $vnet -Name " + ps(nameOf(*subnet)) +
        "\n$subnet.DefaultOutboundAccess = $true\n$vnet | Set-AzVirtualNetwork | Out-Null\n";
    fix.bicep = "// In subnet " + cm(nameOf(*subnet)) + " of " + cm(nameOf(*vnet)) +
                ":\n  properties: {\n    defaultOutboundAccess: true\n  }\n";
    fix.terraform = HclDocument()
                        .comment("In the azurerm_subnet of subnet " + cm(nameOf(*subnet)) + " in " +
                                 cm(nameOf(*vnet)) + " (azurerm 4):")
                        .argument("default_outbound_access_enabled", "true")
                        .text();
    return {nat, fix};
}

// Fixes for a reply that bypasses a stateful NVA the request crossed, ranked as practitioners
// use them: SNAT on the NVA (the reply then comes back to its address), then a route on the
// destination's subnet that sends replies to the client through the NVA.
std::vector<Fix> statefulBypass(const Network& n, const Trace& t, const Vm& nva) {
    std::vector<Fix> out;
    const Nic* nvaNic = nva.primaryNic();
    if (!nvaNic || !nvaNic->primaryIpConfiguration()) return out;
    const Ipv4Address nvaIp = nvaNic->primaryIpConfiguration()->privateIp;
    const bool requestCrossed =
        std::any_of(t.hops.begin(), t.hops.end(), [&](const Hop& h) { return h.node == nva.id; });
    if (!requestCrossed) {
        // The reply crosses it and the request does not: send the request through it too, by a
        // route on the client's subnet for the destination.
        const SubnetRef where = subnetOfNic(n, t.hops.front().nic);
        const auto& destination = t.hops.back().after.destination;
        if (!where.subnet || !destination) return out;
        const Ipv4Prefix server = Ipv4Prefix::hostRoute(*destination);
        Fix route = make(fixcode::kReplyRouteThroughNva, finding::kAsymmetricReturn,
                         {kCtx,
                          QT_TRANSLATE_NOOP("Fix", "Send requests to %1 from subnet %2 through NVA %3"),
                          {server.toString(), Message::object(where.subnet->id), Message::object(nva.id)}},
                         {kCtx,
                          QT_TRANSLATE_NOOP("Fix", "The reply already crosses the NVA; a user route on the "
                                                   "client's subnet makes the request cross it too, so its "
                                                   "connection tracking sees both directions."),
                          {}});
        addRoutes(n, where, {{"request-via-" + nva.id, server, nvaIp, NextHopType::VirtualAppliance}}, route);
        if (!route.edit.empty()) out.push_back(std::move(route));
        return out;
    }
    Fix snat =
        make(fixcode::kEnableNvaSnat, finding::kAsymmetricReturn,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Translate forwarded traffic to the NVA's own address on %1"),
              {Message::object(nva.id)}},
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "A guest step: with SNAT (masquerade) the destination answers the "
                                       "NVA's address, so every reply comes back through the NVA that "
                                       "keeps the connection; the destination then sees the NVA as "
                                       "the source."),
              {}});
    snat.guestStep = true;
    EditStep step;
    step.kind = EditStep::Kind::SetNvaSnat;
    step.target = nva.id;
    step.flag = true;
    step.createdObject = !nva.nva->snat;
    if (nva.nva->snat) step.previousFlag = nva.nva->snat->enabled;
    step.setsExclusions = true;
    step.prefixes = {Ipv4Prefix::hostRoute(wellknown::kWireServer)}; // the platform is never translated
    if (nva.nva->snat) step.previousPrefixes = nva.nva->snat->exclude;
    snat.edit.steps.push_back(step);
    snat.linuxCommand = "sudo iptables -t nat -A POSTROUTING -d 168.63.129.16/32 -j RETURN\n"
                        "sudo iptables -t nat -A POSTROUTING -j MASQUERADE\n";
    out.push_back(std::move(snat));
    // The reply leaves from the destination's NIC: a route there for the client's address.
    const Hop& last = t.hops.back();
    const SubnetRef where = subnetOfNic(n, last.nic);
    // No route through the NVA when the reply would leave from the NVA itself (it is the
    // destination) or go to it (it translated the source): the route would point the NVA at itself.
    const auto ownAddress = [&](Ipv4Address a) {
        for (const auto& nic : nva.nics)
            for (const auto& c : nic.ipConfigurations)
                if (c.privateIp == a) return true;
        return false;
    };
    if (where.subnet && last.after.source && last.node != nva.id && !ownAddress(*last.after.source)) {
        const Ipv4Prefix client = Ipv4Prefix::hostRoute(*last.after.source);
        Fix route = make(fixcode::kReplyRouteThroughNva, finding::kAsymmetricReturn,
                         {kCtx,
                          QT_TRANSLATE_NOOP("Fix", "Send replies to %1 from subnet %2 through NVA %3"),
                          {client.toString(), Message::object(where.subnet->id), Message::object(nva.id)}},
                         {kCtx,
                          QT_TRANSLATE_NOOP("Fix", "A user route on the destination's subnet makes the reply "
                                                   "take the NVA the request crossed, so its connection "
                                                   "tracking sees both directions. Widen the prefix to the "
                                                   "client's subnet where many clients are affected."),
                          {}});
        addRoutes(n, where, {{"reply-via-" + nva.id, client, nvaIp, NextHopType::VirtualAppliance}}, route);
        if (!route.edit.empty()) out.push_back(std::move(route));
    }
    return out;
}

std::vector<Fix> routesBetweenSpokes(const Network& n, const SubnetRef& from, const SubnetRef& to,
                                     const char* findingCode);

// ---- Azure Firewall (azure-facts-2 §12.3) ---------------------------------------------------

// The policy's Azure name for the scripts: its own "name" key, else "<firewall>-policy" (said).
std::string policyName(const Firewall& fw) {
    if (fw.policy && !fw.policy->name.empty()) return fw.policy->name;
    return nameOf(fw) + "-policy";
}

std::vector<Fix> firewallDeny(const Network& n, const Trace& t, const Finding& f) {
    const Firewall* fw = n.index().firewall(f.object);
    if (!fw || !fw->policy || f.hop < 0 || f.hop >= int(t.hops.size())) return {};
    const Hop& hop = t.hops[std::size_t(f.hop)];
    if (!hop.firewall || !hop.before.source) return {};
    const FirewallDecision& d = *hop.firewall;
    // Inbound to one of its public IPs (from the Internet or from inside the drawing): a DNAT rule
    // names the backend, which the trace does not know.
    if (hop.before.destination &&
        std::find(fw->publicIps.begin(), fw->publicIps.end(), *hop.before.destination) != fw->publicIps.end())
        return {};
    // Collections in Azure's order; an allow must come before the rule that denied.
    using Place = OrderedCollection;
    const std::vector<Place> order = orderedCollections(*fw->policy);
    const Place* target = nullptr;
    for (const auto& p : order) {
        if (!d.defaultDeny() && p.group->name == d.ruleCollectionGroup &&
            p.collection->name == d.ruleCollection)
            break; // nothing after the denying collection can allow
        if (p.collection->ruleCollectionType != FirewallRuleCollectionType::Filter ||
            p.collection->action != FirewallAction::Allow)
            continue;
        bool networkOnly = true;
        for (const auto& r : p.collection->rules)
            networkOnly = networkOnly && r.ruleType == FirewallRuleType::NetworkRule;
        if (networkOnly) {
            target = &p;
            break;
        }
    }
    const std::string rg = scriptResourceGroup(n.topology(), *fw);
    const std::string policy = policyName(*fw);
    const std::string assumedText =
        "The firewall policy's name is assumed to be " + cm(policy) + "; use your own.";
    const std::string assumed = !fw->policy->name.empty() ? std::string() : "# " + assumedText + "\n";
    std::vector<Fix> out;
    // Only TCP and UDP reach the Internet through the firewall (§12.4): allowing ICMP there would
    // trade a deny for a drop.
    const bool internetOnlyTcpUdp = t.protocol != Protocol::Tcp && t.protocol != Protocol::Udp &&
                                    hop.before.destination && !isNonPublic(*hop.before.destination);
    // Appends to `fix` a network rule for exactly this flow in collection `place`: the edit step
    // and the same change in each script language.
    const auto addAllowRule = [&](const Place& place, Fix& fix) {
        FirewallRule rule;
        const std::string protocol = t.protocol == Protocol::Udp    ? "UDP"
                                     : t.protocol == Protocol::Icmp ? "ICMP"
                                     : t.protocol == Protocol::Tcp  ? "TCP"
                                                                    : "Any";
        std::set<std::string> names;
        for (const auto& r : place.collection->rules)
            names.insert(r.name);
        rule.name = "allow-" + (t.flowId.empty() ? std::string("flow") : t.flowId);
        for (int i = 2; names.count(rule.name); ++i)
            rule.name =
                "allow-" + (t.flowId.empty() ? std::string("flow") : t.flowId) + "-" + std::to_string(i);
        rule.ruleType = FirewallRuleType::NetworkRule;
        rule.ipProtocols = {protocol};
        rule.sourceAddresses = {Ipv4Prefix::hostRoute(*hop.before.source).toString()};
        rule.destinationAddresses = {
            hop.before.destination ? Ipv4Prefix::hostRoute(*hop.before.destination).toString() : "*"};
        rule.destinationPorts = {protocol == "TCP" || protocol == "UDP" ? std::to_string(t.port) : "*"};
        EditStep step;
        step.kind = EditStep::Kind::AddFirewallRule;
        step.target = fw->id;
        step.text = place.group->name;
        step.previousText = place.collection->name;
        step.index = int(place.collection->rules.size());
        step.firewallRule = rule;
        fix.edit.steps.push_back(step);
        const std::string& port = rule.destinationPorts.front();
        fix.azureCli +=
            "az network firewall policy rule-collection-group collection rule add --resource-group=" +
            sh(rg) + " --policy-name=" + sh(policy) + " --rcg-name=" + sh(place.group->name) +
            " --collection-name=" + sh(place.collection->name) + " --name=" + sh(rule.name) +
            " --rule-type NetworkRule --ip-protocols " + protocol +
            " --source-addresses=" + sh(rule.sourceAddresses.front()) +
            " --destination-addresses=" + sh(rule.destinationAddresses.front()) +
            " --destination-ports=" + sh(port) + "\n";
        fix.powerShell +=
            "$group = Get-AzFirewallPolicyRuleCollectionGroup -ResourceGroupName " + ps(rg) +
            " -AzureFirewallPolicyName " + ps(policy) + " -Name " + ps(place.group->name) +
            "\n$rule = New-AzFirewallPolicyNetworkRule -Name " + ps(rule.name) + " -Protocol " + protocol +
            " -SourceAddress " + ps(rule.sourceAddresses.front()) + " -DestinationAddress " +
            ps(rule.destinationAddresses.front()) + " -DestinationPort " + ps(port) +
            "\n$collection = $group.Properties.RuleCollection | Where-Object { $_.Name -eq " +
            ps(place.collection->name) +
            " }\n$collection.Rules.Add($rule)\nSet-AzFirewallPolicyRuleCollectionGroup -ResourceGroupName " +
            ps(rg) + " -FirewallPolicyName " + ps(policy) + " -Name " + ps(place.group->name) +
            " -Priority " + std::to_string(place.group->priority) +
            " -RuleCollection $group.Properties.RuleCollection | Out-Null\n";
        fix.bicep += "// In rule collection " + cm(place.collection->name) + " of group " +
                     cm(place.group->name) +
                     ", rules:\n      {\n        ruleType: 'NetworkRule'\n        name: " + bc(rule.name) +
                     "\n        ipProtocols: [ '" + protocol + "' ]\n        sourceAddresses: [ " +
                     bc(rule.sourceAddresses.front()) + " ]\n        destinationAddresses: [ " +
                     bc(rule.destinationAddresses.front()) + " ]\n        destinationPorts: [ " + bc(port) +
                     " ]\n      }\n";
        // The group holds its collections and rules inline: a rule block to add there.
        appendTerraform(
            fix,
            HclDocument()
                .comment("In the azurerm_firewall_policy_rule_collection_group named " +
                         cm(place.group->name) + " of policy " + cm(policy) +
                         ", in its network_rule_collection named " + cm(place.collection->name) + ", add:")
                .add(HclBlock("rule")
                         .argument("name", hs(rule.name))
                         .argument("protocols", hclList({hs(protocol)}))
                         .argument("source_addresses", hclList({hs(rule.sourceAddresses.front())}))
                         .argument("destination_addresses", hclList({hs(rule.destinationAddresses.front())}))
                         .argument("destination_ports", hclList({hs(port)}))));
    };
    if (target && !internetOnlyTcpUdp) {
        Fix fix =
            make(fixcode::kFirewallAllowRule, finding::kFirewallDeny,
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "Allow this flow on Azure Firewall %1 in collection %2"),
                  {Message::object(fw->id), target->collection->name}},
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "A network rule for exactly this source, destination and port, "
                                           "in an allow collection that Azure evaluates before the rule "
                                           "that denied it (network rules before application rules, then "
                                           "by group and collection priority)."),
                  {}});
        fix.azureCli = fix.powerShell = assumed;
        if (!assumed.empty()) fix.terraform = HclDocument().comment(assumedText).text();
        addAllowRule(*target, fix);
        out.push_back(std::move(fix));
    }
    if (!d.defaultDeny() && d.action == FirewallAction::Deny) {
        // The deny rule itself: removing it stops everything it matched being denied; the
        // verification lists every flow that changes.
        for (const auto& g : fw->policy->ruleCollectionGroups)
            for (const auto& c : g.ruleCollections)
                for (std::size_t i = 0; i < c.rules.size(); ++i) {
                    if (g.name != d.ruleCollectionGroup || c.name != d.ruleCollection ||
                        c.rules[i].name != d.rule)
                        continue;
                    Fix fix =
                        make(fixcode::kFirewallRemoveDenyRule, finding::kFirewallDeny,
                             {kCtx,
                              QT_TRANSLATE_NOOP("Fix", "Remove deny rule %1 from collection %2 of Azure "
                                                       "Firewall %3"),
                              {d.rule, d.ruleCollection, Message::object(fw->id)}},
                             {kCtx,
                              QT_TRANSLATE_NOOP("Fix", "No allow collection comes before the deny, so the "
                                                       "deny rule itself goes (everything else it matched is "
                                                       "then allowed or denied by the rules after it), and a "
                                                       "rule for exactly this flow goes into the first allow "
                                                       "collection."),
                              {}});
                    EditStep step;
                    step.kind = EditStep::Kind::RemoveFirewallRule;
                    step.target = fw->id;
                    step.text = g.name;
                    step.previousText = c.name;
                    step.index = int(i);
                    step.firewallRule = c.rules[i];
                    fix.edit.steps.push_back(step);
                    fix.azureCli = assumed +
                                   "az network firewall policy rule-collection-group collection rule remove "
                                   "--resource-group=" +
                                   sh(rg) + " --policy-name=" + sh(policy) + " --rcg-name=" + sh(g.name) +
                                   " --collection-name=" + sh(c.name) + " --name=" + sh(d.rule) + "\n";
                    fix.powerShell =
                        assumed + "$group = Get-AzFirewallPolicyRuleCollectionGroup -ResourceGroupName " +
                        ps(rg) + " -AzureFirewallPolicyName " + ps(policy) + " -Name " + ps(g.name) +
                        "\n$collection = $group.Properties.RuleCollection | Where-Object { $_.Name -eq " +
                        ps(c.name) + " }\n[void]$collection.Rules.RemoveAll({ param($r) $r.Name -eq " +
                        ps(d.rule) + " })\nSet-AzFirewallPolicyRuleCollectionGroup -ResourceGroupName " +
                        ps(rg) + " -FirewallPolicyName " + ps(policy) + " -Name " + ps(g.name) +
                        " -Priority " + std::to_string(g.priority) +
                        " -RuleCollection $group.Properties.RuleCollection | Out-Null\n";
                    fix.bicep = "// In rule collection " + cm(c.name) + " of group " + cm(g.name) +
                                ", delete the rule named " + cm(d.rule) + ".\n";
                    HclDocument tf;
                    if (!assumed.empty()) tf.comment(assumedText);
                    tf.comment("In the azurerm_firewall_policy_rule_collection_group named " + cm(g.name) +
                               " of policy " + cm(policy) + ", delete the rule block named " + cm(d.rule) +
                               " of collection " + cm(c.name) + ".");
                    fix.terraform = tf.text();
                    // Without the deny, the flow meets the rules after it and, failing them, the
                    // default deny: an allow rule for it in the first allow collection too.
                    if (!internetOnlyTcpUdp)
                        for (const auto& p : order) {
                            bool networkOnly =
                                p.collection->ruleCollectionType == FirewallRuleCollectionType::Filter &&
                                p.collection->action == FirewallAction::Allow;
                            for (const auto& r : p.collection->rules)
                                networkOnly = networkOnly && r.ruleType == FirewallRuleType::NetworkRule;
                            if (!networkOnly) continue;
                            addAllowRule(p, fix);
                            break;
                        }
                    out.push_back(std::move(fix));
                    return out;
                }
    }
    return out;
}

// A reply sent to the firewall's front end instead of the instance that translated it
// (azure-facts-2 §12.2, ACFWAG): the spoke route covering AzureFirewallSubnet goes.
std::vector<Fix> firewallReplyToFrontEnd(const Network& n, const Trace& t, const Firewall& fw) {
    if (t.returnHops.size() < 2) return {};
    const Hop& sender = t.returnHops[t.returnHops.size() - 2];
    if (!sender.route || std::string(sender.route->origin) != "udr") return {};
    // Only a reply addressed to an instance address and routed to the front end (the reply the
    // firewall drops for another reason, such as a peering, has its own finding and fix).
    const Hop& end = t.returnHops.back();
    const auto instances = firewallInstanceIps(n.topology(), fw);
    const auto front = firewallPrivateIp(n.topology(), fw);
    if (!end.before.destination || !front ||
        std::find(instances.begin(), instances.end(), *end.before.destination) == instances.end() ||
        std::find(sender.route->nextHopIps.begin(), sender.route->nextHopIps.end(), *front) ==
            sender.route->nextHopIps.end())
        return {};
    const RouteTable* table = n.index().routeTable(sender.route->via);
    if (!table) return {};
    for (std::size_t i = 0; i < table->routes.size(); ++i) {
        const Route& r = table->routes[i];
        if (r.name != sender.route->name || !r.serviceTag.empty() || r.addressPrefix != sender.route->prefix)
            continue;
        Fix fix = make(
            fixcode::kRemoveRouteToFirewall, finding::kAsymmetricReturn,
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "Remove route %1 (%2) from route table %3"),
             {r.name, r.addressPrefix.toString(), Message::object(table->id)}},
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "The route covers AzureFirewallSubnet, so replies to Azure Firewall "
                                      "%1's instance address go to its front end and may reach another "
                                      "instance. Without it, the peering route takes them straight to the "
                                      "instance that holds the session."),
             {Message::object(fw.id)}});
        EditStep step;
        step.kind = EditStep::Kind::RemoveRoute;
        step.target = table->id;
        step.index = int(i);
        step.route = r;
        fix.edit.steps.push_back(step);
        const std::string rg = scriptResourceGroup(n.topology(), *table);
        fix.azureCli = "az network route-table route delete --resource-group " + sh(rg) +
                       " --route-table-name " + sh(nameOf(*table)) + " --name " + sh(r.name) + "\n";
        fix.powerShell = "$table = Get-AzRouteTable -ResourceGroupName " + ps(rg) + " -Name " +
                         ps(nameOf(*table)) + "\nRemove-AzRouteConfig -RouteTable $table -Name " +
                         ps(r.name) + " | Set-AzRouteTable | Out-Null\n";
        fix.bicep =
            "// In route table " + cm(nameOf(*table)) + ", delete the route named " + cm(r.name) + ".\n";
        fix.terraform =
            HclDocument()
                .comment("Delete the azurerm_route named " + cm(r.name) + " of route table " +
                         cm(nameOf(*table)) + " (or that route block of its azurerm_route_table).")
                .text();
        return {fix};
    }
    return {};
}

std::vector<Fix> asymmetricReturn(const Network& n, const Trace& t, const Finding& f) {
    if (const Firewall* fw = n.index().firewall(f.object)) return firewallReplyToFrontEnd(n, t, *fw);
    if (const Vm* nva = n.index().vm(f.object); nva && nva->nva) return statefulBypass(n, t, *nva);
    if (const AppGateway* gw = n.index().appGateway(f.object)) {
        // The listener's reply must leave by the Internet: what Microsoft requires of a v2 subnet
        // anyway, a 0.0.0.0/0 route with next hop Internet (azure-facts §5.4).
        SubnetRef where;
        where.subnet = n.index().subnet(gw->subnet, &where.vnet);
        if (!where.subnet) return {};
        Fix fix =
            make(fixcode::kAppGwDefaultRouteInternet, finding::kAsymmetricReturn,
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "Route 0.0.0.0/0 to the Internet from subnet %1 of %2"),
                  {Message::object(where.subnet->id), Message::object(gw->id)}},
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "A user route 0.0.0.0/0 with next hop Internet on the gateway's "
                                           "subnet beats the learned default route, so the listener's "
                                           "replies leave the way requests came; Microsoft requires it "
                                           "for v2 gateways."),
                  {}});
        addRoutes(n, where, {{"default-to-internet", Ipv4Prefix(), std::nullopt, NextHopType::Internet}},
                  fix);
        return fix.edit.empty() ? std::vector<Fix>{} : std::vector<Fix>{fix};
    }
    // The guest dropped the reply at once (out of another NIC, or no default gateway on this
    // one): the same guest route as for traffic it sends.
    if (t.returnHops.size() == 1 && !t.hops.empty() && t.hops.back().nic == f.object) {
        return guestRouteFix(n, f.object, finding::kAsymmetricReturn);
    }
    if (!t.hops.empty() && !t.hops.front().nic.empty() && !t.hops.back().nic.empty()) {
        // The reply has no way back between two spokes of one hub: routes both ways through it.
        auto fixes = routesBetweenSpokes(n, subnetOfNic(n, t.hops.back().nic),
                                         subnetOfNic(n, t.hops.front().nic), finding::kAsymmetricReturn);
        if (!fixes.empty()) return fixes;
    }
    const SubnetRef where = subnetOfNic(n, f.object);
    if (!where.subnet || t.hops.empty() || t.hops[0].node != "internet" || !t.hops[0].before.source)
        return {};
    const Ipv4Prefix client = Ipv4Prefix::hostRoute(*t.hops[0].before.source);
    Fix fix = make(
        fixcode::kClientRouteToInternet, finding::kAsymmetricReturn,
        {kCtx,
         QT_TRANSLATE_NOOP("Fix", "Send replies to %1 back to the Internet from subnet %2"),
         {client.toString(), Message::object(where.subnet->id)}},
        {kCtx,
         QT_TRANSLATE_NOOP(
             "Fix",
             "A more specific user route for the client's prefix beats the forced-tunnel default route, so "
             "replies leave the way the request came (azure-facts §2.3). Other Internet traffic stays "
             "forced; publishing through the NVA or a load balancer on its path is the alternative."),
         {}});
    addRoutes(n, where, {{"client-to-internet", client, std::nullopt, NextHopType::Internet}}, fix);
    return fix.edit.empty() ? std::vector<Fix>{} : std::vector<Fix>{fix};
}

std::vector<Fix> peeringForwardedTraffic(const Network& n, const Trace& t, const Finding& f) {
    const Peering* p = nullptr;
    for (const auto& x : n.topology().peerings)
        if (x.id == f.object) p = &x;
    if (!p) return {};
    Fix fix = make(
        fixcode::kAllowForwardedTraffic, finding::kPeeringForwardedTraffic,
        {kCtx, QT_TRANSLATE_NOOP("Fix", "Allow forwarded traffic on peering %1"), {Message::object(p->id)}},
        {kCtx,
         QT_TRANSLATE_NOOP(
             "Fix", "Traffic an NVA forwards did not originate in the peered VNet; Azure lets it in only "
                    "with \"allow forwarded traffic\" on the peering. Set it on both sides in Azure."),
         {}});
    EditStep step;
    step.kind = EditStep::Kind::SetPeeringForwardedTraffic;
    step.target = p->id;
    step.flag = true;
    step.previousFlag = p->allowForwardedTraffic;
    // Each VNet's own setting (version 2): the receiving VNet's, the one the packet entered.
    Id receiving;
    if (!p->allowForwardedTrafficByVnet.empty()) {
        // The side that refuses: the only one, else the VNet the request's hop entered (a
        // finding carried from the reply names no hop of its own).
        const bool refuses0 = !p->allowsForwardedInto(p->vnets[0]),
                   refuses1 = !p->allowsForwardedInto(p->vnets[1]);
        receiving = refuses0 && !refuses1 ? p->vnets[0] : !refuses0 && refuses1 ? p->vnets[1] : p->vnets[0];
        if (refuses0 && refuses1 && f.hop >= 0 && f.hop < int(t.hops.size()) &&
            t.hops[std::size_t(f.hop)].route && t.hops[std::size_t(f.hop)].route->viaDetail == p->vnets[1])
            receiving = p->vnets[1];
        step.text = receiving;
        step.previousFlag = p->allowsForwardedInto(receiving);
        // One side only: the explanation and the Bicep say which, as the scripts do (breaker).
        fix.explanation = {kCtx,
                           QT_TRANSLATE_NOOP("Fix",
                                             "Traffic an NVA forwards did not originate in the peered VNet; "
                                             "Azure lets it in only with \"allow forwarded traffic\" on "
                                             "the receiving VNet's side of the peering, here %1's."),
                           {Message::object(receiving)}};
    }
    fix.edit.steps.push_back(step);
    std::ostringstream cli, pwsh;
    // A drawing holds one object for both directions; Azure has one named peering in each VNet,
    // and the drawing does not know those names (topology-format.md, peering): say so.
    const char* assumed = "# The peering names below are assumed to be <vnet>-to-<other vnet>; use your own "
                          "(az network vnet peering list).\n";
    cli << assumed;
    pwsh << assumed;
    HclDocument tf;
    tf.comment("The peering names below are assumed to be <vnet>-to-<other vnet>; use your own.");
    for (int side = 0; side < 2; ++side) {
        const Vnet* v = n.index().vnet(p->vnets[side]);
        const Vnet* other = n.index().vnet(p->vnets[1 - side]);
        if (!v || !other) return {};
        if (!receiving.empty() && v->id != receiving) continue;
        const std::string rg = scriptResourceGroup(n.topology(), *v);
        const std::string name = nameOf(*v) + "-to-" + nameOf(*other);
        cli << "az network vnet peering update --resource-group " << sh(rg) << " --vnet-name "
            << sh(nameOf(*v)) << " --name " << sh(name) << " --set allowForwardedTraffic=true\n";
        pwsh << "$peering = Get-AzVirtualNetworkPeering -ResourceGroupName " << ps(rg)
             << " -VirtualNetworkName " << ps(nameOf(*v)) << " -Name " << ps(name)
             << "\n$peering.AllowForwardedTraffic = $true\nSet-AzVirtualNetworkPeering "
                "-VirtualNetworkPeering $peering | Out-Null\n";
        tf.comment("In the azurerm_virtual_network_peering named " + cm(name) + " of VNet " + cm(nameOf(*v)) +
                   ":");
    }
    // One argument for both resources: the same name twice in one body is an error to terraform
    // fmt ("Attribute redefined"; breaker).
    tf.argument("allow_forwarded_traffic", "true");
    fix.terraform = tf.text();
    fix.azureCli = cli.str();
    fix.powerShell = pwsh.str();
    fix.bicep =
        (receiving.empty()
             ? "// In both 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings' resources of peering " +
                   cm(p->id)
             : "// In the 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings' resource of VNet " +
                   cm(receiving) + " in peering " + cm(p->id)) +
        ":\n  properties: {\n    allowForwardedTraffic: true\n  }\n";
    return {fix};
}

std::vector<Fix> publicIpWithoutNsg(const Network& n, const Trace& t, const Finding& f) {
    const Vm* vm = nullptr;
    const Nic* nic = n.index().nic(f.object, &vm);
    // The client as the NIC sees it: after any translation on the way (a site's edge, a NAT).
    if (!nic || f.hop < 0 || f.hop >= int(t.hops.size())) return {};
    const std::optional<Ipv4Address> client = t.hops[std::size_t(f.hop)].before.source;
    if (!client) return {};
    Nsg nsg;
    nsg.id = uniqueId(n, "nsg-" + nic->id);
    nsg.name = nsg.id;
    SecurityRule rule;
    rule.name = allowRuleName(t) + "-Inbound";
    rule.priority = 100;
    rule.direction = Direction::Inbound;
    rule.access = Access::Allow;
    rule.protocol = t.protocol;
    rule.sourceAddressPrefixes = {Ipv4Prefix::hostRoute(*client).toString()};
    rule.sourcePortRanges = {"*"};
    rule.destinationAddressPrefixes = {"*"};
    rule.destinationPortRanges = {std::to_string(t.port)};
    nsg.securityRules = {rule};
    Fix fix = make(
        fixcode::kNicNsgForPublicIp, finding::kPublicIpNoNsg,
        {kCtx,
         QT_TRANSLATE_NOOP("Fix", "Create NSG %1 on NIC %2 allowing %3 from %4"),
         {Message::object(nsg.id), Message::object(nic->id),
          std::string(toString(t.protocol)) + "/" + std::to_string(t.port), rule.sourceAddressPrefixes[0]}},
        {kCtx,
         QT_TRANSLATE_NOOP("Fix",
                           "Standard public IPs admit nothing until an NSG allows it. The rule admits "
                           "only this client and port; widen the source deliberately if others need it."),
         {}});
    EditStep add;
    add.kind = EditStep::Kind::AddNsg;
    add.nsg = nsg;
    fix.edit.steps.push_back(add);
    EditStep assoc;
    assoc.kind = EditStep::Kind::SetNicNsg;
    assoc.target = nic->id;
    assoc.text = nsg.id;
    assoc.previousText = nic->nsg;
    fix.edit.steps.push_back(assoc);
    const std::string rg = scriptResourceGroup(n.topology(), *vm);
    const Vnet* vnet = nullptr;
    n.index().subnet(nic->subnet, &vnet);
    const std::string location = vnet && !vnet->region.empty() ? vnet->region : "<location>";
    Fix rules;
    const std::string nsgLabel = terraformLabel(nsg.name, "nsg");
    addAllowRule(n, nsg, rule, rules,
                 "azurerm_network_security_group." + nsgLabel + ".name"); // reuse the scripts
    fix.azureCli = "az network nsg create --resource-group " + sh(rg) + " --name " + sh(nsg.name) +
                   " --location " + sh(location) + "\n" + rules.azureCli +
                   "az network nic update --resource-group " + sh(rg) + " --name " + sh(nic->id) +
                   " --network-security-group " + sh(nsg.name) + "\n";
    fix.powerShell = "New-AzNetworkSecurityGroup -ResourceGroupName " + ps(rg) + " -Name " + ps(nsg.name) +
                     " -Location " + ps(location) + " | Out-Null\n" + rules.powerShell +
                     "$nic = Get-AzNetworkInterface -ResourceGroupName " + ps(rg) + " -Name " + ps(nic->id) +
                     "\n$nic.NetworkSecurityGroup = $nsg\n$nic | Set-AzNetworkInterface | Out-Null\n";
    fix.bicep = "resource nsg 'Microsoft.Network/networkSecurityGroups@" + std::string(kApiVersion) +
                "' = {\n  name: " + bc(nsg.name) + "\n  location: " + bc(location) + "\n}\n" + rules.bicep +
                "// In NIC " + cm(nic->id) + ": properties.networkSecurityGroup: { id: nsg.id }\n";
    {
        HclDocument tf;
        tf.add(HclBlock("resource", {"azurerm_network_security_group", nsgLabel})
                   .argument("name", hs(nsg.name))
                   .argument("location", hs(location))
                   .argument("resource_group_name", hs(rg)));
        tf.append(rules.terraform);
        const std::string nicLabel = terraformLabel(nic->id, "nic");
        tf.add(HclBlock("data", {"azurerm_network_interface", nicLabel})
                   .argument("name", hs(nic->id))
                   .argument("resource_group_name", hs(rg)));
        tf.add(
            HclBlock("resource", {"azurerm_network_interface_security_group_association", nicLabel})
                .argument("network_interface_id", "data.azurerm_network_interface." + nicLabel + ".id")
                .argument("network_security_group_id", "azurerm_network_security_group." + nsgLabel + ".id"));
        fix.terraform = tf.text();
    }
    return {fix};
}

// NO_ROUTE between two VNets that share a hub but are not peered (the None route of the private
// ranges, azure-facts §1.1; peering is not transitive, §2.1). Ranked as the field uses them: routes
// on both sides through the hub's NVA, or through its gateway when both spokes use it; then a
// direct peering, explained with its commands (the file has no edit that creates a peering).
// Routes between two VNets that share a hub but are not peered, through the hub's NVA or VPN
// gateway, on both sides; then a direct peering, explained (for `findingCode`).
std::vector<Fix> routesBetweenSpokes(const Network& n, const SubnetRef& from, const SubnetRef& to,
                                     const char* findingCode) {
    if (!from.subnet || !to.subnet || to.vnet == from.vnet) return {};
    const int a = n.vnetIndex(from.vnet->id), b = n.vnetIndex(to.vnet->id);
    for (const auto& peer : n.routing().peersOf(a))
        if (peer.vnet == b) return {}; // peered: the None route is not why
    std::vector<Fix> out;
    // A hub both are peered to, with a forwarding NVA or a gateway both use.
    for (const auto& pa : n.routing().peersOf(a))
        for (const auto& pb : n.routing().peersOf(b)) {
            if (pa.vnet != pb.vnet || !out.empty()) continue;
            const Vnet& hub = n.topology().vnets[std::size_t(pa.vnet)];
            std::optional<Ipv4Address> appliance;
            Id device;
            for (std::size_t v = 0; v < n.topology().vms.size() && !appliance; ++v) {
                const Vm& vm = n.topology().vms[v];
                const Nic* nic = vm.primaryNic();
                if (!vm.nva || !vm.nva->osIpForwarding || !nic || !nic->enableIPForwarding ||
                    !nic->primaryIpConfiguration() ||
                    n.placement(int(v), int(nic - vm.nics.data())).vnet != pa.vnet)
                    continue;
                appliance = nic->primaryIpConfiguration()->privateIp;
                device = vm.id;
            }
            const bool gateway = !appliance && n.routing().transitProvider(a) == pa.vnet &&
                                 n.routing().transitProvider(b) == pa.vnet;
            if (!appliance && !gateway) continue;
            // A user route's VirtualNetworkGateway is the VPN gateway: an ExpressRoute gateway
            // cannot be one, nor either while both coexist (azure-facts §1.3, §1.4).
            if (gateway) {
                if (coexistingGateways(n.topology(), hub.id)) continue;
                for (const auto& g : n.topology().gateways)
                    if (g.vnet == hub.id && g.type == GatewayType::Vpn && device.empty()) device = g.id;
                if (device.empty()) continue;
            }
            Fix fix = make(fixcode::kRouteThroughHub, findingCode,
                           {kCtx,
                            QT_TRANSLATE_NOOP("Fix", "Route %1 and %2 to each other through %3 in %4"),
                            {Message::object(from.vnet->id), Message::object(to.vnet->id),
                             Message::object(device), Message::object(hub.id)}},
                           {kCtx,
                            QT_TRANSLATE_NOOP("Fix", "Peering is not transitive: two spokes of one hub reach "
                                                     "each other only through something in the hub that "
                                                     "forwards. A user route on each side (for the other "
                                                     "spoke's space) sends the traffic there, both ways."),
                            {}});
            const NextHopType type =
                appliance ? NextHopType::VirtualAppliance : NextHopType::VirtualNetworkGateway;
            std::vector<RouteToAdd> there, back;
            for (const auto& p : to.vnet->addressSpace)
                there.push_back({"to-" + to.vnet->id, p, appliance, type});
            for (const auto& p : from.vnet->addressSpace)
                back.push_back({"to-" + from.vnet->id, p, appliance, type});
            addRoutes(n, from, there, fix);
            addRoutes(n, to, back, fix);
            if (!fix.edit.empty()) out.push_back(std::move(fix));
        }
    Fix peering = make(fixcode::kPeerDirectly, findingCode,
                       {kCtx,
                        QT_TRANSLATE_NOOP("Fix", "Alternative: peer %1 and %2 directly"),
                        {Message::object(from.vnet->id), Message::object(to.vnet->id)}},
                       {kCtx,
                        QT_TRANSLATE_NOOP("Fix", "A direct peering gives each VNet a route to the other's "
                                                 "space; add it to the drawing once it exists (a peering is "
                                                 "one object per direction in Azure)."),
                        {}});
    for (int side = 0; side < 2; ++side) {
        const Vnet& v = side ? *to.vnet : *from.vnet;
        const Vnet& other = side ? *from.vnet : *to.vnet;
        peering.azureCli += "az network vnet peering create --resource-group " +
                            sh(scriptResourceGroup(n.topology(), v)) + " --vnet-name " + sh(nameOf(v)) +
                            " --name " + sh(nameOf(v) + "-to-" + nameOf(other)) + " --remote-vnet " +
                            sh(nameOf(other)) + " --allow-vnet-access\n";
        peering.powerShell += "Add-AzVirtualNetworkPeering -Name " + ps(nameOf(v) + "-to-" + nameOf(other)) +
                              " -VirtualNetwork (Get-AzVirtualNetwork -ResourceGroupName " +
                              ps(scriptResourceGroup(n.topology(), v)) + " -Name " + ps(nameOf(v)) +
                              ") -RemoteVirtualNetworkId (Get-AzVirtualNetwork -ResourceGroupName " +
                              ps(scriptResourceGroup(n.topology(), other)) + " -Name " + ps(nameOf(other)) +
                              ").Id | Out-Null\n";
        peering.bicep += "resource peering" + std::to_string(side + 1) +
                         " 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@" + kApiVersion +
                         "' = {\n  name: " + bc(nameOf(v) + "/" + nameOf(v) + "-to-" + nameOf(other)) +
                         "\n  properties: {\n    remoteVirtualNetwork: {\n      id: resourceId(" +
                         bc(scriptResourceGroup(n.topology(), other)) +
                         ", 'Microsoft.Network/virtualNetworks', " + bc(nameOf(other)) +
                         ")\n    }\n    allowVirtualNetworkAccess: true\n  }\n}\n";
    }
    {
        HclDocument tf;
        std::string labels[2];
        for (int side = 0; side < 2; ++side) {
            const Vnet& v = side ? *to.vnet : *from.vnet;
            labels[side] = freeLabel(tf.text(), "data", "azurerm_virtual_network", nameOf(v), "vnet");
            tf.add(HclBlock("data", {"azurerm_virtual_network", labels[side]})
                       .argument("name", hs(nameOf(v)))
                       .argument("resource_group_name", hs(scriptResourceGroup(n.topology(), v))));
        }
        for (int side = 0; side < 2; ++side) {
            const Vnet& v = side ? *to.vnet : *from.vnet;
            const Vnet& other = side ? *from.vnet : *to.vnet;
            const std::string name = nameOf(v) + "-to-" + nameOf(other);
            tf.add(HclBlock("resource", {"azurerm_virtual_network_peering",
                                         freeLabel(tf.text(), "resource", "azurerm_virtual_network_peering",
                                                   name, "peering")})
                       .argument("name", hs(name))
                       .argument("resource_group_name", hs(scriptResourceGroup(n.topology(), v)))
                       .argument("virtual_network_name", hs(nameOf(v)))
                       .argument("remote_virtual_network_id",
                                 "data.azurerm_virtual_network." + labels[1 - side] + ".id")
                       .argument("allow_virtual_network_access", "true"));
        }
        peering.terraform = tf.text();
    }
    out.push_back(std::move(peering));
    return out;
}

// NO_ROUTE where a VPN gateway learned no route and has no default site: what a subnet's
// 0.0.0.0/0 → VirtualNetworkGateway hands it has nowhere to go (forced tunnelling by a default
// site, azure-facts §2.2, T30). The gateway reads its default site exactly where the tracer does:
// for an address it learned no route for and that is not its VNet's or a peer's. Each site it has
// a VPN connection to can be that site, those with an Internet edge first for a public address;
// with none, an explained alternative: connect one, or learn 0.0.0.0/0 over BGP.
std::vector<Fix> gatewayWithoutDefaultSite(const Network& n, const Trace& t, const Finding& f) {
    const Gateway* gw = n.index().gateway(f.object);
    if (!gw || gw->type != GatewayType::Vpn) return {};
    // A default site the gateway has a VPN connection to decides; one without is as none.
    if (!gw->defaultSite.empty() && hasVpnConnection(n.topology(), gw->id, gw->defaultSite)) return {};
    if (f.hop < 0 || f.hop >= int(t.hops.size())) return {};
    const Hop& at = t.hops[std::size_t(f.hop)];
    if (at.kind != HopKind::Gateway || at.node != gw->id || at.route || !at.before.destination) return {};
    const Ipv4Address destination = *at.before.destination;
    const BgpFabric& fabric = n.routing().fabric();
    if (fabric.lookup(fabric.speakerOf(SpeakerKind::Gateway, n.index().find(gw->id)->index), destination)
            .path)
        return {}; // a learned route decided: the default site is not read
    if (const int vnet = n.vnetIndex(gw->vnet); vnet >= 0) {
        std::vector<int> space{vnet};
        for (const auto& peer : n.routing().peersOf(vnet))
            space.push_back(peer.vnet);
        for (const int v : space)
            for (const auto& p : n.topology().vnets[std::size_t(v)].addressSpace)
                if (p.contains(destination)) return {}; // forwarded into the VNet instead
    }
    // The sites it has a VPN connection to, except the one the packet came from (back into its tunnel).
    const Id cameFrom = f.hop > 0 && t.hops[std::size_t(f.hop - 1)].kind == HopKind::Site
                            ? t.hops[std::size_t(f.hop - 1)].node
                            : Id();
    std::vector<const Site*> sites;
    for (const auto& c : n.topology().connections) {
        if (c.gateway != gw->id || c.type != GatewayType::Vpn || c.isVnet2Vnet() || c.site == cameFrom)
            continue;
        const Site* site = n.index().site(c.site);
        if (site && std::find(sites.begin(), sites.end(), site) == sites.end()) sites.push_back(site);
    }
    if (!isNonPublic(destination))
        std::stable_partition(sites.begin(), sites.end(), [](const Site* s) {
            return s->edge && s->edge->internetAccess && !s->edge->publicIps.empty();
        });

    if (sites.empty())
        return {make(fixcode::kDefaultSiteAlternative, finding::kNoRoute,
                     {kCtx,
                      QT_TRANSLATE_NOOP("Fix", "Alternative: connect a site to gateway %1 as its default "
                                               "site, or learn 0.0.0.0/0 over BGP"),
                      {Message::object(gw->id)}},
                     {kCtx,
                      QT_TRANSLATE_NOOP(
                          "Fix", "A VPN gateway sends what it has learned no route for to its default site, "
                                 "which must be a site it has a VPN connection to; gateway %1 has none to "
                                 "choose. Connect the on-premises site that is to carry this traffic and "
                                 "make it the default site, or have that site announce 0.0.0.0/0 over BGP. "
                                 "If the traffic is not meant to leave through on-premises, route the "
                                 "subnet's 0.0.0.0/0 to the Internet instead."),
                      {Message::object(gw->id)}})};

    std::vector<Fix> out;
    const std::string gwRg = scriptResourceGroup(n.topology(), *gw);
    const std::string gwName = nameOf(*gw);
    for (const Site* site : sites) {
        Fix fix = make(
            fixcode::kSetGatewayDefaultSite, finding::kNoRoute,
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "Make site %1 the default site of gateway %2"),
             {Message::object(site->id), Message::object(gw->id)}},
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "A VPN gateway sends what it has learned no route for to its default "
                                      "site (forced tunnelling). The gateway must be route-based, and the "
                                      "device of site %1 must accept 0.0.0.0/0 as its traffic selector and "
                                      "send Internet traffic on from its own address."),
             {Message::object(site->id)}});
        EditStep step;
        step.kind = EditStep::Kind::SetGatewayDefaultSite;
        step.target = gw->id;
        step.text = site->id;
        step.previousText = gw->defaultSite;
        fix.edit.steps.push_back(step);
        // In Azure the site is a local network gateway; it may sit in another resource group, so
        // the CLI passes its id rather than a name resolved in the gateway's group.
        const std::string siteRg = scriptResourceGroup(n.topology(), *site);
        const std::string siteName = nameOf(*site);
        fix.azureCli = "site_id=$(az network local-gateway show --resource-group " + sh(siteRg) + " --name " +
                       sh(siteName) + " --query id --output tsv)\n" +
                       "az network vnet-gateway update --resource-group " + sh(gwRg) + " --name " +
                       sh(gwName) + " --gateway-default-site \"$site_id\"\n";
        fix.powerShell = "$site = Get-AzLocalNetworkGateway -ResourceGroupName " + ps(siteRg) + " -Name " +
                         ps(siteName) + "\n$gateway = Get-AzVirtualNetworkGateway -ResourceGroupName " +
                         ps(gwRg) + " -Name " + ps(gwName) +
                         "\nSet-AzVirtualNetworkGatewayDefaultSite -VirtualNetworkGateway $gateway "
                         "-GatewayDefaultSite $site | Out-Null\n";
        fix.bicep = "// In the 'Microsoft.Network/virtualNetworkGateways' resource of gateway " + cm(gwName) +
                    ":\n  properties: {\n    gatewayDefaultSite: {\n      id: resourceId(" + bc(siteRg) +
                    ", 'Microsoft.Network/localNetworkGateways', " + bc(siteName) + ")\n    }\n  }\n";
        HclDocument tf;
        const std::string label = terraformLabel(siteName, "site");
        tf.add(HclBlock("data", {"azurerm_local_network_gateway", label})
                   .argument("name", hs(siteName))
                   .argument("resource_group_name", hs(siteRg)));
        tf.comment("In the azurerm_virtual_network_gateway named " + cm(gwName) + ":");
        tf.argument("default_local_network_gateway_id",
                    "data.azurerm_local_network_gateway." + label + ".id");
        fix.terraform = tf.text();
        out.push_back(std::move(fix));
    }
    return out;
}

std::vector<Fix> noRoute(const Network& n, const Trace& t, const Finding& f) {
    if (n.index().gateway(f.object)) return gatewayWithoutDefaultSite(n, t, f);
    if (f.hop < 0 || f.hop >= int(t.hops.size())) return {};
    const Hop& at = t.hops[std::size_t(f.hop)];
    const SubnetRef from = subnetOfNic(n, at.nic);
    if (!from.subnet || !at.after.destination) return {};
    const AddressOwner* owner = n.nicWithPrivateIp(*at.after.destination);
    if (!owner || owner->kind != AddressOwner::NicAddress) return {};
    const Nic& destinationNic = n.topology().vms[std::size_t(owner->object)].nics[std::size_t(owner->nic)];
    return routesBetweenSpokes(n, from, subnetOfNic(n, destinationNic.id), finding::kNoRoute);
}

} // namespace

int FixVerification::brokenCount() const {
    int n = 0;
    for (const auto& c : changes)
        n += c.broken();
    return n;
}

namespace {
// PRIVATE_ENDPOINT_BYPASS: the endpoint's /32 beats the client's user route to a firewall or NVA.
// Route-table network policies on the endpoint's subnet, and a user route for that subnet's
// prefix (longer than the VNet's range, so it invalidates the /32, azure-facts-2 §14.2, T45) in
// the client's table, send the traffic through the appliance the user meant.
std::vector<Fix> privateEndpointBypass(const Network& n, const Trace& t, const Finding& f) {
    const PrivateEndpoint* pe = n.index().privateEndpoint(f.object);
    if (!pe || f.hop < 0 || f.hop >= int(t.hops.size())) return {};
    const Vnet* peVnet = nullptr;
    const Subnet* peSubnet = n.index().subnet(pe->subnet, &peVnet);
    const SubnetRef client = subnetOfNic(n, t.hops[std::size_t(f.hop)].nic);
    const SubnetRoutes* routes = client.subnet ? n.subnetRoutes(client.subnet->id) : nullptr;
    if (!peSubnet || !peVnet || !client.subnet || !routes) return {};
    std::optional<Ipv4Address> appliance;
    for (const auto& b : routes->beaten(pe->privateIp))
        if (b.route.source == RouteSource::User && b.route.nextHopType == NextHopType::VirtualAppliance &&
            !b.route.nextHopIps.empty() && !appliance)
            appliance = b.route.nextHopIps.front();
    if (!appliance) return {};
    Fix fix =
        make(fixcode::kSteerPrivateEndpointTraffic, finding::kPrivateEndpointBypass,
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "Send traffic for private endpoint %1 through %2"),
              {Message::object(pe->id), appliance->toString()}},
             {kCtx,
              QT_TRANSLATE_NOOP("Fix", "With route-table network policies on subnet %1, a user route for "
                                       "%2 (no broader than the VNet's range) in the client's route table "
                                       "marks the endpoint's /32 Invalid, and the traffic follows the user "
                                       "route to %3. Other subnets' traffic to the endpoint keeps its path "
                                       "unless their tables route it too."),
              {Message::object(peSubnet->id), peSubnet->addressPrefix.toString(), appliance->toString()}});
    // Keep NSG policies where they were on: Enabled covers both.
    const auto policies = peSubnet->privateEndpointNetworkPolicies;
    const bool setPolicies = !peSubnet->routeTablesApplyToPrivateEndpoints();
    const char* wanted = policies == PrivateEndpointNetworkPolicies::NetworkSecurityGroupEnabled
                             ? "Enabled"
                             : "RouteTableEnabled";
    if (setPolicies) {
        EditStep step;
        step.kind = EditStep::Kind::SetSubnetPrivateEndpointPolicies;
        step.target = peSubnet->id;
        step.text = wanted;
        step.previousText = policies ? toString(*policies) : "";
        fix.edit.steps.push_back(step);
    }
    addRoutes(n, client, {{"to-" + nameOf(*pe) + "-subnet", peSubnet->addressPrefix, appliance}}, fix);
    if (setPolicies) {
        const std::string rg = scriptResourceGroup(n.topology(), *peVnet);
        fix.azureCli = "az network vnet subnet update --resource-group " + sh(rg) + " --vnet-name " +
                       sh(nameOf(*peVnet)) + " --name " + sh(nameOf(*peSubnet)) +
                       " --private-endpoint-network-policies " + wanted + "\n" + fix.azureCli;
        fix.powerShell = "$vnet = Get-AzVirtualNetwork -ResourceGroupName " + ps(rg) + " -Name " +
                         ps(nameOf(*peVnet)) +
                         "\n$pe = Get-AzVirtualNetworkSubnetConfig -VirtualNetwork $vnet -Name " +
                         ps(nameOf(*peSubnet)) + "\n$pe.PrivateEndpointNetworkPolicies = '" + wanted +
                         "'\n$vnet | Set-AzVirtualNetwork | Out-Null\n" + fix.powerShell;
        fix.bicep = "// Subnet " + cm(peSubnet->id) + " of VNet " + cm(peVnet->id) +
                    ":\n  properties: {\n    privateEndpointNetworkPolicies: '" + wanted + "'\n  }\n" +
                    fix.bicep;
        fix.terraform = HclDocument()
                            .comment("In the azurerm_subnet of subnet " + cm(nameOf(*peSubnet)) + " in " +
                                     cm(nameOf(*peVnet)) + " (azurerm 4):")
                            .argument("private_endpoint_network_policies", hs(wanted))
                            .append(fix.terraform)
                            .text();
    }
    return {fix};
}

// What no edit of the drawing can do, said as an alternative with the reason (azure-facts-2 §13,
// §18): the user still learns what would make the flow work in Azure.
std::vector<Fix> explainedAlternatives(const std::string& code) {
    if (code == finding::kIcmpUnsupported || code == finding::kProtocolNotCarried)
        return {make(
            fixcode::kInstancePublicIpForProtocol, code.c_str(),
            {kCtx, QT_TRANSLATE_NOOP("Fix", "Give the VM an instance-level public IP"), {}},
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "A NAT gateway, a load balancer's outbound SNAT, default outbound "
                                      "access and Azure Firewall carry only TCP and UDP to the Internet. "
                                      "A public IP on the VM's own NIC carries ICMP, ESP and AH too; "
                                      "for IPsec, NAT traversal (UDP 4500) passes a NAT gateway."),
             {}})};
    if (code == finding::kLbNoHealthyBackend)
        return {make(
            fixcode::kRepairHealthProbe, code.c_str(),
            {kCtx, QT_TRANSLATE_NOOP("Fix", "Make the health probe succeed on a member"), {}},
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "The load balancer sends nothing to a member its probe finds down. "
                                      "The probe comes from 168.63.129.16 (service tag AzureLoadBalancer): "
                                      "the member's NSGs must allow it on the probe port, and the service "
                                      "must answer there. In the design, a member's \"healthy\" says what "
                                      "the probe finds."),
             {}})};
    if (code == finding::kLbNoRule)
        return {make(
            fixcode::kAddLoadBalancingRule, code.c_str(),
            {kCtx, QT_TRANSLATE_NOOP("Fix", "Add a load-balancing rule for this protocol and port"), {}},
            {kCtx,
             QT_TRANSLATE_NOOP("Fix", "A load balancer forwards only what a rule names: TCP or UDP on the "
                                      "rule's frontend port, or every port with an HA-ports rule (protocol "
                                      "All, ports 0) on an internal frontend. ICMP and other protocols are "
                                      "never forwarded to the members."),
             {}})};
    if (code == finding::kLbHairpin)
        return {
            make(fixcode::kReachBackendDirectly, code.c_str(),
                 {kCtx, QT_TRANSLATE_NOOP("Fix", "Reach the service without its own frontend"), {}},
                 {kCtx,
                  QT_TRANSLATE_NOOP("Fix", "A member of an internal load balancer's pool cannot reach that "
                                           "load balancer's frontend. Call another member directly, or run "
                                           "the client outside the pool."),
                  {}})};
    return {};
}

std::vector<Fix> fixesByCode(const Network& network, const Trace& trace, const Finding& finding) {
    const std::string& code = finding.code;
    if (code == finding::kSourceNotAzurePublic) return sourceNotAzurePublic(network, trace, finding);
    if (code == finding::kNsgDeny) return nsgDeny(network, trace, finding);
    if (code == finding::kAppGwInstanceSource) return appGatewayInstances(network, trace, finding);
    if (code == finding::kIpForwardingDisabled) return ipForwarding(network, trace, finding);
    if (code == finding::kNvaRouteLoop) return nvaRouteLoop(network, trace, finding);
    if (code == finding::kMsPeeringNotAdvertised) return microsoftPeering(network, trace, finding);
    if (code == finding::kNoGuestGateway) return noGuestGateway(network, trace, finding);
    if (code == finding::kNoEgress) return noEgress(network, trace, finding);
    if (code == finding::kAsymmetricReturn) return asymmetricReturn(network, trace, finding);
    if (code == finding::kPeeringForwardedTraffic) return peeringForwardedTraffic(network, trace, finding);
    if (code == finding::kPublicIpNoNsg) return publicIpWithoutNsg(network, trace, finding);
    if (code == finding::kNoRoute) return noRoute(network, trace, finding);
    if (code == finding::kFirewallDeny) return firewallDeny(network, trace, finding);
    if (code == finding::kPrivateEndpointBypass) return privateEndpointBypass(network, trace, finding);
    if (auto alternatives = explainedAlternatives(code); !alternatives.empty()) return alternatives;
    return {}; // FORCED_TUNNEL, BROAD_SERVICE_TAG, HIDDEN_PLATFORM_ALLOW explain; the others have no safe
               // edit
}
} // namespace

std::vector<Fix> fixesFor(const Network& network, const Trace& trace, const Finding& finding) {
    std::vector<Fix> fixes = fixesByCode(network, trace, finding);
    // A fix that would set what is already set is not offered: it would be applied, change
    // nothing, and leave the user where they were.
    std::erase_if(fixes, [](const Fix& fix) { return fix.applicable() && editChangesNothing(fix.edit); });
    for (Fix& fix : fixes)
        if (fix.blocked) { // part of it cannot be made: none of it is applied, nor scripted
            fix.edit = {};
            fix.azureCli.clear();
            fix.powerShell.clear();
            fix.bicep.clear();
            fix.terraform.clear();
        }
    return fixes;
}

std::vector<std::pair<const Finding*, std::vector<Fix>>> fixesForTrace(const Network& network,
                                                                       const Trace& trace) {
    std::vector<std::pair<const Finding*, std::vector<Fix>>> out;
    for (const auto& f : trace.findings)
        out.emplace_back(&f, fixesFor(network, trace, f));
    return out;
}

std::vector<std::size_t> tracesDependingOn(const std::vector<Trace>& traces, const std::vector<Id>& touched) {
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < traces.size(); ++i) {
        // Both lists are sorted: a merge walk.
        const std::vector<Id>& deps = traces[i].dependsOn;
        auto a = deps.begin();
        auto b = touched.begin();
        while (a != deps.end() && b != touched.end()) {
            if (*a == *b) {
                result.push_back(i);
                break;
            }
            if (*a < *b)
                ++a;
            else
                ++b;
        }
    }
    return result;
}

FixVerification compareAfterEdit(const Network& after, const std::vector<Trace>& before,
                                 const std::vector<Id>& touched, const Trace& target) {
    return compareAfterEdit(after, before, tracesDependingOn(before, touched), target);
}

FixVerification compareAfterEdit(const Network& after, const std::vector<Trace>& before,
                                 const std::vector<std::size_t>& candidates, const Trace& target) {
    FixVerification v;
    auto source = [](const Trace& t) {
        return t.apparentSource ? t.apparentSource->toString() : std::string();
    };
    const auto& flows = after.topology().flows;
    auto sameFlow = [](const Trace& a, const Trace& b) {
        return a.flowId == b.flowId && a.source == b.source && a.destination == b.destination &&
               a.protocol == b.protocol && a.port == b.port;
    };
    // The target is usually one of the file's flows, and one the edit touches: then its verdict
    // after the edit is the one computed below, not traced again.
    std::optional<bool> targetDelivered;
    // A trace that depends on nothing the edit touched comes out the same after it.
    for (const std::size_t i : candidates) {
        const Trace& was = before[i];
        // The traces are usually in file order, every flow usable: no id lookup then.
        const Flow* flow =
            i < flows.size() && flows[i].id == was.flowId ? &flows[i] : after.index().flow(was.flowId);
        if (!flow) continue;
        try {
            const Trace now = traceFlow(after, FlowSpec::fromFlow(*flow));
            if (was.verdict != now.verdict || source(was) != source(now))
                v.changes.push_back({was.flowId, was.verdict, now.verdict, source(was), source(now)});
            if (!target.flowId.empty() && sameFlow(was, target))
                targetDelivered = now.verdict == Verdict::Delivered;
        } catch (const TraceInputError&) {
        }
    }
    if (targetDelivered) {
        v.targetDelivered = *targetDelivered;
        return v;
    }
    const FlowSpec spec{
        target.flowId, target.flowName, target.source, target.destination, target.protocol, target.port, {}};
    try {
        v.targetDelivered = traceFlow(after, spec).verdict == Verdict::Delivered;
    } catch (const TraceInputError&) {
    }
    return v;
}

FixVerification verifyEdit(const Network& network, const Edit& edit, const Trace& target,
                           const std::vector<Trace>* before) {
    auto edited = std::make_shared<Topology>(network.topology());
    if (Message error = applyEdit(*edited, edit); !error.empty()) {
        FixVerification v;
        v.error = std::move(error);
        return v;
    }
    const auto after = Network::rebuildAfterEdit(network, edited, editScope(network.topology(), edit));
    const std::vector<Trace> computed = before ? std::vector<Trace>() : traceUsableFlows(network);
    return compareAfterEdit(*after, before ? *before : computed, touchedIds(network.topology(), edit),
                            target);
}

} // namespace pathlight
