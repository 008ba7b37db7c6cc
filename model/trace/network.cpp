#include "trace/network.h"

#include <tuple>

namespace pathlight {

std::shared_ptr<const Network> Network::build(std::shared_ptr<const Topology> topology,
                                              std::shared_ptr<const EndpointCatalog> catalog) {
    std::shared_ptr<Network> n(new Network());
    n->topology_ = std::move(topology);
    n->catalog_ = std::move(catalog);
    n->index_ = std::make_shared<const TopologyIndex>(*n->topology_);
    n->routing_ = RoutingModel(*n->topology_, *n->index_);
    n->nsgEvaluator_ = std::make_unique<NsgEvaluator>(*n->topology_, *n->catalog_);
    n->indexAddresses();
    return n;
}

std::shared_ptr<const Network> Network::rebuildAfterRouteTableEdit(const Network& previous,
                                                                   std::shared_ptr<const Topology> topology,
                                                                   const Id& routeTable) {
    std::shared_ptr<Network> n(new Network());
    n->topology_ = std::move(topology);
    n->catalog_ = previous.catalog_;
    n->index_ = std::make_shared<const TopologyIndex>(*n->topology_);
    n->routing_ = previous.routing_;
    n->routing_.recomputeRouteTable(*n->topology_, *n->index_, routeTable);
    n->nsgEvaluator_ = previous.nsgEvaluator_; // NSGs did not change
    n->vnetOwners_ = previous.vnetOwners_;
    n->publicOwners_ = previous.publicOwners_;
    n->privateNicOwners_ = previous.privateNicOwners_;
    n->hosts_ = previous.hosts_;
    n->placements_ = previous.placements_;
    n->subnetNsgs_ = previous.subnetNsgs_;
    return n;
}

std::shared_ptr<const Network> Network::rebuildAfterEdit(const Network& previous,
                                                         std::shared_ptr<const Topology> topology,
                                                         const std::vector<Id>& changedRouteTables,
                                                         const std::vector<Id>& changedNsgs,
                                                         bool objectsAddedOrRemoved) {
    std::shared_ptr<Network> n(new Network());
    n->topology_ = std::move(topology);
    n->catalog_ = previous.catalog_;
    // The index maps ids to positions in the topology it points to: the same topology object,
    // edited in place without adding or removing objects, keeps every position.
    n->index_ = n->topology_ == previous.topology_ && !objectsAddedOrRemoved
                    ? previous.index_
                    : std::make_shared<const TopologyIndex>(*n->topology_);
    n->routing_ = previous.routing_;
    for (const Id& table : changedRouteTables)
        n->routing_.recomputeRouteTable(*n->topology_, *n->index_, table);
    n->nsgEvaluator_ =
        changedNsgs.empty() && previous.topology_->nsgs.size() == n->topology_->nsgs.size()
            ? previous.nsgEvaluator_
            : std::make_shared<const NsgEvaluator>(*previous.nsgEvaluator_, *n->topology_, changedNsgs);
    n->indexAddresses(); // NSG associations are part of the placements
    return n;
}

void Network::indexAddresses() {
    const Topology& t = *topology_;
    subnetNsgs_.assign(t.vnets.size(), {});
    for (std::size_t v = 0; v < t.vnets.size(); ++v)
        for (const auto& s : t.vnets[v].subnets)
            subnetNsgs_[v].push_back(nsgIndex(s.nsg));
    placements_.assign(t.vms.size(), {});
    for (std::size_t v = 0; v < t.vms.size(); ++v)
        for (const auto& nic : t.vms[v].nics) {
            NicPlacement p;
            std::tie(p.vnet, p.subnet) = subnetPosition(nic.subnet);
            p.nicNsg = nsgIndex(nic.nsg);
            if (p.vnet >= 0) p.subnetNsg = subnetNsgs_[p.vnet][p.subnet];
            placements_[v].push_back(p);
        }
    auto key = [](int vnet, Ipv4Address a) { return (std::uint64_t(vnet) << 32) | a.value(); };
    for (int v = 0; v < int(t.vms.size()); ++v)
        for (int n = 0; n < int(t.vms[v].nics.size()); ++n) {
            const Nic& nic = t.vms[v].nics[n];
            const int vnet = subnetPosition(nic.subnet).first;
            for (int c = 0; c < int(nic.ipConfigurations.size()); ++c) {
                const AddressOwner owner{AddressOwner::NicAddress, v, n, c};
                if (vnet >= 0) vnetOwners_.emplace(key(vnet, nic.ipConfigurations[c].privateIp), owner);
                privateNicOwners_.emplace(nic.ipConfigurations[c].privateIp.value(), owner);
                if (nic.ipConfigurations[c].publicIp)
                    publicOwners_.emplace(nic.ipConfigurations[c].publicIp->value(), owner);
            }
        }
    for (int s = 0; s < int(t.sites.size()); ++s)
        for (int h = 0; h < int(t.sites[s].hosts.size()); ++h)
            hosts_.emplace(t.sites[s].hosts[h].ip.value(), std::make_pair(s, h));
    for (int a = 0; a < int(t.appGateways.size()); ++a) {
        const int vnet = subnetPosition(t.appGateways[a].subnet).first;
        if (vnet < 0) continue;
        for (const auto& ip : t.appGateways[a].instanceIps)
            vnetOwners_.emplace(key(vnet, ip), AddressOwner{AddressOwner::AppGatewayInstance, a});
        if (t.appGateways[a].frontendPrivateIp)
            vnetOwners_.emplace(key(vnet, *t.appGateways[a].frontendPrivateIp),
                                AddressOwner{AddressOwner::AppGatewayFrontend, a});
    }
    for (int r = 0; r < int(t.routeServers.size()); ++r) {
        const int vnet = vnetIndex(t.routeServers[r].vnet);
        if (vnet < 0) continue;
        for (const auto& ip : t.routeServers[r].ips)
            vnetOwners_.emplace(key(vnet, ip), AddressOwner{AddressOwner::RouteServerAddress, r});
    }
}

const AddressOwner* Network::ownerInVnet(int vnet, Ipv4Address address) const {
    auto it = vnetOwners_.find((std::uint64_t(vnet) << 32) | address.value());
    return it == vnetOwners_.end() ? nullptr : &it->second;
}

const AddressOwner* Network::ownerOfPublicIp(Ipv4Address address) const {
    auto it = publicOwners_.find(address.value());
    return it == publicOwners_.end() ? nullptr : &it->second;
}

const AddressOwner* Network::nicWithPrivateIp(Ipv4Address address) const {
    auto it = privateNicOwners_.find(address.value());
    return it == privateNicOwners_.end() ? nullptr : &it->second;
}

std::pair<int, int> Network::hostWithIp(Ipv4Address address) const {
    auto it = hosts_.find(address.value());
    return it == hosts_.end() ? std::make_pair(-1, -1) : it->second;
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
    return v < 0 ? nullptr : &routing_.subnet(v, s);
}

} // namespace pathlight
