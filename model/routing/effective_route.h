#pragma once
// One row of a NIC's effective route table, as Azure's "Effective routes" view shows it.

#include "common/message.h"
#include "topology/topology.h"

#include <string>
#include <vector>

namespace pathlight {

enum class RouteSource { Default, User, VirtualNetworkGateway };
enum class RouteState { Active, Invalid };

// Why a route is Invalid in the effective routes (azure-facts §1.4, §2.3): another route with the
// same prefix wins on source (User > BGP > Default), or among BGP routes ExpressRoute beats VPN and
// then the shorter AS path wins.
enum class RouteLoss {
    None,
    OverriddenByUser,    // a User route with the same prefix
    OverriddenByGateway, // a VirtualNetworkGateway route with the same prefix
    OverriddenByDefault, // a Default route with the same prefix (only for equal sources)
    ExpressRoutePreferred,
    ShorterAsPathWins,
    // A private endpoint's /32 under a user route of the client's subnet that covers it, where
    // the endpoint's subnet has route-table network policies (azure-facts-2 §14.2).
    InvalidatedByUserRoute,
};

// Where a route came from, finer than Azure's three sources (for explanations and hops).
enum class RouteOrigin {
    SystemVnet,            // the VNet's own address range
    SystemPeering,         // a peered VNet's range
    SystemInternet,        // 0.0.0.0/0
    SystemNone,            // reserved ranges dropped by default
    UserDefined,           // a route table's route
    GatewayBgp,            // learned by a gateway over BGP (ExpressRoute or VPN)
    GatewayStatic,         // a static VPN site's prefixes (local network gateway)
    RouteServer,           // an NVA's route programmed by Route Server
    SystemPrivateEndpoint, // a private endpoint's /32 (InterfaceEndpoint, azure-facts-2 §14.1)
    SystemServiceEndpoint, // a service endpoint's prefixes (azure-facts-2 §15)
};

struct EffectiveRoute {
    RouteSource source = RouteSource::Default;
    RouteState state = RouteState::Active;
    Ipv4Prefix prefix;
    NextHopType nextHopType = NextHopType::None;
    std::vector<Ipv4Address> nextHopIps; // several for ECMP (Route Server)
    RouteOrigin origin = RouteOrigin::SystemVnet;
    std::string name;       // the UDR's name
    Id via;                 // peering, route table, gateway or NVA the route comes from
    Id viaDetail;           // for gateway routes: the site, circuit or VNet that announced it
    std::string serviceTag; // a user route on a service tag: the tag (its prefix is one of the tag's)
    int asPathLength = 0;
    RouteLoss invalidReason = RouteLoss::None; // why it is Invalid
};

const char* toString(RouteSource source);
const char* toString(RouteState state);
const char* toString(RouteOrigin origin);
// The English reason ("overridden by the User route with the same prefix"; "" for None), as the
// trace JSON's "invalidReason" carries it.
const char* toString(RouteLoss loss);
// The reason as a Message (context "Routing") to show translated.
Message routeLossMessage(RouteLoss loss);
// The loss of a route overridden by `winner` with the same prefix.
RouteLoss overriddenBy(RouteSource winner);

// Rank on an exact prefix tie: User > BGP > System (azure-facts §1.4).
inline int tieRank(RouteSource s) {
    return s == RouteSource::User ? 3 : s == RouteSource::VirtualNetworkGateway ? 2 : 1;
}

} // namespace pathlight
