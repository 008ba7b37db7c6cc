#pragma once
// Precise, invertible changes to a topology. A fix carries an Edit; the editor wraps it in an
// undo command, the CLI applies it. Applying an edit and then its inverse gives back an
// identical topology (the same file bytes). Steps address objects by id.

#include "common/message.h"
#include "topology/change_scope.h"
#include "topology/topology.h"

#include <optional>
#include <string>
#include <vector>

namespace pathlight {

struct EditStep {
    enum class Kind {
        AddRouteTable,             // routeTable appended to the topology
        RemoveRouteTable,          // the last route table, which must be `routeTable.id`
        SetSubnetRouteTable,       // subnet's routeTable: text (new) and previousText
        AddRoute,                  // route into routeTable `target` at `index`
        RemoveRoute,               // route at `index` of routeTable `target`
        AddSecurityRule,           // rule into nsg `target` at `index`
        RemoveSecurityRule,        // rule at `index` of nsg `target`
        SetNicIpForwarding,        // nic `target`: flag / previousFlag
        SetNvaOsIpForwarding,      // vm `target`
        SetNvaSnat,                // vm `target`: snat enabled (creates the object when absent) and,
                                   // when `setsExclusions`, its exclude list: prefixes / previousPrefixes
        SetNicGuestDefaultGateway, // nic `target`: guest route added (flag) / previous optional
        SetSubnetDefaultOutbound,  // subnet `target`: defaultOutboundAccess
        // subnet `target`: privateEndpointNetworkPolicies `text` (previousText; empty: absent)
        SetSubnetPrivateEndpointPolicies,
        AddRouteFilterCommunity, // circuit `target`: text at `index`
        RemoveRouteFilterCommunity,
        SetPeeringForwardedTraffic, // peering `target`: allowForwardedTraffic
        AddNsg,                     // nsg appended to the topology
        RemoveNsg,                  // the last NSG, which must be `nsg.id`
        SetNicNsg,                  // nic `target`: nsg text / previousText
        // Version 2: `firewallRule` into (or at `index` out of) the rule collection named
        // `previousText` of the group named `text` of firewall `target`'s policy.
        AddFirewallRule,
        RemoveFirewallRule,
        // gateway `target`: defaultSite `text` (a site id; empty: none) / previousText. Read at
        // trace time only (forced tunnelling to a default site, azure-facts §2.2).
        SetGatewayDefaultSite,
    };
    Kind kind = Kind::AddRoute;
    Id target;
    int index = -1;
    RouteTable routeTable;
    Nsg nsg;
    Route route;
    SecurityRule rule;
    FirewallRule firewallRule;
    std::string text, previousText;
    bool flag = false;
    std::optional<bool> previousFlag; // absent: the key was absent (Azure's default)
    bool createdObject = false;       // SetNvaSnat: the snat object did not exist
    bool setsExclusions = false;      // SetNvaSnat: also sets snat.exclude
    std::vector<Ipv4Prefix> prefixes, previousPrefixes;
};

struct Edit {
    std::vector<EditStep> steps;
    bool empty() const { return steps.empty(); }
};

// Applies every step; on the first step that cannot apply (a missing id, a wrong index) nothing
// is changed and the reason is returned (context "Edit", shown translated). Returns an empty
// Message on success.
Message applyEdit(Topology& topology, const Edit& edit);
// The same, without copying the topology: the steps are applied in place, and when one cannot
// apply, the ones already applied are undone by their inverses. For large topologies (fix
// verification); the result is the same as applyEdit's.
Message applyEditInPlace(Topology& topology, const Edit& edit);
// The edit that undoes `edit` (steps inverted, in reverse order).
Edit invertEdit(const Edit& edit);
// True when every step sets what is already there (a flag to its previous value, a subnet's route
// table or a NIC's NSG to the one it has, SNAT to its present settings): applying it would change
// nothing, so a fix made of it is no fix. Adding or removing an object or a rule always changes.
bool editChangesNothing(const Edit& edit);

// What an edit touches, as the ids a trace records in Trace::dependsOn, sorted and unique: each
// step's object, and what depends on it through the file (a NIC's VM and subnet, a peering's two
// VNets, a circuit's sites, a route table's subnets; an added NSG rule only its NSG's direction,
// nsgDirectionDependency). `topology` is the one before the edit. A
// trace whose dependencies hold none of these ids comes out the same after the edit.
std::vector<Id> touchedIds(const Topology& topology, const Edit& edit);

// What the network must recompute after an edit: the route tables whose routes or associations
// changed, and whether NSG rules or associations did. Everything else an edit can change
// (forwarding flags, SNAT, default outbound access, a route filter) is read at trace time.
ChangeScope editScope(const Topology& topology, const Edit& edit);

} // namespace pathlight
