#pragma once
// Everything the tracer needs, computed once from a topology: routes of every subnet, the BGP
// fabric, compiled NSGs and address owners. Immutable once built; shared by traces.

#include "catalog/endpoint_catalog.h"
#include "routing/routing_model.h"
#include "security/nsg_evaluator.h"
#include "topology/change_scope.h"
#include "topology/topology_index.h"

#include <memory>
#include <unordered_map>

namespace pathlight {

struct AddressOwner {
    enum Kind {
        NicAddress,
        AppGatewayInstance,
        AppGatewayFrontend,
        RouteServerAddress,
        FirewallFrontend, // the firewall's private IP, what user routes point to (azure-facts-2 §12.2)
        FirewallInstance, // an instance address the firewall translates to (§12.4)
        FirewallPublicIp,
        PrivateEndpointAddress,
        LoadBalancerFrontendAddress, // `object` the load balancer, `nic` the frontend's index
    } kind = NicAddress;
    int object = -1; // vm, appGateway, routeServer, firewall or privateEndpoint index
    int nic = -1;    // for NicAddress
    int ipConfiguration = -1;
};

// Where a NIC sits, resolved once so the tracer does no string lookups per hop.
struct NicPlacement {
    int vnet = -1, subnet = -1; // -1 when the subnet is unknown
    int nicNsg = -1;            // NSG indices, -1 for none
    int subnetNsg = -1;
};

class Network {
public:
    static std::shared_ptr<const Network> build(std::shared_ptr<const Topology> topology,
                                                std::shared_ptr<const EndpointCatalog> catalog);
    // A copy of `previous` for a topology changed within `scope` (topology/change_scope.h): the
    // routes of the subnets of the listed route tables are recomputed, the NSGs recompiled when
    // they changed, the BGP fabric and the gateway routes when announcements changed; everything
    // else is shared with `previous`, not copied. The result equals Network::build(topology)
    // (tests/model/tst_incremental checks it). The scope's `objectsAddedOrRemoved` and
    // `nsgAssociations` say whether the id positions and the address placements still hold.
    static std::shared_ptr<const Network> rebuildAfterEdit(const Network& previous,
                                                           std::shared_ptr<const Topology> topology,
                                                           const ChangeScope& scope);

    const Topology& topology() const { return *topology_; }
    const std::shared_ptr<const Topology>& topologyPtr() const { return topology_; }
    const TopologyIndex& index() const { return *index_; }
    const EndpointCatalog& catalog() const { return *catalog_; }
    const std::shared_ptr<const EndpointCatalog>& catalogPtr() const { return catalog_; }
    const RoutingModel& routing() const { return *routing_; }
    const NsgEvaluator& nsgs() const { return *nsgEvaluator_; }

    const AddressOwner* ownerInVnet(int vnet, Ipv4Address address) const;
    const AddressOwner* ownerOfPublicIp(Ipv4Address address) const;
    // The first NIC (in file order) holding a private address, in any VNet.
    const AddressOwner* nicWithPrivateIp(Ipv4Address address) const;
    // {site, host} of the host with this address, or {-1, -1}.
    std::pair<int, int> hostWithIp(Ipv4Address address) const;
    int vnetIndex(const Id& id) const;
    int nsgIndex(const Id& id) const;
    // Subnet position of a NIC, app gateway or subnet id: {vnet, subnet} or {-1, -1}.
    std::pair<int, int> subnetPosition(const Id& subnetId) const;
    const SubnetRoutes* subnetRoutes(const Id& subnetId) const;
    const NicPlacement& placement(int vm, int nic) const { return addresses_->placements[vm][nic]; }
    int subnetNsgIndex(int vnet, int subnet) const { return addresses_->subnetNsgs[vnet][subnet]; }

private:
    // Who owns each address and where each NIC sits: O(NICs) string lookups to build, so a
    // rebuild that adds no object and moves no NSG association shares it with its predecessor.
    struct AddressIndex {
        std::unordered_map<std::uint64_t, AddressOwner> vnetOwners; // (vnet << 32) | address
        std::unordered_map<std::uint32_t, AddressOwner> publicOwners;
        std::unordered_map<std::uint32_t, AddressOwner> privateNicOwners;
        std::unordered_map<std::uint32_t, std::pair<int, int>> hosts;
        std::vector<std::vector<NicPlacement>> placements;
        std::vector<std::vector<int>> subnetNsgs;
    };

    Network() = default;
    void indexAddresses();

    std::shared_ptr<const Topology> topology_;
    std::shared_ptr<const EndpointCatalog> catalog_;
    std::shared_ptr<const TopologyIndex>
        index_; // shared with a rebuild over the same, edited-in-place topology
    std::shared_ptr<const RoutingModel> routing_; // shared with a rebuild that changed no route
    std::shared_ptr<const NsgEvaluator> nsgEvaluator_;
    std::shared_ptr<const AddressIndex> addresses_;
};

} // namespace pathlight
