#pragma once
// Effective routes of every subnet (and so of every NIC in it), computed as azure-facts §11.1-2
// describes: default system routes, peering routes, gateway routes (BGP, static VPN sites and
// Route Server) unless the route table disables propagation, then user-defined routes.
// Gateway routes are the same for every subnet that sees a given gateway, so they are computed
// once per providing VNet and shared.

#include "catalog/service_tags.h"
#include "common/message.h"
#include "routing/bgp_fabric.h"
#include "routing/route_set.h"
#include "topology/topology_index.h"

#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pathlight {

// A matching route that lost to the one Azure uses, and why (for the hop inspector).
struct BeatenRoute {
    EffectiveRoute route;
    Message why;
};

class SubnetRoutes {
public:
    // The route Azure uses for a destination: longest prefix; on a tie User > BGP > System;
    // VNet and peering system routes beat gateway routes even when those are longer (§1.4).
    const EffectiveRoute* lookup(Ipv4Address destination) const;
    // The active 0.0.0.0/0 route (what decides KMS's platform allowance and forced tunneling).
    const EffectiveRoute* defaultRoute() const;
    // Every row as Azure's effective-routes view lists it, losers marked Invalid.
    std::vector<EffectiveRoute> table() const;
    // The other rows whose prefix contains the destination, each with why lookup() did not pick
    // it: Azure marked it Invalid, a longer prefix matched, or precedence (User > BGP > System).
    std::vector<BeatenRoute> beaten(Ipv4Address destination) const;

    const RouteSet& own() const { return local_->own; }
    const RouteSet* gatewayRoutes() const { return gateway_.get(); }
    bool propagationDisabled() const { return local_->propagationDisabled; }
    // User routes of the subnet's table that Azure refuses and never deploys: next hop
    // VirtualNetworkGateway while ExpressRoute and VPN gateways coexist (azure-facts §1.4, UDR).
    // They take no part in routing; the tracer and the lints name them.
    const std::vector<EffectiveRoute>& refusedRoutes() const { return local_->refused; }
    // Prefixes of the subnet's UDRs, which Azure adds to the VirtualNetwork tag (§4.2).
    const std::vector<Ipv4Prefix>& userPrefixes() const { return local_->userPrefixes; }
    // User routes of the subnet's table on a service tag that no loaded file knows. They route
    // nothing here; a packet to a public address may be theirs (SERVICE_TAG_UNRESOLVED).
    struct UnresolvedTagRoute {
        std::string route, tag;
        Id table;
    };
    const std::vector<UnresolvedTagRoute>& unresolvedTagRoutes() const { return local_->unresolvedTags; }
    // True when the address is in the VNet's or a peered VNet's space.
    bool inVirtualNetworkSpace(Ipv4Address address) const {
        return local_->vnetSpace.longestMatch(address) != PrefixTrie::kNone;
    }

private:
    friend class RoutingModel;
    // The subnet's own routes, shared by the copies that only see new gateway routes (a BGP
    // announcement changes those alone).
    struct Local {
        RouteSet own;
        PrefixTrie vnetSpace;
        std::vector<Ipv4Prefix> userPrefixes;
        std::vector<EffectiveRoute> refused;
        std::vector<UnresolvedTagRoute> unresolvedTags;
        bool propagationDisabled = false;
    };
    std::shared_ptr<const Local> local_;
    std::shared_ptr<const RouteSet> gateway_;
};

// True when VNet `vnet` has both an ExpressRoute and a VPN gateway (coexistence, azure-facts §5).
bool coexistingGateways(const Topology& topology, const Id& vnet);

class RoutingModel {
public:
    RoutingModel() = default;
    // `tags`: the loaded service tag file, for user routes on a service tag (may be null).
    RoutingModel(const Topology& topology, const TopologyIndex& index,
                 std::shared_ptr<const ServiceTagDatabase> tags = nullptr);

    const SubnetRoutes& subnet(int vnet, int subnet) const { return *subnets_[vnet][subnet]; }
    // Recomputes only the subnets associated with these route tables (after the user edits
    // them); gateway routes do not depend on route tables and are reused. `associationsChanged`:
    // some subnet joined or left a table since the model was built or last told so (the index
    // from table to subnets is then built again).
    void recomputeRouteTables(const Topology& topology, const TopologyIndex& index,
                              const std::vector<Id>& routeTables, bool associationsChanged);
    // Recomputes the BGP fabric and the gateway routes (after what a site or an NVA announces
    // changed); each subnet keeps its own routes and sees the new gateway routes. Peerings and
    // gateways must be the same as when the model was built.
    void recomputeFabric(const Topology& topology, const TopologyIndex& index);

    const BgpFabric& fabric() const { return *fabric_; }
    // The VNet whose gateways and Route Server serve this VNet (itself, its transit hub, or -1).
    int transitProvider(int vnet) const { return transitProvider_[vnet]; }
    struct Peer {
        int vnet;
        int peering;
    };
    const std::vector<Peer>& peersOf(int vnet) const { return peers_[vnet]; }

private:
    void computeSubnet(const Topology& t, const TopologyIndex& index, int vnet, int subnet);
    // The routes of the table's routes on a service tag, expanded by the tag file; a tag it does
    // not know is listed in out.unresolvedTags.
    void addServiceTagRoutes(const RouteTable& table, const std::vector<const Route*>& tagRoutes,
                             const std::function<bool(const Route&)>& refused,
                             SubnetRoutes::Local& out) const;
    // The /32 InterfaceEndpoint routes of the private endpoints in VNet `vnet` and its direct
    // peers, each Invalid under a covering user route of `table` where policies say so.
    void addPrivateEndpointRoutes(const Topology& t, const TopologyIndex& index, int vnet,
                                  const RouteTable* table, SubnetRoutes::Local& out) const;
    std::shared_ptr<const RouteSet> computeGatewayRoutes(const Topology& t, int providerVnet) const;

    std::vector<int> transitProvider_;
    std::vector<std::vector<Peer>> peers_;
    void indexRouteTables(const Topology& t);
    std::shared_ptr<const BgpFabric> fabric_; // shared by copies: route tables do not change it
    // Route table id ("" for none) -> its subnets (vnet, subnet), shared by copies until an
    // association changes.
    std::shared_ptr<const std::unordered_map<Id, std::vector<std::pair<int, int>>>> tableSubnets_;
    std::vector<std::shared_ptr<const RouteSet>> gatewayRoutes_; // by providing VNet
    // Shared by copies (a copy of the model recomputes a few subnets and keeps the rest): copying
    // the model copies pointers, never the routes.
    std::vector<std::vector<std::shared_ptr<const SubnetRoutes>>> subnets_;
    std::shared_ptr<const ServiceTagDatabase> tags_;
};

} // namespace pathlight
