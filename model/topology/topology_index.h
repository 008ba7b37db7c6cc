#pragma once
// Lookup of any object by its id. Rebuilt after every edit; the topology stays a plain value.

#include "topology/topology.h"

#include <unordered_map>

namespace pathlight {

enum class ObjectKind {
    Site,
    Host,
    Circuit,
    Vnet,
    Subnet,
    Peering,
    Gateway,
    Connection,
    RouteServer,
    Vm,
    Nic,
    AppGateway,
    NatGateway,
    Nsg,
    RouteTable,
    Endpoint,
    Flow,
    Firewall,                 // version 2
    PrivateEndpoint,          // version 2
    ApplicationSecurityGroup, // version 2
    LoadBalancer,             // version 2
    LoadBalancerFrontend,     // version 2: member of a load balancer
    LoadBalancerPool,         // version 2: member of a load balancer
};
const char* toString(ObjectKind kind);

struct ObjectRef {
    ObjectKind kind = ObjectKind::Site;
    int index = -1;  // index in the top-level array (site, vnet, vm ...)
    int member = -1; // host in site, subnet in vnet, nic in vm
};

class TopologyIndex {
public:
    TopologyIndex() = default;
    explicit TopologyIndex(const Topology& topology);

    const ObjectRef* find(const Id& id) const;
    bool contains(const Id& id) const { return find(id) != nullptr; }
    bool is(const Id& id, ObjectKind kind) const {
        const auto* r = find(id);
        return r && r->kind == kind;
    }

    const Site* site(const Id& id) const;
    const Host* host(const Id& id, const Site** owner = nullptr) const;
    const Circuit* circuit(const Id& id) const;
    const Vnet* vnet(const Id& id) const;
    const Subnet* subnet(const Id& id, const Vnet** owner = nullptr) const;
    const Gateway* gateway(const Id& id) const;
    const RouteServer* routeServer(const Id& id) const;
    const Vm* vm(const Id& id) const;
    const Nic* nic(const Id& id, const Vm** owner = nullptr) const;
    const AppGateway* appGateway(const Id& id) const;
    const NatGateway* natGateway(const Id& id) const;
    const Nsg* nsg(const Id& id) const;
    const RouteTable* routeTable(const Id& id) const;
    const Endpoint* endpoint(const Id& id) const;
    const Flow* flow(const Id& id) const;
    const Firewall* firewall(const Id& id) const;
    const PrivateEndpoint* privateEndpoint(const Id& id) const;
    const ApplicationSecurityGroup* applicationSecurityGroup(const Id& id) const;
    const LoadBalancer* loadBalancer(const Id& id) const;
    // A frontend or pool and its load balancer.
    const LoadBalancerFrontend* loadBalancerFrontend(const Id& id,
                                                     const LoadBalancer** owner = nullptr) const;
    const LoadBalancerPool* loadBalancerPool(const Id& id, const LoadBalancer** owner = nullptr) const;

    const Topology& topology() const { return *topology_; }

    // What a person reads for an object: its `name` when it has one, else its id (also for an
    // id the topology does not hold, such as "internet").
    const std::string& displayName(const Id& id) const;

private:
    const ObjectRef* findKind(const Id& id, ObjectKind kind) const;
    const Topology* topology_ = nullptr;
    std::unordered_map<Id, ObjectRef> refs_;
};

} // namespace pathlight
