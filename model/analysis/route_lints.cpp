#include "analysis/route_lints.h"

namespace pathlight {

std::vector<Diagnostic> lintRoutes(const Network& network) {
    std::vector<Diagnostic> out;
    const Topology& t = network.topology();
    for (std::size_t a = 0; a < t.appGateways.size(); ++a) {
        const AppGateway& gw = t.appGateways[a];
        if (!gw.isV2()) continue;
        const auto [v, s] = network.subnetPosition(gw.subnet);
        if (v < 0) continue;
        const EffectiveRoute* route = network.routing().subnet(v, s).defaultRoute();
        if (!route || route->source != RouteSource::VirtualNetworkGateway) continue;
        out.push_back(
            {Severity::Warning, "APPGW_V2_UNSUPPORTED_ROUTE", "/appGateways/" + std::to_string(a) + "/subnet",
             Message{"Lint",
                     QT_TRANSLATE_NOOP("Lint", "Application Gateway v2 \"%1\": its subnet \"%2\" learns "
                                               "0.0.0.0/0 from %3, which Azure accepts but does not "
                                               "support for v2; use a 0.0.0.0/0 route with next hop "
                                               "Internet or turn off gateway route propagation"),
                     {Message::object(gw.id), Message::object(gw.subnet),
                      route->viaDetail.empty() ? Message::object(route->via)
                                               : Message::object(route->viaDetail)}}});
    }
    // AzureFirewallSubnet outside forced-tunneling mode must reach the Internet directly: a
    // default route learned over BGP (ExpressRoute or VPN forced tunneling, Route Server) has to be
    // overridden by a user route 0.0.0.0/0 → Internet (azure-facts-2 §12.2, FWLIM; T55 (d)).
    for (std::size_t f = 0; f < t.firewalls.size(); ++f) {
        const Firewall& fw = t.firewalls[f];
        if (fw.forcedTunneling) continue;
        const Subnet* subnet = firewallSubnet(t, fw);
        if (!subnet) continue;
        const auto [v, s] = network.subnetPosition(subnet->id);
        if (v < 0) continue;
        const EffectiveRoute* route = network.routing().subnet(v, s).defaultRoute();
        if (!route || route->source != RouteSource::VirtualNetworkGateway) continue;
        out.push_back(
            {Severity::Error, "FIREWALL_BGP_DEFAULT_ROUTE",
             "/firewalls/" + std::to_string(f) + "/forcedTunneling",
             Message{"Lint",
                     QT_TRANSLATE_NOOP("Lint",
                                       "Azure Firewall \"%1\": AzureFirewallSubnet learns 0.0.0.0/0 from "
                                       "%2; without forced-tunneling mode the firewall needs direct "
                                       "Internet access: add a route 0.0.0.0/0 → Internet to the subnet's "
                                       "route table, or use forced-tunneling mode"),
                     {Message::object(fw.id), route->viaDetail.empty()
                                                  ? Message::object(route->via)
                                                  : Message::object(route->viaDetail)}}});
    }
    return out;
}

} // namespace pathlight
