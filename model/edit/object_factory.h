#pragma once
// Creates new objects with valid defaults, so a newly drawn design traces without typing: fresh
// ids, the next free /24 in a VNet, the next free NIC address outside Azure's five reserved ones,
// a GatewaySubnet or RouteServerSubnet when a gateway or Route Server needs one.

#include "common/message.h"
#include "edit/topology_patch.h"

#include <optional>
#include <string>

namespace pathlight {

struct NewObject {
    TopologyPatch patch; // empty when it could not be created
    Id id;
    Message error; // why not (e.g. "a subnet goes inside a VNet"); empty text when it worked
    bool failed() const { return *error.sourceText != '\0'; }
};

// What the palette places. An NSG or a route table is not drawn: it is associated with the subnet
// (or, for an NSG, the VM's primary NIC or the NIC) it is dropped on.
enum class NewObjectKind {
    Site,
    Host,
    Circuit,
    Vnet,
    Subnet,
    ExpressRouteGateway,
    VpnGateway,
    RouteServer,
    Vm,
    Nva,
    AppGateway,
    NatGateway,
    Endpoint,
    Nsg,
    RouteTable,
    Firewall,                 // version 2: in the VNet's AzureFirewallSubnet, made on demand
    PrivateEndpoint,          // version 2: in a workload subnet
    ApplicationSecurityGroup, // version 2: not drawn; holds the VM it is dropped on
    LoadBalancer,             // version 2: an internal Standard one, its frontend in a subnet
};
// The palette's name of a kind (site, host, circuit, vnet, subnet, gateway, vpn-gateway,
// route-server, vm, nva, app-gateway, nat-gateway, endpoint, nsg, route-table, firewall,
// private-endpoint, asg, load-balancer): what its drag
// data carries. Never null.
const char* toString(NewObjectKind kind);
// The kind of a palette name, or nothing for an unknown one.
std::optional<NewObjectKind> newObjectKindFromString(const std::string& name);

// A new object of `kind` dropped on `container` (the id of a VNet, subnet or site, or empty) at
// (x, y) on the canvas.
NewObject createObject(const Topology& topology, NewObjectKind kind, const Id& container, double x, double y);
// The same for a palette name; an unknown name is refused with the reason.
NewObject createObject(const Topology& topology, const std::string& kind, const Id& container, double x,
                       double y);

// Connects two objects (in either order): VNet–VNet peering, ExpressRoute gateway–circuit and VPN
// gateway–site connections, site–circuit attachment, NVA–Route Server BGP peer. Anything else is
// refused with the reason.
NewObject connectObjects(const Topology& topology, const Id& a, const Id& b);

// Containment on the canvas sets the subnet: moves a VM or NVA (its primary NIC) or an
// Application Gateway into another subnet of any VNet, in `document` (the topology's canonical
// JSON, being edited). The NIC or gateway takes the next free addresses there; a public IP stays.
// Returns why not (empty text when it moved or had nothing to do).
Message moveIntoSubnet(const Topology& topology, Json& document, const Id& id, const Id& subnet);
// A drag on the canvas: each box's new place and, for a VM, NVA or Application Gateway dropped
// in another subnet, that subnet (moveIntoSubnet, in the same patch). Only layout operations
// when nothing changes subnet. On a refused move the patch is empty, `refused` says why and
// `refusedId` names the object.
struct BoxMove {
    LayoutPlacement box;
    Id intoSubnet; // empty: it stays in its subnet
};
TopologyPatch movePatch(const Topology& topology, const std::vector<BoxMove>& moves, Message* refused,
                        Id* refusedId);
// Helpers, exposed for tests and the inspector.
std::optional<Ipv4Prefix> nextFreeSubnet(const Topology& topology, const Id& vnet, int length);
std::optional<Ipv4Address> nextFreeAddress(const Topology& topology, const Id& subnet,
                                           const std::vector<Ipv4Address>& alsoUsed = {});
Id uniqueId(const Topology& topology, const std::string& base);
// The first block of `length` inside `within` that overlaps nothing in `used`.
std::optional<Ipv4Prefix> freeBlock(const Ipv4Prefix& within, int length,
                                    const std::vector<Ipv4Prefix>& used);

} // namespace pathlight
