#include "topology/topology_index.h"

namespace pathlight {

const char* toString(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Site:
        return "site";
    case ObjectKind::Host:
        return "host";
    case ObjectKind::Circuit:
        return "circuit";
    case ObjectKind::Vnet:
        return "vnet";
    case ObjectKind::Subnet:
        return "subnet";
    case ObjectKind::Peering:
        return "peering";
    case ObjectKind::Gateway:
        return "gateway";
    case ObjectKind::Connection:
        return "connection";
    case ObjectKind::RouteServer:
        return "routeServer";
    case ObjectKind::Vm:
        return "vm";
    case ObjectKind::Nic:
        return "nic";
    case ObjectKind::AppGateway:
        return "appGateway";
    case ObjectKind::NatGateway:
        return "natGateway";
    case ObjectKind::Nsg:
        return "nsg";
    case ObjectKind::RouteTable:
        return "routeTable";
    case ObjectKind::Endpoint:
        return "endpoint";
    case ObjectKind::Flow:
        return "flow";
    case ObjectKind::Firewall:
        return "firewall";
    case ObjectKind::PrivateEndpoint:
        return "privateEndpoint";
    case ObjectKind::ApplicationSecurityGroup:
        return "applicationSecurityGroup";
    case ObjectKind::LoadBalancer:
        return "loadBalancer";
    case ObjectKind::LoadBalancerFrontend:
        return "frontendIPConfiguration";
    case ObjectKind::LoadBalancerPool:
        return "backendAddressPool";
    }
    return "object";
}

TopologyIndex::TopologyIndex(const Topology& t) : topology_(&t) {
    auto add = [this](const Id& id, ObjectKind kind, int index, int member = -1) {
        if (!id.empty()) refs_.emplace(id, ObjectRef{kind, index, member});
    };
    auto addAll = [&](const auto& list, ObjectKind kind) {
        for (int i = 0; i < int(list.size()); ++i)
            add(list[i].id, kind, i);
    };
    for (int i = 0; i < int(t.sites.size()); ++i) {
        add(t.sites[i].id, ObjectKind::Site, i);
        for (int h = 0; h < int(t.sites[i].hosts.size()); ++h)
            add(t.sites[i].hosts[h].id, ObjectKind::Host, i, h);
    }
    addAll(t.circuits, ObjectKind::Circuit);
    for (int i = 0; i < int(t.vnets.size()); ++i) {
        add(t.vnets[i].id, ObjectKind::Vnet, i);
        for (int s = 0; s < int(t.vnets[i].subnets.size()); ++s)
            add(t.vnets[i].subnets[s].id, ObjectKind::Subnet, i, s);
    }
    addAll(t.peerings, ObjectKind::Peering);
    addAll(t.gateways, ObjectKind::Gateway);
    addAll(t.connections, ObjectKind::Connection);
    addAll(t.routeServers, ObjectKind::RouteServer);
    for (int i = 0; i < int(t.vms.size()); ++i) {
        add(t.vms[i].id, ObjectKind::Vm, i);
        for (int n = 0; n < int(t.vms[i].nics.size()); ++n)
            add(t.vms[i].nics[n].id, ObjectKind::Nic, i, n);
    }
    addAll(t.appGateways, ObjectKind::AppGateway);
    addAll(t.natGateways, ObjectKind::NatGateway);
    addAll(t.nsgs, ObjectKind::Nsg);
    addAll(t.routeTables, ObjectKind::RouteTable);
    addAll(t.endpoints, ObjectKind::Endpoint);
    addAll(t.flows, ObjectKind::Flow);
    addAll(t.firewalls, ObjectKind::Firewall);
    addAll(t.privateEndpoints, ObjectKind::PrivateEndpoint);
    addAll(t.applicationSecurityGroups, ObjectKind::ApplicationSecurityGroup);
    for (int i = 0; i < int(t.loadBalancers.size()); ++i) {
        add(t.loadBalancers[i].id, ObjectKind::LoadBalancer, i);
        for (int f = 0; f < int(t.loadBalancers[i].frontendIPConfigurations.size()); ++f)
            add(t.loadBalancers[i].frontendIPConfigurations[f].id, ObjectKind::LoadBalancerFrontend, i, f);
        for (int p = 0; p < int(t.loadBalancers[i].backendAddressPools.size()); ++p)
            add(t.loadBalancers[i].backendAddressPools[p].id, ObjectKind::LoadBalancerPool, i, p);
    }
}

const ObjectRef* TopologyIndex::find(const Id& id) const {
    auto it = refs_.find(id);
    return it == refs_.end() ? nullptr : &it->second;
}

const ObjectRef* TopologyIndex::findKind(const Id& id, ObjectKind kind) const {
    if (id.empty()) return nullptr;
    const auto* r = find(id);
    return r && r->kind == kind ? r : nullptr;
}

