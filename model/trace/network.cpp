#include "trace/network.h"

#include <tuple>

namespace pathlight {

std::shared_ptr<const Network> Network::build(std::shared_ptr<const Topology> topology,
                                              std::shared_ptr<const EndpointCatalog> catalog) {
    std::shared_ptr<Network> n(new Network());
    n->topology_ = std::move(topology);
    n->catalog_ = std::move(catalog);
    n->index_ = std::make_shared<const TopologyIndex>(*n->topology_);
    n->routing_ =
        std::make_shared<const RoutingModel>(*n->topology_, *n->index_, n->catalog_->serviceTagsPtr());
    n->nsgEvaluator_ = std::make_unique<NsgEvaluator>(*n->topology_, *n->catalog_);
    n->indexAddresses();
    return n;
}

std::shared_ptr<const Network> Network::rebuildAfterEdit(const Network& previous,
                                                         std::shared_ptr<const Topology> topology,
                                                         const ChangeScope& scope) {
    std::shared_ptr<Network> n(new Network());
    n->topology_ = std::move(topology);
    n->catalog_ = previous.catalog_;
    // The index maps ids to positions in the topology it points to: the same topology object,
    // edited in place without adding or removing objects, keeps every position.
    n->index_ = n->topology_ == previous.topology_ && !scope.objectsAddedOrRemoved
                    ? previous.index_
                    : std::make_shared<const TopologyIndex>(*n->topology_);
    if (scope.routeTables.empty() && !scope.bgpAnnouncements) {
        n->routing_ = previous.routing_; // no route changed: the routes are shared, not copied
    } else {
        auto routing = std::make_shared<RoutingModel>(*previous.routing_);
        if (scope.bgpAnnouncements) routing->recomputeFabric(*n->topology_, *n->index_);
        routing->recomputeRouteTables(*n->topology_, *n->index_, scope.routeTables,
                                      scope.routeTableAssociations || scope.objectsAddedOrRemoved);
        n->routing_ = std::move(routing);
    }
    n->nsgEvaluator_ =
        scope.nsgs.empty() && previous.topology_->nsgs.size() == n->topology_->nsgs.size()
            ? previous.nsgEvaluator_
            : std::make_shared<const NsgEvaluator>(*previous.nsgEvaluator_, *n->topology_, scope.nsgs);
    // The address tables hold positions, not pointers: they stay right for another topology
    // object as long as no object came or went and no NSG association moved.
    if (!scope.objectsAddedOrRemoved && !scope.nsgAssociations)
        n->addresses_ = previous.addresses_;
    else
        n->indexAddresses(); // NSG associations are part of the placements
    return n;
}

void Network::indexAddresses() {
    const Topology& t = *topology_;
    auto index = std::make_shared<AddressIndex>();
    index->subnetNsgs.assign(t.vnets.size(), {});
    for (std::size_t v = 0; v < t.vnets.size(); ++v)
        for (const auto& s : t.vnets[v].subnets)
            index->subnetNsgs[v].push_back(nsgIndex(s.nsg));
    index->placements.assign(t.vms.size(), {});
    for (std::size_t v = 0; v < t.vms.size(); ++v)
        for (const auto& nic : t.vms[v].nics) {
            NicPlacement p;
            std::tie(p.vnet, p.subnet) = subnetPosition(nic.subnet);
            p.nicNsg = nsgIndex(nic.nsg);
            if (p.vnet >= 0) p.subnetNsg = index->subnetNsgs[p.vnet][p.subnet];
            index->placements[v].push_back(p);
        }
    auto key = [](int vnet, Ipv4Address a) { return (std::uint64_t(vnet) << 32) | a.value(); };
    for (int v = 0; v < int(t.vms.size()); ++v)
        for (int n = 0; n < int(t.vms[v].nics.size()); ++n) {
            const Nic& nic = t.vms[v].nics[n];
            const int vnet = subnetPosition(nic.subnet).first;
            for (int c = 0; c < int(nic.ipConfigurations.size()); ++c) {
                const AddressOwner owner{AddressOwner::NicAddress, v, n, c};
                if (vnet >= 0) index->vnetOwners.emplace(key(vnet, nic.ipConfigurations[c].privateIp), owner);
                index->privateNicOwners.emplace(nic.ipConfigurations[c].privateIp.value(), owner);
                if (nic.ipConfigurations[c].publicIp)
                    index->publicOwners.emplace(nic.ipConfigurations[c].publicIp->value(), owner);
            }
        }
    for (int s = 0; s < int(t.sites.size()); ++s)
        for (int h = 0; h < int(t.sites[s].hosts.size()); ++h)
            index->hosts.emplace(t.sites[s].hosts[h].ip.value(), std::make_pair(s, h));
    for (int a = 0; a < int(t.appGateways.size()); ++a) {
        const int vnet = subnetPosition(t.appGateways[a].subnet).first;
        if (vnet < 0) continue;
        for (const auto& ip : t.appGateways[a].instanceIps)
            index->vnetOwners.emplace(key(vnet, ip), AddressOwner{AddressOwner::AppGatewayInstance, a});
        if (t.appGateways[a].frontendPrivateIp)
            index->vnetOwners.emplace(key(vnet, *t.appGateways[a].frontendPrivateIp),
                                      AddressOwner{AddressOwner::AppGatewayFrontend, a});
        // The public frontend is a destination from the Internet (its listener), azure-facts §5.2.
        if (t.appGateways[a].frontendPublicIp)
            index->publicOwners.emplace(t.appGateways[a].frontendPublicIp->value(),
                                        AddressOwner{AddressOwner::AppGatewayFrontend, a});
    }
    for (int f = 0; f < int(t.firewalls.size()); ++f) {
        const Firewall& fw = t.firewalls[f];
        const int vnet = vnetIndex(fw.vnet);
        for (const auto& ip : fw.publicIps)
            index->publicOwners.emplace(ip.value(), AddressOwner{AddressOwner::FirewallPublicIp, f});
        if (vnet < 0) continue;
        if (const auto front = firewallPrivateIp(t, fw))
            index->vnetOwners.emplace(key(vnet, *front), AddressOwner{AddressOwner::FirewallFrontend, f});
        for (const auto& ip : firewallInstanceIps(t, fw))
            index->vnetOwners.emplace(key(vnet, ip), AddressOwner{AddressOwner::FirewallInstance, f});
    }
    for (int l = 0; l < int(t.loadBalancers.size()); ++l)
        for (int f = 0; f < int(t.loadBalancers[l].frontendIPConfigurations.size()); ++f) {
            const LoadBalancerFrontend& fe = t.loadBalancers[l].frontendIPConfigurations[f];
            const AddressOwner owner{AddressOwner::LoadBalancerFrontendAddress, l, f};
            if (fe.publicIPAddress) index->publicOwners.emplace(fe.publicIPAddress->value(), owner);
            if (const int vnet = subnetPosition(fe.subnet).first; vnet >= 0 && fe.privateIPAddress)
                index->vnetOwners.emplace(key(vnet, *fe.privateIPAddress), owner);
        }
    for (int p = 0; p < int(t.privateEndpoints.size()); ++p) {
        const int vnet = subnetPosition(t.privateEndpoints[p].subnet).first;
        if (vnet >= 0)
            index->vnetOwners.emplace(key(vnet, t.privateEndpoints[p].privateIp),
                                      AddressOwner{AddressOwner::PrivateEndpointAddress, p});
    }
    for (int r = 0; r < int(t.routeServers.size()); ++r) {
        const int vnet = vnetIndex(t.routeServers[r].vnet);
        if (vnet < 0) continue;
        for (const auto& ip : t.routeServers[r].ips)
            index->vnetOwners.emplace(key(vnet, ip), AddressOwner{AddressOwner::RouteServerAddress, r});
    }
    addresses_ = std::move(index);
}

const AddressOwner* Network::ownerInVnet(int vnet, Ipv4Address address) const {
    auto it = addresses_->vnetOwners.find((std::uint64_t(vnet) << 32) | address.value());
    return it == addresses_->vnetOwners.end() ? nullptr : &it->second;
}

const AddressOwner* Network::ownerOfPublicIp(Ipv4Address address) const {
    auto it = addresses_->publicOwners.find(address.value());
    return it == addresses_->publicOwners.end() ? nullptr : &it->second;
}

const AddressOwner* Network::nicWithPrivateIp(Ipv4Address address) const {
    auto it = addresses_->privateNicOwners.find(address.value());
    return it == addresses_->privateNicOwners.end() ? nullptr : &it->second;
}

std::pair<int, int> Network::hostWithIp(Ipv4Address address) const {
    auto it = addresses_->hosts.find(address.value());
    return it == addresses_->hosts.end() ? std::make_pair(-1, -1) : it->second;
}

int Network::vnetIndex(const Id& id) const {
    const ObjectRef* r = index_->find(id);
    return r && r->kind == ObjectKind::Vnet ? r->index : -1;
}

int Network::nsgIndex(const Id& id) const {
    const ObjectRef* r = index_->find(id);
    return r && r->kind == ObjectKind::Nsg ? r->index : -1;
}

std::pair<int, int> Network::subnetPosition(const Id& subnetId) const {
    const ObjectRef* r = index_->find(subnetId);
    if (!r || r->kind != ObjectKind::Subnet) return {-1, -1};
    return {r->index, r->member};
}

const SubnetRoutes* Network::subnetRoutes(const Id& subnetId) const {
    auto [v, s] = subnetPosition(subnetId);
    return v < 0 ? nullptr : &routing_->subnet(v, s);
}

} // namespace pathlight
