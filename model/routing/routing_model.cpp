#include "routing/routing_model.h"
#include "common/ascii.h"
#include <functional>
#include <unordered_set>

#include <array>
#include <map>

namespace pathlight {

namespace {

// Azure's default None routes (azure-facts §1.1): RFC 1918 and RFC 6598.
constexpr const auto& kReservedNone = wellknown::kPrivateRanges;

bool hasGatewayOrRouteServer(const Topology& t, const Id& vnet) {
    for (const auto& g : t.gateways)
        if (g.vnet == vnet) return true;
    for (const auto& r : t.routeServers)
        if (r.vnet == vnet) return true;
    return false;
}

} // namespace

// ---- SubnetRoutes ---------------------------------------------------------------------

const EffectiveRoute* SubnetRoutes::lookup(Ipv4Address destination) const {
    const EffectiveRoute* own = local_->own.longestMatch(destination);
    if (!gateway_ || inVirtualNetworkSpace(destination)) return own;
    // "Service endpoint routes override any BGP routes" for the service's prefixes (§15).
    if (own && own->origin == RouteOrigin::SystemServiceEndpoint) return own;
    const EffectiveRoute* learned = gateway_->longestMatch(destination);
    if (!learned) return own;
    if (!own || learned->prefix.length() > own->prefix.length()) return learned;
    if (learned->prefix.length() == own->prefix.length() && tieRank(learned->source) > tieRank(own->source))
        return learned;
    return own;
}

const EffectiveRoute* SubnetRoutes::defaultRoute() const {
    const EffectiveRoute* own = local_->own.exact(Ipv4Prefix());
    const EffectiveRoute* learned = gateway_ ? gateway_->exact(Ipv4Prefix()) : nullptr;
    if (learned && (!own || tieRank(learned->source) > tieRank(own->source))) return learned;
    return own;
}

std::vector<EffectiveRoute> SubnetRoutes::table() const {
    std::vector<EffectiveRoute> rows = local_->own.routes();
    if (gateway_) {
        for (auto& row : rows) {
            if (row.state != RouteState::Active || row.source != RouteSource::Default) continue;
            if (row.origin == RouteOrigin::SystemVnet || row.origin == RouteOrigin::SystemPeering) continue;
            const EffectiveRoute* learned = gateway_->exact(row.prefix);
            if (learned && learned->state == RouteState::Active) {
                row.state = RouteState::Invalid;
                row.invalidReason = RouteLoss::OverriddenByGateway;
            }
        }
        for (EffectiveRoute row : gateway_->routes()) {
            const EffectiveRoute* mine = local_->own.exact(row.prefix);
            if (row.state == RouteState::Active && mine && mine->source == RouteSource::User) {
                row.state = RouteState::Invalid;
                row.invalidReason = RouteLoss::OverriddenByUser;
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::vector<BeatenRoute> SubnetRoutes::beaten(Ipv4Address destination) const {
    std::vector<BeatenRoute> out;
    const EffectiveRoute* winner = lookup(destination);
    if (!winner) return out;
    for (auto& row : table()) {
        if (!row.prefix.contains(destination)) continue;
        if (row.prefix == winner->prefix && row.source == winner->source &&
            row.nextHopType == winner->nextHopType && row.state == RouteState::Active)
            continue; // the winner itself
        Message why;
        if (row.state == RouteState::Invalid)
            why = row.invalidReason == RouteLoss::None
                      ? Message{"Routing", QT_TRANSLATE_NOOP("Routing", "invalid"), {}}
                      : Message{"Routing",
                                QT_TRANSLATE_NOOP("Routing", "invalid: %1"),
                                {Message::term("Routing", toString(row.invalidReason))}};
        else if (row.prefix.length() < winner->prefix.length())
            why = Message{"Routing",
                          QT_TRANSLATE_NOOP("Routing", "a longer prefix (/%1) wins"),
                          {std::to_string(winner->prefix.length())}};
        else
            why = Message{
                "Routing", QT_TRANSLATE_NOOP("Routing", "lower precedence (User > BGP > System)"), {}};
        out.push_back({std::move(row), std::move(why)});
    }
    return out;
}

namespace {

// Which service-tag route wins an exact prefix tie (azure-facts §1.3, UDR; T35): a regional
// service tag (Storage.EastUS), then a service tag (Storage), then AzureCloud's regional tags,
// then AzureCloud. Lower wins.
constexpr std::size_t kMaxTagRoutes = 250000;

int serviceTagRank(const std::string& tag) {
    const bool azureCloud =
        tag.size() >= 10 && asciiEqualsNoCase(std::string_view(tag).substr(0, 10), "AzureCloud");
    const bool regional = tag.find('.') != std::string::npos;
    return azureCloud ? (regional ? 3 : 4) : (regional ? 1 : 2);
}

} // namespace

void RoutingModel::addServiceTagRoutes(const RouteTable& table, const std::vector<const Route*>& tagRoutes,
                                       const std::function<bool(const Route&)>& refused,
                                       SubnetRoutes::Local& out) const {
    if (tagRoutes.empty()) return;
    // An explicit prefix route beats a service-tag route on an exact tie.
    std::unordered_set<std::uint64_t> explicitPrefixes;
    const auto key = [](const Ipv4Prefix& p) {
        return (std::uint64_t(p.network().value()) << 6) | std::uint64_t(p.length());
    };
    for (const auto& route : table.routes)
        if (route.serviceTag.empty()) explicitPrefixes.insert(key(route.addressPrefix));
    std::map<std::uint64_t, std::pair<int, EffectiveRoute>> chosen; // ordered: the same routes every time
    for (const Route* route : tagRoutes) {
        const ServiceTag* tag = tags_ ? tags_->find(route->serviceTag) : nullptr;
        // A table's tag routes stay within kMaxTagRoutes prefixes; beyond, a tag is left
        // unresolved (said as such) rather than filling memory (breaker).
        if (tag && chosen.size() + tag->prefixes.size() > kMaxTagRoutes) tag = nullptr;
        if (!tag) {
            out.unresolvedTags.push_back({route->name, route->serviceTag, table.id});
            continue;
        }
        const int rank = serviceTagRank(tag->name);
        for (const auto& prefix : tag->prefixes) {
            if (explicitPrefixes.count(key(prefix))) continue;
            const auto at = chosen.find(key(prefix));
            if (at != chosen.end() && at->second.first <= rank) continue;
            EffectiveRoute r;
            r.source = RouteSource::User;
            r.prefix = prefix;
            r.nextHopType = route->nextHopType;
            if (route->nextHopIpAddress && route->nextHopType == NextHopType::VirtualAppliance)
                r.nextHopIps.push_back(*route->nextHopIpAddress);
            r.origin = RouteOrigin::UserDefined;
            r.name = route->name;
            r.via = table.id;
            r.serviceTag = route->serviceTag;
            chosen[key(prefix)] = {rank, std::move(r)};
        }
    }
    for (auto& [k, entry] : chosen) {
        (void)k;
        const Route* route = nullptr;
        for (const Route* candidate : tagRoutes)
            if (candidate->name == entry.second.name) route = candidate;
        if (route && refused(*route))
            out.refused.push_back(std::move(entry.second));
        else
            out.own.add(std::move(entry.second));
    }
}

// ---- RoutingModel ---------------------------------------------------------------------

RoutingModel::RoutingModel(const Topology& t, const TopologyIndex& index,
                           std::shared_ptr<const ServiceTagDatabase> tags)
    : tags_(std::move(tags)) {
    const int vnetCount = int(t.vnets.size());
    peers_.assign(vnetCount, {});
    transitProvider_.assign(vnetCount, -1);
    auto vnetIndex = [&](const Id& id) {
        const ObjectRef* r = index.find(id);
        return r && r->kind == ObjectKind::Vnet ? r->index : -1;
    };
    for (int p = 0; p < int(t.peerings.size()); ++p) {
        const int a = vnetIndex(t.peerings[p].vnets[0]);
        const int b = vnetIndex(t.peerings[p].vnets[1]);
        if (a < 0 || b < 0 || a == b) continue;
        peers_[a].push_back({b, p});
        peers_[b].push_back({a, p});
    }
    for (int v = 0; v < vnetCount; ++v)
        if (hasGatewayOrRouteServer(t, t.vnets[v].id)) transitProvider_[v] = v;
    for (const auto& peering : t.peerings) {
        if (!peering.gatewayTransit) continue;
        const int user = vnetIndex(peering.gatewayTransit->user);
        const int provider = vnetIndex(peering.gatewayTransit->provider);
        // A VNet with its own gateway cannot use remote gateways (PEERMGMT); the lint says so.
        if (user >= 0 && provider >= 0 && user != provider && transitProvider_[user] != user &&
            transitProvider_[provider] == provider && transitProvider_[user] < 0)
            transitProvider_[user] = provider;
    }
    fabric_ = std::make_shared<const BgpFabric>(t, index, transitProvider_);
    gatewayRoutes_.assign(vnetCount, nullptr);
    for (int v = 0; v < vnetCount; ++v)
        if (transitProvider_[v] == v) gatewayRoutes_[v] = computeGatewayRoutes(t, v);
    indexRouteTables(t);
    subnets_.resize(vnetCount);
    for (int v = 0; v < vnetCount; ++v) {
        subnets_[v].resize(t.vnets[v].subnets.size());
        for (int s = 0; s < int(t.vnets[v].subnets.size()); ++s)
            computeSubnet(t, index, v, s);
    }
}

void RoutingModel::indexRouteTables(const Topology& t) {
    auto tables = std::make_shared<std::unordered_map<Id, std::vector<std::pair<int, int>>>>();
    for (int v = 0; v < int(t.vnets.size()); ++v)
        for (int s = 0; s < int(t.vnets[v].subnets.size()); ++s)
            (*tables)[t.vnets[v].subnets[s].routeTable].emplace_back(v, s); // "": without a table
    tableSubnets_ = std::move(tables);
}

void RoutingModel::recomputeRouteTables(const Topology& t, const TopologyIndex& index,
                                        const std::vector<Id>& routeTables, bool associationsChanged) {
    if (associationsChanged || !tableSubnets_) indexRouteTables(t);
    for (const Id& table : routeTables)
        if (auto it = tableSubnets_->find(table); it != tableSubnets_->end())
            for (const auto& [v, s] : it->second)
                computeSubnet(t, index, v, s);
}

void RoutingModel::recomputeFabric(const Topology& t, const TopologyIndex& index) {
    fabric_ = std::make_shared<const BgpFabric>(*fabric_, t, index, transitProvider_);
    const auto previous = gatewayRoutes_;
    for (int v = 0; v < int(gatewayRoutes_.size()); ++v)
        if (transitProvider_[v] == v) gatewayRoutes_[v] = computeGatewayRoutes(t, v);
    for (int v = 0; v < int(subnets_.size()); ++v) {
        const int provider = transitProvider_[v];
        for (auto& subnet : subnets_[v]) {
            if (provider < 0 || !subnet->gateway_ || subnet->gateway_ != previous[provider]) continue;
            auto copy = std::make_shared<SubnetRoutes>(*subnet);
            copy->gateway_ = gatewayRoutes_[provider];
            subnet = std::move(copy);
        }
    }
}

std::shared_ptr<const RouteSet> RoutingModel::computeGatewayRoutes(const Topology& t,
                                                                   int providerVnet) const {
    // Candidates per prefix from every gateway and Route Server of the providing VNet.
    struct Candidate {
        EffectiveRoute route;
        int preference;
    };
    std::map<Ipv4Prefix, std::vector<Candidate>> candidates;
    const auto& speakers = fabric_->speakers();
    for (int s = 0; s < int(speakers.size()); ++s) {
        const Speaker& sp = speakers[s];
        if (sp.vnet != providerVnet) continue;
        for (const auto& [prefix, paths] : fabric_->table(s)) {
            const BgpPath& best = paths.front();
            if (best.learnedFrom < 0) continue; // the VNet's own space
            const Speaker& from = speakers[best.learnedFrom];
            EffectiveRoute r;
            r.source = RouteSource::VirtualNetworkGateway;
            r.nextHopType = NextHopType::VirtualNetworkGateway;
            r.prefix = prefix;
            r.asPathLength = int(best.asPath.size());
            const int originator = best.originator();
            r.viaDetail = originator >= 0 ? speakers[originator].id : std::string();
            if (sp.kind == SpeakerKind::Gateway) {
                if (from.kind == SpeakerKind::RouteServer) continue; // programmed by Route Server below
                r.origin = best.isStatic ? RouteOrigin::GatewayStatic : RouteOrigin::GatewayBgp;
                r.via = sp.id;
                if (originator >= 0 && speakers[originator].kind == SpeakerKind::Gateway &&
                    speakers[originator].vnet >= 0)
                    r.viaDetail = t.vnets[speakers[originator].vnet].id;
                candidates[prefix].push_back({std::move(r), best.preference});
            } else if (sp.kind == SpeakerKind::RouteServer) {
                if (from.kind != SpeakerKind::Nva) continue; // gateway routes come from the gateway
                // Azure shows Route Server routes as VirtualNetworkGateway with the NVA's address.
                r.origin = RouteOrigin::RouteServer;
                r.via = from.id;
                for (const auto& p : paths)
                    if (p.nextHopIp) r.nextHopIps.push_back(*p.nextHopIp);
                candidates[prefix].push_back({std::move(r), 200});
            }
        }
    }
    auto set = std::make_shared<RouteSet>();
    for (auto& [prefix, list] : candidates) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < list.size(); ++i)
            if (list[i].preference > list[best].preference ||
                (list[i].preference == list[best].preference &&
                 list[i].route.asPathLength < list[best].route.asPathLength))
                best = i;
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i != best) {
                list[i].route.state = RouteState::Invalid;
                list[i].route.invalidReason = list[i].preference < list[best].preference
                                                  ? RouteLoss::ExpressRoutePreferred
                                                  : RouteLoss::ShorterAsPathWins;
            }
            set->add(std::move(list[i].route));
        }
    }
    set->seal();
    return set;
}

void RoutingModel::addPrivateEndpointRoutes(const Topology& t, const TopologyIndex& index, int v,
                                            const RouteTable* table, SubnetRoutes::Local& out) const {
    for (const auto& pe : t.privateEndpoints) {
        const Vnet* owner = nullptr;
        const Subnet* peSubnet = index.subnet(pe.subnet, &owner);
        if (!peSubnet) continue;
        const int peVnet = int(owner - t.vnets.data());
        // Its own VNet and directly peered VNets only, never transitively (azure-facts-2 §14.1).
        bool reaches = peVnet == v;
        for (const auto& peer : peers_[v])
            reaches = reaches || peer.vnet == peVnet;
        if (!reaches) continue;
        EffectiveRoute r;
        r.prefix = Ipv4Prefix(pe.privateIp, 32);
        r.nextHopType = NextHopType::InterfaceEndpoint;
        r.origin = RouteOrigin::SystemPrivateEndpoint;
        r.via = pe.id;
        // A user route no broader than the endpoint VNet's range invalidates the /32 where the
        // endpoint's subnet has route-table policies; 0/0 and supernets do not (§14.2).
        if (table && peSubnet->routeTablesApplyToPrivateEndpoints()) {
            int vnetLength = 0;
            for (const auto& range : owner->addressSpace)
                if (range.contains(pe.privateIp)) vnetLength = range.length();
            for (const auto& route : table->routes)
                if (route.serviceTag.empty() && route.addressPrefix.contains(pe.privateIp) &&
                    route.addressPrefix.length() >= vnetLength && vnetLength > 0) {
                    r.state = RouteState::Invalid;
                    r.invalidReason = RouteLoss::InvalidatedByUserRoute;
                }
        }
        out.own.add(std::move(r));
    }
}

bool coexistingGateways(const Topology& t, const Id& vnet) {
    bool er = false, vpn = false;
    for (const auto& g : t.gateways)
        if (g.vnet == vnet) {
            er = er || g.type == GatewayType::ExpressRoute;
            vpn = vpn || g.type == GatewayType::Vpn;
        }
    return er && vpn;
}

void RoutingModel::computeSubnet(const Topology& t, const TopologyIndex& index, int v, int s) {
    const Vnet& vnet = t.vnets[v];
    const Subnet& subnet = vnet.subnets[s];
    SubnetRoutes::Local out;
    const RouteTable* table = index.routeTable(subnet.routeTable);

    for (const auto& range : vnet.addressSpace) {
        EffectiveRoute r;
        r.prefix = range;
        r.nextHopType = NextHopType::VnetLocal;
        r.origin = RouteOrigin::SystemVnet;
        r.via = vnet.id;
        out.own.add(r);
        out.vnetSpace.insert(range, 0);
    }
    for (const auto& peer : peers_[v])
        for (const auto& range : t.vnets[peer.vnet].addressSpace) {
            EffectiveRoute r;
            r.prefix = range;
            // Between regions Azure labels the route VNetGlobalPeering (azure-facts-2 §17.1).
            const std::string& here = vnet.region;
            const std::string& there = t.vnets[peer.vnet].region;
            r.nextHopType = !here.empty() && !there.empty() && here != there ? NextHopType::VNetGlobalPeering
                                                                             : NextHopType::VNetPeering;
            r.origin = RouteOrigin::SystemPeering;
            r.via = t.peerings[peer.peering].id;
            r.viaDetail = t.vnets[peer.vnet].id;
            out.own.add(r);
            out.vnetSpace.insert(range, 0);
        }
    {
        EffectiveRoute r;
        r.nextHopType = NextHopType::Internet;
        r.origin = RouteOrigin::SystemInternet;
        out.own.add(r);
    }
    // Azure refuses a user route to the virtual network gateway where ExpressRoute and VPN
    // gateways coexist (azure-facts §1.4, UDR): such a route is never deployed.
    const int provider = transitProvider_[v];
    const bool gatewaysCoexist = provider >= 0 && coexistingGateways(t, t.vnets[provider].id);
    auto refused = [&](const Route& route) {
        return gatewaysCoexist && route.nextHopType == NextHopType::VirtualNetworkGateway;
    };
    bool userDefault = false;
    if (table)
        for (const auto& route : table->routes)
            userDefault = userDefault ||
                          (route.serviceTag.empty() && route.addressPrefix.length() == 0 && !refused(route));
    // A user 0.0.0.0/0 removes the reserved None routes (UDR routing example; T1). A BGP-learned
    // default route is not documented to do so (UNCONFIRMED), so it does not here.
    if (!userDefault)
        for (const auto& reserved : kReservedNone) {
            bool replaced = false;
            // Exactly the reserved range as VNet space: the VNet route takes its place; a range
            // that includes it removes it (azure-facts §1.1).
            for (const auto& range : vnet.addressSpace)
                replaced = replaced || range.contains(reserved);
            if (replaced) continue;
            EffectiveRoute r;
            r.prefix = reserved;
            r.nextHopType = NextHopType::None;
            r.origin = RouteOrigin::SystemNone;
            out.own.add(r);
        }
    if (table) {
        std::vector<const Route*> tagRoutes;
        for (const auto& route : table->routes) {
            if (!route.serviceTag.empty()) {
                tagRoutes.push_back(&route);
                continue;
            }
            EffectiveRoute r;
            r.source = RouteSource::User;
            r.prefix = route.addressPrefix;
            r.nextHopType = route.nextHopType;
            if (route.nextHopIpAddress && route.nextHopType == NextHopType::VirtualAppliance)
                r.nextHopIps.push_back(*route.nextHopIpAddress);
            r.origin = RouteOrigin::UserDefined;
            r.name = route.name;
            r.via = table->id;
            if (refused(route)) {
                out.refused.push_back(r);
                continue;
            }
            out.own.add(r);
            out.userPrefixes.push_back(route.addressPrefix);
        }
        addServiceTagRoutes(*table, tagRoutes, refused, out);
        out.propagationDisabled = table->disableBgpRoutePropagation;
    }
    addPrivateEndpointRoutes(t, index, v, table, out);
    // Service endpoints: the service's prefixes, in the VNet's region (SQL only there; Storage's
    // cross-region traffic is Microsoft.Storage.Global), next hop VirtualNetworkServiceEndpoint
    // (azure-facts-2 §15). The service's prefixes are those of the file's endpoints for it.
    for (const auto& service : subnet.serviceEndpoints) {
        const bool global = service.size() > 7 && service.compare(service.size() - 7, 7, ".Global") == 0;
        const std::string base = global ? service.substr(0, service.size() - 7) : service;
        for (const auto& e : t.endpoints) {
            if (e.service != base ||
                (!global && !e.region.empty() && !vnet.region.empty() && e.region != vnet.region))
                continue;
            for (const auto& prefix : e.ips) {
                EffectiveRoute r;
                r.prefix = prefix;
                r.nextHopType = NextHopType::VirtualNetworkServiceEndpoint;
                r.origin = RouteOrigin::SystemServiceEndpoint;
                r.via = e.id;
                out.own.add(std::move(r));
            }
        }
    }
    out.own.seal();
    SubnetRoutes routes;
    if (provider >= 0 && !out.propagationDisabled) routes.gateway_ = gatewayRoutes_[provider];
    routes.local_ = std::make_shared<const SubnetRoutes::Local>(std::move(out));
    subnets_[v][s] = std::make_shared<const SubnetRoutes>(std::move(routes));
}

} // namespace pathlight
