#include "routing/route_set.h"

#include <map>

namespace pathlight {

const char* toString(RouteSource s) {
    switch (s) {
    case RouteSource::Default:
        return "Default";
    case RouteSource::User:
        return "User";
    case RouteSource::VirtualNetworkGateway:
        return "VirtualNetworkGateway";
    }
    return "Default";
}

const char* toString(RouteState s) {
    return s == RouteState::Active ? "Active" : "Invalid";
}

const char* toString(RouteOrigin o) {
    switch (o) {
    case RouteOrigin::SystemVnet:
        return "vnet";
    case RouteOrigin::SystemPeering:
        return "peering";
    case RouteOrigin::SystemInternet:
        return "internet";
    case RouteOrigin::SystemNone:
        return "reserved";
    case RouteOrigin::UserDefined:
        return "udr";
    case RouteOrigin::GatewayBgp:
        return "bgp";
    case RouteOrigin::GatewayStatic:
        return "localNetworkGateway";
    case RouteOrigin::RouteServer:
        return "routeServer";
    case RouteOrigin::SystemPrivateEndpoint:
        return "privateEndpoint";
    case RouteOrigin::SystemServiceEndpoint:
        return "serviceEndpoint";
    }
    return "";
}

const char* toString(RouteLoss loss) {
    // The texts are terms too (context "Routing"): the routing explanation shows them translated.
    switch (loss) {
    case RouteLoss::None:
        return "";
    case RouteLoss::OverriddenByUser:
        return QT_TRANSLATE_NOOP("Routing", "overridden by the User route with the same prefix");
    case RouteLoss::OverriddenByGateway:
        return QT_TRANSLATE_NOOP("Routing",
                                 "overridden by the VirtualNetworkGateway route with the same prefix");
    case RouteLoss::OverriddenByDefault:
        return QT_TRANSLATE_NOOP("Routing", "overridden by the Default route with the same prefix");
    case RouteLoss::ExpressRoutePreferred:
        return QT_TRANSLATE_NOOP("Routing", "ExpressRoute is preferred for the same prefix");
    case RouteLoss::ShorterAsPathWins:
        return QT_TRANSLATE_NOOP("Routing", "a shorter AS path wins");
    case RouteLoss::InvalidatedByUserRoute:
        return QT_TRANSLATE_NOOP("Routing", "invalidated by a user route that covers the private endpoint "
                                            "(route-table network policies on its subnet)");
    }
    return "";
}

Message routeLossMessage(RouteLoss loss) {
    return Message{"Routing", toString(loss), {}};
}

RouteLoss overriddenBy(RouteSource winner) {
    switch (winner) {
    case RouteSource::User:
        return RouteLoss::OverriddenByUser;
    case RouteSource::VirtualNetworkGateway:
        return RouteLoss::OverriddenByGateway;
    case RouteSource::Default:
        return RouteLoss::OverriddenByDefault;
    }
    return RouteLoss::OverriddenByDefault;
}

void RouteSet::seal() {
    std::map<Ipv4Prefix, std::vector<std::uint32_t>> groups;
    for (std::uint32_t i = 0; i < routes_.size(); ++i)
        groups[routes_[i].prefix].push_back(i);
    winners_.clear();
    groupPrefix_.clear();
    trie_ = PrefixTrie();
    for (auto& [prefix, members] : groups) {
        std::uint32_t best = members.front();
        for (auto i : members) {
            // Routes already marked Invalid (e.g. a longer BGP AS path) never win.
            const bool bestInvalid = routes_[best].state == RouteState::Invalid;
            const bool iInvalid = routes_[i].state == RouteState::Invalid;
            if ((bestInvalid && !iInvalid) ||
                (bestInvalid == iInvalid && tieRank(routes_[i].source) > tieRank(routes_[best].source)))
                best = i;
        }
        for (auto i : members)
            if (i != best && routes_[i].state == RouteState::Active) {
                routes_[i].state = RouteState::Invalid;
                routes_[i].invalidReason = overriddenBy(routes_[best].source);
            }
        // A prefix whose every route is Invalid (a private endpoint's /32 under a covering user
        // route) is shown in the table but never chosen.
        if (routes_[best].state == RouteState::Invalid) continue;
        trie_.insert(prefix, std::uint32_t(winners_.size()));
        winners_.push_back(best);
        groupPrefix_.push_back(prefix);
    }
}

const EffectiveRoute* RouteSet::exact(const Ipv4Prefix& prefix) const {
    const EffectiveRoute* found = nullptr;
    forEachMatch(prefix.network(), [&](const EffectiveRoute& r) {
        if (r.prefix == prefix) found = &r;
    });
    return found;
}

} // namespace pathlight
