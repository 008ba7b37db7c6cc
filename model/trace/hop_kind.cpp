#include "trace/hop_kind.h"

#include <utility>

namespace pathlight {

namespace {

constexpr std::pair<HopKind, const char*> kNames[] = {
    {HopKind::Vm, "vm"},
    {HopKind::Nva, "nva"},
    {HopKind::AppGateway, "appGateway"},
    {HopKind::RouteServer, "routeServer"},
    {HopKind::Gateway, "gateway"},
    {HopKind::Circuit, "circuit"},
    {HopKind::Site, "site"},
    {HopKind::Host, "host"},
    {HopKind::NatGateway, "natGateway"},
    {HopKind::Endpoint, "endpoint"},
    {HopKind::Internet, "internet"},
    {HopKind::Platform, "platform"},
    {HopKind::Firewall, "firewall"},
    {HopKind::PrivateEndpoint, "privateEndpoint"},
    {HopKind::LoadBalancer, "loadBalancer"},
};

} // namespace

const char* toString(HopKind kind) {
    for (const auto& [k, name] : kNames)
        if (k == kind) return name;
    return "vm";
}

} // namespace pathlight