const Site* TopologyIndex::site(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Site);
    return r ? &topology_->sites[r->index] : nullptr;
}
const Host* TopologyIndex::host(const Id& id, const Site** owner) const {
    const auto* r = findKind(id, ObjectKind::Host);
    if (!r) return nullptr;
    if (owner) *owner = &topology_->sites[r->index];
    return &topology_->sites[r->index].hosts[r->member];
}
const Circuit* TopologyIndex::circuit(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Circuit);
    return r ? &topology_->circuits[r->index] : nullptr;
}
const Vnet* TopologyIndex::vnet(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Vnet);
    return r ? &topology_->vnets[r->index] : nullptr;
}
const Subnet* TopologyIndex::subnet(const Id& id, const Vnet** owner) const {
    const auto* r = findKind(id, ObjectKind::Subnet);
    if (!r) return nullptr;
    if (owner) *owner = &topology_->vnets[r->index];
    return &topology_->vnets[r->index].subnets[r->member];
}
const Gateway* TopologyIndex::gateway(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Gateway);
    return r ? &topology_->gateways[r->index] : nullptr;
}
const RouteServer* TopologyIndex::routeServer(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::RouteServer);
    return r ? &topology_->routeServers[r->index] : nullptr;
}
const Vm* TopologyIndex::vm(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Vm);
    return r ? &topology_->vms[r->index] : nullptr;
}
const Nic* TopologyIndex::nic(const Id& id, const Vm** owner) const {
    const auto* r = findKind(id, ObjectKind::Nic);
    if (!r) return nullptr;
    if (owner) *owner = &topology_->vms[r->index];
    return &topology_->vms[r->index].nics[r->member];
}
const AppGateway* TopologyIndex::appGateway(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::AppGateway);
    return r ? &topology_->appGateways[r->index] : nullptr;
}
const NatGateway* TopologyIndex::natGateway(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::NatGateway);
    return r ? &topology_->natGateways[r->index] : nullptr;
}
const Nsg* TopologyIndex::nsg(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Nsg);
    return r ? &topology_->nsgs[r->index] : nullptr;
}
const RouteTable* TopologyIndex::routeTable(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::RouteTable);
    return r ? &topology_->routeTables[r->index] : nullptr;
}
const Endpoint* TopologyIndex::endpoint(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Endpoint);
    return r ? &topology_->endpoints[r->index] : nullptr;
}
const Flow* TopologyIndex::flow(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Flow);
    return r ? &topology_->flows[r->index] : nullptr;
}
const Firewall* TopologyIndex::firewall(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::Firewall);
    return r ? &topology_->firewalls[r->index] : nullptr;
}
const PrivateEndpoint* TopologyIndex::privateEndpoint(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::PrivateEndpoint);
    return r ? &topology_->privateEndpoints[r->index] : nullptr;
}
const ApplicationSecurityGroup* TopologyIndex::applicationSecurityGroup(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::ApplicationSecurityGroup);
    return r ? &topology_->applicationSecurityGroups[r->index] : nullptr;
}
const LoadBalancer* TopologyIndex::loadBalancer(const Id& id) const {
    const auto* r = findKind(id, ObjectKind::LoadBalancer);
    return r ? &topology_->loadBalancers[r->index] : nullptr;
}
const LoadBalancerFrontend* TopologyIndex::loadBalancerFrontend(const Id& id,
                                                                const LoadBalancer** owner) const {
    const auto* r = findKind(id, ObjectKind::LoadBalancerFrontend);
    if (!r) return nullptr;
    if (owner) *owner = &topology_->loadBalancers[r->index];
    return &topology_->loadBalancers[r->index].frontendIPConfigurations[r->member];
}
const LoadBalancerPool* TopologyIndex::loadBalancerPool(const Id& id, const LoadBalancer** owner) const {
    const auto* r = findKind(id, ObjectKind::LoadBalancerPool);
    if (!r) return nullptr;
    if (owner) *owner = &topology_->loadBalancers[r->index];
    return &topology_->loadBalancers[r->index].backendAddressPools[r->member];
}

const std::string& TopologyIndex::displayName(const Id& id) const {
    const ObjectRef* r = find(id);
    if (!r) return id;
    const auto pick = [&](const auto* object) -> const std::string& {
        return object && !object->name.empty() ? object->name : id;
    };
    switch (r->kind) {
    case ObjectKind::Site:
        return pick(site(id));
    case ObjectKind::Host:
        return pick(host(id));
    case ObjectKind::Circuit:
        return pick(circuit(id));
    case ObjectKind::Vnet:
        return pick(vnet(id));
    case ObjectKind::Subnet:
        return pick(subnet(id));
    case ObjectKind::Gateway:
        return pick(gateway(id));
    case ObjectKind::RouteServer:
        return pick(routeServer(id));
    case ObjectKind::Vm:
        return pick(vm(id));
    case ObjectKind::AppGateway:
        return pick(appGateway(id));
    case ObjectKind::NatGateway:
        return pick(natGateway(id));
    case ObjectKind::Nsg:
        return pick(nsg(id));
    case ObjectKind::RouteTable:
        return pick(routeTable(id));
    case ObjectKind::Endpoint:
        return pick(endpoint(id));
    case ObjectKind::Flow:
        return pick(flow(id));
    case ObjectKind::Firewall:
        return pick(firewall(id));
    case ObjectKind::PrivateEndpoint:
        return pick(privateEndpoint(id));
    case ObjectKind::ApplicationSecurityGroup:
        return pick(applicationSecurityGroup(id));
    case ObjectKind::LoadBalancer:
        return pick(loadBalancer(id));
    case ObjectKind::LoadBalancerFrontend:
        return pick(loadBalancerFrontend(id));
    case ObjectKind::LoadBalancerPool:
        return pick(loadBalancerPool(id));
    case ObjectKind::Nic:
    case ObjectKind::Peering:
    case ObjectKind::Connection:
        return id; // no name in the format: the id is what the file and the canvas show
    }
    return id;
}

} // namespace pathlight
