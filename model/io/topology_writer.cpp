// Writes format v1 in a canonical shape: known keys in the format's order, defaults omitted,
// unknown keys appended as they were read. Writing the same topology twice gives the same bytes.

#include "io/topology_io.h"
#include "topology/topology_index.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>

namespace pathlight {

namespace {

Json prefixList(const std::vector<Ipv4Prefix>& list) {
    Json a = Json::array();
    for (const auto& p : list)
        a.push_back(p.toString());
    return a;
}

// Endpoint and NVA lists accept bare addresses; write /32 entries back as addresses.
Json addressOrPrefixList(const std::vector<Ipv4Prefix>& list) {
    Json a = Json::array();
    for (const auto& p : list)
        a.push_back(p.length() == 32 ? p.network().toString() : p.toString());
    return a;
}

Json addressList(const std::vector<Ipv4Address>& list) {
    Json a = Json::array();
    for (const auto& p : list)
        a.push_back(p.toString());
    return a;
}

Json stringList(const std::vector<std::string>& list) {
    Json a = Json::array();
    for (const auto& s : list)
        a.push_back(s);
    return a;
}

void putString(Json& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
}

void putRef(Json& j, const char* key, const Id& value) {
    if (!value.empty()) j[key] = value;
}

Json withExtra(Json j, const Extra& e) {
    for (auto it = e.keys.begin(); it != e.keys.end(); ++it)
        if (!j.contains(it.key())) j[it.key()] = it.value();
    return j;
}

template <typename T, typename F> Json listOf(const std::vector<T>& items, F&& one) {
    Json a = Json::array();
    for (const auto& item : items)
        a.push_back(withExtra(one(item), item));
    return a;
}

Json siteJson(const Site& s) {
    Json j;
    j["id"] = s.id;
    putString(j, "name", s.name);
    j["addressSpace"] = prefixList(s.addressSpace);
    if (!s.hosts.empty())
        j["hosts"] = listOf(s.hosts, [](const Host& h) {
            Json o;
            o["id"] = h.id;
            putString(o, "name", h.name);
            o["ip"] = h.ip.toString();
            return o;
        });
    if (s.bgp) {
        Json b;
        b["asn"] = s.bgp->asn;
        if (s.bgp->advertise) b["advertise"] = prefixList(*s.bgp->advertise);
        j["bgp"] = withExtra(b, *s.bgp);
    }
    if (s.edge) {
        Json e;
        e["publicIps"] = addressList(s.edge->publicIps);
        if (!s.edge->snat) e["snat"] = false;
        if (!s.edge->internetAccess) e["internetAccess"] = false;
        j["edge"] = withExtra(e, *s.edge);
    }
    if (!s.circuits.empty()) j["circuits"] = stringList(s.circuits);
    return j;
}

Json circuitJson(const Circuit& c) {
    Json j;
    j["id"] = c.id;
    putString(j, "name", c.name);
    putString(j, "peeringLocation", c.peeringLocation);
    if (c.bandwidthMbps) j["bandwidthMbps"] = c.bandwidthMbps;
    if (c.privatePeering)
        j["privatePeering"] = withExtra(Json{{"enabled", c.privatePeering->enabled}}, *c.privatePeering);
    if (c.microsoftPeering) {
        Json m;
        m["enabled"] = c.microsoftPeering->enabled;
        if (!c.microsoftPeering->natIps.empty()) m["natIps"] = addressList(c.microsoftPeering->natIps);
        m["routeFilter"] = stringList(c.microsoftPeering->routeFilter);
        j["microsoftPeering"] = withExtra(m, *c.microsoftPeering);
    }
    return j;
}

Json vnetJson(const Vnet& v) {
    Json j;
    j["id"] = v.id;
    putString(j, "name", v.name);
    putString(j, "region", v.region);
    j["addressSpace"] = prefixList(v.addressSpace);
    j["subnets"] = listOf(v.subnets, [](const Subnet& s) {
        Json o;
        o["id"] = s.id;
        putString(o, "name", s.name);
        o["addressPrefix"] = s.addressPrefix.toString();
        putRef(o, "nsg", s.nsg);
        putRef(o, "routeTable", s.routeTable);
        putRef(o, "natGateway", s.natGateway);
        if (!s.defaultOutboundAccess) o["defaultOutboundAccess"] = false;
        if (s.privateEndpointNetworkPolicies)
            o["privateEndpointNetworkPolicies"] = toString(*s.privateEndpointNetworkPolicies);
        if (!s.serviceEndpoints.empty()) o["serviceEndpoints"] = stringList(s.serviceEndpoints);
        return o;
    });
    return j;
}

Json peeringJson(const Peering& p) {
    Json j;
    j["id"] = p.id;
    j["vnets"] = Json::array({p.vnets[0], p.vnets[1]});
    if (!p.allowForwardedTrafficByVnet.empty()) {
        Json byVnet = Json::object();
        for (const auto& [vnet, allowed] : p.allowForwardedTrafficByVnet)
            byVnet[vnet] = allowed;
        j["allowForwardedTraffic"] = byVnet;
    } else if (p.allowForwardedTraffic) {
        j["allowForwardedTraffic"] = true;
    }
    if (p.allowVirtualNetworkAccess) j["allowVirtualNetworkAccess"] = *p.allowVirtualNetworkAccess;
    if (p.gatewayTransit) {
        Json g;
        g["provider"] = p.gatewayTransit->provider.empty() ? Json() : Json(p.gatewayTransit->provider);
        g["user"] = p.gatewayTransit->user.empty() ? Json() : Json(p.gatewayTransit->user);
        j["gatewayTransit"] = withExtra(g, *p.gatewayTransit);
    }
    return j;
}

Json gatewayJson(const Gateway& g) {
    Json j;
    j["id"] = g.id;
    putString(j, "name", g.name);
    j["type"] = toString(g.type);
    j["vnet"] = g.vnet;
    if (g.bgp) j["bgp"] = withExtra(Json{{"asn", g.bgp->asn}}, *g.bgp);
    if (g.activeActive) j["activeActive"] = true;
    putRef(j, "defaultSite", g.defaultSite);
    return j;
}

Json connectionJson(const Connection& c) {
    Json j;
    j["id"] = c.id;
    j["type"] = c.isVnet2Vnet() ? "Vnet2Vnet" : toString(c.type);
    j["gateway"] = c.gateway;
    if (c.type == GatewayType::ExpressRoute)
        j["circuit"] = c.circuit;
    else if (c.isVnet2Vnet()) {
        j["peerGateway"] = c.peerGateway;
        j["bgp"] = c.bgp;
    } else {
        j["site"] = c.site;
        j["bgp"] = c.bgp;
    }
    if (c.localAddressPrefixes) j["localAddressPrefixes"] = prefixList(*c.localAddressPrefixes);
    return j;
}

Json routeServerJson(const RouteServer& rs) {
    Json j;
    j["id"] = rs.id;
    putString(j, "name", rs.name);
    j["vnet"] = rs.vnet;
    j["ips"] = addressList(rs.ips);
    if (rs.branchToBranch) j["branchToBranch"] = true;
    j["peers"] = listOf(rs.peers, [](const RouteServerPeer& p) {
        return Json{{"vm", p.vm}, {"asn", p.asn}};
    });
    return j;
}

Json vmJson(const Vm& vm) {
    Json j;
    j["id"] = vm.id;
    putString(j, "name", vm.name);
    j["os"] = toString(vm.os);
    putString(j, "image", vm.image);
    j["nics"] = listOf(vm.nics, [](const Nic& n) {
        Json o;
        o["id"] = n.id;
        o["subnet"] = n.subnet;
        o["ipConfigurations"] = listOf(n.ipConfigurations, [](const IpConfiguration& c) {
            Json ip;
            putString(ip, "name", c.name);
            ip["privateIp"] = c.privateIp.toString();
            if (c.publicIp) ip["publicIp"] = c.publicIp->toString();
            if (c.primary) ip["primary"] = true;
            if (!c.applicationSecurityGroups.empty())
                ip["applicationSecurityGroups"] = stringList(c.applicationSecurityGroups);
            return ip;
        });
        putRef(o, "nsg", n.nsg);
        if (n.enableIPForwarding) o["enableIPForwarding"] = true;
        if (n.primary) o["primary"] = true;
        if (n.guestDefaultGateway) o["guestDefaultGateway"] = *n.guestDefaultGateway;
        return o;
    });
    if (vm.nva) {
        Json n;
        n["osIpForwarding"] = vm.nva->osIpForwarding;
        if (vm.nva->stateful) n["stateful"] = *vm.nva->stateful;
        if (vm.nva->snat) {
            Json s;
            s["enabled"] = vm.nva->snat->enabled;
            if (!vm.nva->snat->exclude.empty()) s["exclude"] = addressOrPrefixList(vm.nva->snat->exclude);
            n["snat"] = withExtra(s, *vm.nva->snat);
        }
        if (vm.nva->bgp) {
            Json b;
            b["asn"] = vm.nva->bgp->asn;
            if (vm.nva->bgp->defaultOriginate) b["defaultOriginate"] = true;
            if (!vm.nva->bgp->advertise.empty()) b["advertise"] = prefixList(vm.nva->bgp->advertise);
            if (vm.nva->bgp->asPathPrepend) b["asPathPrepend"] = vm.nva->bgp->asPathPrepend;
            n["bgp"] = withExtra(b, *vm.nva->bgp);
        }
        j["nva"] = withExtra(n, *vm.nva);
    }
    return j;
}

Json appGatewayJson(const AppGateway& a) {
    Json j;
    j["id"] = a.id;
    putString(j, "name", a.name);
    j["sku"] = a.sku;
    j["subnet"] = a.subnet;
    if (a.frontendPrivateIp) j["frontendPrivateIp"] = a.frontendPrivateIp->toString();
    if (a.frontendPublicIp) j["frontendPublicIp"] = a.frontendPublicIp->toString();
    j["instanceIps"] = addressList(a.instanceIps);
    j["backends"] = listOf(a.backends, [](const AppGatewayBackend& b) {
        Json o;
        if (b.ip) o["ip"] = b.ip->toString();
        putRef(o, "vm", b.vm);
        o["port"] = b.port;
        o["protocol"] = b.protocol;
        return o;
    });
    return j;
}

Json nsgJson(const Nsg& n) {
    Json j;
    j["id"] = n.id;
    putString(j, "name", n.name);
    j["securityRules"] = listOf(n.securityRules, [](const SecurityRule& r) {
        Json o;
        o["name"] = r.name;
        o["priority"] = r.priority;
        o["direction"] = toString(r.direction);
        o["access"] = toString(r.access);
        o["protocol"] = toString(r.protocol);
        // Groups stand in place of the addresses on their side, as ARM writes them.
        if (!r.sourceApplicationSecurityGroups.empty())
            o["sourceApplicationSecurityGroups"] = stringList(r.sourceApplicationSecurityGroups);
        else
            o["sourceAddressPrefixes"] = stringList(r.sourceAddressPrefixes);
        o["sourcePortRanges"] = stringList(r.sourcePortRanges);
        if (!r.destinationApplicationSecurityGroups.empty())
            o["destinationApplicationSecurityGroups"] = stringList(r.destinationApplicationSecurityGroups);
        else
            o["destinationAddressPrefixes"] = stringList(r.destinationAddressPrefixes);
        o["destinationPortRanges"] = stringList(r.destinationPortRanges);
        return o;
    });
    return j;
}

Json routeTableJson(const RouteTable& rt) {
    Json j;
    j["id"] = rt.id;
    putString(j, "name", rt.name);
    if (rt.disableBgpRoutePropagation) j["disableBgpRoutePropagation"] = true;
    j["routes"] = listOf(rt.routes, [](const Route& r) {
        Json o;
        o["name"] = r.name;
        o["addressPrefix"] = r.serviceTag.empty() ? r.addressPrefix.toString() : r.serviceTag;
        o["nextHopType"] = toString(r.nextHopType);
        if (r.nextHopIpAddress) o["nextHopIpAddress"] = r.nextHopIpAddress->toString();
        return o;
    });
    return j;
}

Json endpointJson(const Endpoint& e) {
    Json j;
    j["id"] = e.id;
    putString(j, "name", e.name);
    putString(j, "fqdn", e.fqdn);
    j["ips"] = addressOrPrefixList(e.ips);
    if (!e.ports.empty()) {
        j["ports"] = Json::array();
        for (int p : e.ports)
            j["ports"].push_back(p);
    }
    putString(j, "protocol", e.protocol);
    if (e.requiresAzureSource) j["requiresAzureSource"] = true;
    putString(j, "service", e.service);
    putString(j, "region", e.region);
    if (e.microsoftPeering)
        j["microsoftPeering"] =
            withExtra(Json{{"community", e.microsoftPeering->community}}, *e.microsoftPeering);
    return j;
}

Json natGatewayJson(const NatGateway& n) {
    Json o;
    o["id"] = n.id;
    putString(o, "name", n.name);
    o["publicIps"] = addressList(n.publicIps);
    if (!n.publicIpPrefixes.empty()) o["publicIpPrefixes"] = prefixList(n.publicIpPrefixes);
    return o;
}

Json firewallRuleJson(const FirewallRule& r) {
    Json o;
    o["name"] = r.name;
    o["ruleType"] = toString(r.ruleType);
    auto putList = [&](const char* key, const std::vector<std::string>& list) {
        if (!list.empty()) o[key] = stringList(list);
    };
    putList("ipProtocols", r.ipProtocols);
    putList("sourceAddresses", r.sourceAddresses);
    putList("destinationAddresses", r.destinationAddresses);
    putList("destinationFqdns", r.destinationFqdns);
    putList("destinationPorts", r.destinationPorts);
    if (!r.protocols.empty())
        o["protocols"] = listOf(r.protocols, [](const FirewallApplicationProtocol& p) {
            return Json{{"protocolType", p.protocolType}, {"port", p.port}};
        });
    putList("targetFqdns", r.targetFqdns);
    putList("fqdnTags", r.fqdnTags);
    if (r.translatedAddress) o["translatedAddress"] = r.translatedAddress->toString();
    if (r.translatedPort) o["translatedPort"] = *r.translatedPort;
    return o;
}

Json firewallJson(const Firewall& f) {
    Json j;
    j["id"] = f.id;
    putString(j, "name", f.name);
    j["vnet"] = f.vnet;
    j["sku"] = toString(f.sku);
    if (f.privateIp) j["privateIp"] = f.privateIp->toString();
    if (!f.instanceIps.empty()) j["instanceIps"] = addressList(f.instanceIps);
    if (!f.publicIps.empty()) j["publicIps"] = addressList(f.publicIps);
    if (f.forcedTunneling) j["forcedTunneling"] = true;
    putString(j, "threatIntelMode", f.threatIntelMode);
    if (f.policy) {
        Json p;
        putString(p, "name", f.policy->name);
        if (f.policy->snat) {
            Json snat = Json::object();
            if (f.policy->snat->privateRanges)
                snat["privateRanges"] = stringList(*f.policy->snat->privateRanges);
            p["snat"] = withExtra(snat, *f.policy->snat);
        }
        p["ruleCollectionGroups"] =
            listOf(f.policy->ruleCollectionGroups, [](const FirewallRuleCollectionGroup& g) {
                Json o;
                o["name"] = g.name;
                o["priority"] = g.priority;
                o["ruleCollections"] = listOf(g.ruleCollections, [](const FirewallRuleCollection& c) {
                    Json rc;
                    rc["name"] = c.name;
                    rc["priority"] = c.priority;
                    rc["ruleCollectionType"] = toString(c.ruleCollectionType);
                    rc["action"] = toString(c.action);
                    rc["rules"] = listOf(c.rules, firewallRuleJson);
                    return rc;
                });
                return o;
            });
        j["policy"] = withExtra(p, *f.policy);
    }
    return j;
}

Json loadBalancerJson(const LoadBalancer& lb) {
    Json j;
    j["id"] = lb.id;
    putString(j, "name", lb.name);
    j["sku"] = lb.sku;
    j["frontendIPConfigurations"] = listOf(lb.frontendIPConfigurations, [](const LoadBalancerFrontend& f) {
        Json o;
        o["id"] = f.id;
        putString(o, "name", f.name);
        putRef(o, "subnet", f.subnet);
        if (f.privateIPAddress) o["privateIPAddress"] = f.privateIPAddress->toString();
        if (f.publicIPAddress) o["publicIPAddress"] = f.publicIPAddress->toString();
        return o;
    });
    j["backendAddressPools"] = listOf(lb.backendAddressPools, [](const LoadBalancerPool& p) {
        Json o;
        o["id"] = p.id;
        putString(o, "name", p.name);
        o["members"] = listOf(p.members, [](const LoadBalancerMember& m) {
            Json member;
            member["nic"] = m.nic;
            if (!m.healthy) member["healthy"] = false;
            return member;
        });
        return o;
    });
    j["loadBalancingRules"] = listOf(lb.loadBalancingRules, [](const LoadBalancingRule& r) {
        Json o;
        o["name"] = r.name;
        o["frontendIPConfiguration"] = r.frontendIPConfiguration;
        o["backendAddressPool"] = r.backendAddressPool;
        o["protocol"] = r.protocol;
        o["frontendPort"] = r.frontendPort;
        o["backendPort"] = r.backendPort;
        if (r.enableFloatingIP) o["enableFloatingIP"] = true;
        if (r.disableOutboundSnat) o["disableOutboundSnat"] = true;
        return o;
    });
    if (!lb.outboundRules.empty())
        j["outboundRules"] = listOf(lb.outboundRules, [](const LoadBalancerOutboundRule& r) {
            Json o;
            o["name"] = r.name;
            o["frontendIPConfigurations"] = stringList(r.frontendIPConfigurations);
            o["backendAddressPool"] = r.backendAddressPool;
            o["protocol"] = r.protocol;
            return o;
        });
    return j;
}

Json privateEndpointJson(const PrivateEndpoint& pe) {
    Json j;
    j["id"] = pe.id;
    putString(j, "name", pe.name);
    j["subnet"] = pe.subnet;
    j["privateIp"] = pe.privateIp.toString();
    if (pe.service) {
        Json s = Json::object();
        putString(s, "name", pe.service->name);
        putString(s, "groupId", pe.service->groupId);
        putString(s, "fqdn", pe.service->fqdn);
        j["service"] = withExtra(s, *pe.service);
    }
    return j;
}

Json applicationSecurityGroupJson(const ApplicationSecurityGroup& asg) {
    Json j;
    j["id"] = asg.id;
    putString(j, "name", asg.name);
    return j;
}

Json flowJson(const Flow& f) {
    Json j;
    j["id"] = f.id;
    putString(j, "name", f.name);
    j["source"] = f.source;
    j["destination"] = f.destination;
    j["protocol"] = toString(f.protocol);
    if (f.port) j["port"] = f.port;
    putString(j, "expect", f.expect);
    return j;
}

} // namespace

Json topologyToJson(const Topology& t) {
    Json j;
    j["format"] = "pathlight.topology";
    j["version"] = usesVersion2(t) ? 2 : 1;
    putString(j, "title", t.title);
    putString(j, "description", t.description);
    if (!t.latency.isDefault()) {
        Json l = Json::object();
        const LatencyAssumptions d;
        auto put = [&](const char* key, double value, double fallback) {
            if (value != fallback) l[key] = value;
        };
        put("intraRegionMs", t.latency.intraRegionMs, d.intraRegionMs);
        put("interRegionMs", t.latency.interRegionMs, d.interRegionMs);
        put("expressRouteMs", t.latency.expressRouteMs, d.expressRouteMs);
        put("vpnMs", t.latency.vpnMs, d.vpnMs);
        put("onPremisesMs", t.latency.onPremisesMs, d.onPremisesMs);
        put("internetMs", t.latency.internetMs, d.internetMs);
        j["latency"] = withExtra(l, t.latency);
    }
    auto put = [&](const char* key, const auto& list, auto&& one) {
        if (!list.empty()) j[key] = listOf(list, one);
    };
    put("sites", t.sites, siteJson);
    put("circuits", t.circuits, circuitJson);
    put("vnets", t.vnets, vnetJson);
    put("peerings", t.peerings, peeringJson);
    put("gateways", t.gateways, gatewayJson);
    put("connections", t.connections, connectionJson);
    put("routeServers", t.routeServers, routeServerJson);
    put("vms", t.vms, vmJson);
    put("appGateways", t.appGateways, appGatewayJson);
    put("natGateways", t.natGateways, natGatewayJson);
    put("firewalls", t.firewalls, firewallJson);
    put("loadBalancers", t.loadBalancers, loadBalancerJson);
    put("privateEndpoints", t.privateEndpoints, privateEndpointJson);
    put("applicationSecurityGroups", t.applicationSecurityGroups, applicationSecurityGroupJson);
    put("nsgs", t.nsgs, nsgJson);
    put("routeTables", t.routeTables, routeTableJson);
    put("endpoints", t.endpoints, endpointJson);
    put("flows", t.flows, flowJson);
    if (!t.layout.empty()) j["layout"] = t.layout;
    return withExtra(j, t);
}

std::string topologyToText(const Topology& topology) {
    return topologyToJson(topology).dump(2) + "\n";
}

namespace {

// The array key of each top-level kind, in the writer's spelling.
const char* arrayKey(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Site:
    case ObjectKind::Host:
        return "sites";
    case ObjectKind::Circuit:
        return "circuits";
    case ObjectKind::Vnet:
    case ObjectKind::Subnet:
        return "vnets";
    case ObjectKind::Peering:
        return "peerings";
    case ObjectKind::Gateway:
        return "gateways";
    case ObjectKind::Connection:
        return "connections";
    case ObjectKind::RouteServer:
        return "routeServers";
    case ObjectKind::Vm:
    case ObjectKind::Nic:
        return "vms";
    case ObjectKind::AppGateway:
        return "appGateways";
    case ObjectKind::NatGateway:
        return "natGateways";
    case ObjectKind::Nsg:
        return "nsgs";
    case ObjectKind::RouteTable:
        return "routeTables";
    case ObjectKind::Endpoint:
        return "endpoints";
    case ObjectKind::Flow:
        return "flows";
    case ObjectKind::Firewall:
        return "firewalls";
    case ObjectKind::PrivateEndpoint:
        return "privateEndpoints";
    case ObjectKind::ApplicationSecurityGroup:
        return "applicationSecurityGroups";
    case ObjectKind::LoadBalancer:
    case ObjectKind::LoadBalancerFrontend:
    case ObjectKind::LoadBalancerPool:
        return "loadBalancers";
    }
    return "";
}

} // namespace

Json nsgToJson(const Nsg& nsg) {
    return withExtra(nsgJson(nsg), nsg);
}

Json firewallRuleToJson(const FirewallRule& rule) {
    return withExtra(firewallRuleJson(rule), rule);
}

Json routeTableToJson(const RouteTable& table) {
    return withExtra(routeTableJson(table), table);
}

ObjectJson objectToJson(const Topology& t, const TopologyIndex& index, const Id& id) {
    const ObjectRef* r = index.find(id);
    if (!r) return {};
    const auto i = std::size_t(r->index);
    const std::string top = std::string("/") + arrayKey(r->kind) + "/" + std::to_string(i);
    auto member = [&](const Json& parent, const char* key) {
        return ObjectJson{top + "/" + key + "/" + std::to_string(r->member),
                          parent.at(key).at(std::size_t(r->member))};
    };
    // A top-level object with its unknown keys, as the whole document writes it (listOf).
    switch (r->kind) {
    case ObjectKind::Site:
        return {top, withExtra(siteJson(t.sites[i]), t.sites[i])};
    case ObjectKind::Host:
        return member(siteJson(t.sites[i]), "hosts");
    case ObjectKind::Circuit:
        return {top, withExtra(circuitJson(t.circuits[i]), t.circuits[i])};
    case ObjectKind::Vnet:
        return {top, withExtra(vnetJson(t.vnets[i]), t.vnets[i])};
    case ObjectKind::Subnet:
        return member(vnetJson(t.vnets[i]), "subnets");
    case ObjectKind::Peering:
        return {top, withExtra(peeringJson(t.peerings[i]), t.peerings[i])};
    case ObjectKind::Gateway:
        return {top, withExtra(gatewayJson(t.gateways[i]), t.gateways[i])};
    case ObjectKind::Connection:
        return {top, withExtra(connectionJson(t.connections[i]), t.connections[i])};
    case ObjectKind::RouteServer:
        return {top, withExtra(routeServerJson(t.routeServers[i]), t.routeServers[i])};
    case ObjectKind::Vm:
        return {top, withExtra(vmJson(t.vms[i]), t.vms[i])};
    case ObjectKind::Nic:
        return member(vmJson(t.vms[i]), "nics");
    case ObjectKind::AppGateway:
        return {top, withExtra(appGatewayJson(t.appGateways[i]), t.appGateways[i])};
    case ObjectKind::NatGateway:
        return {top, withExtra(natGatewayJson(t.natGateways[i]), t.natGateways[i])};
    case ObjectKind::Nsg:
        return {top, withExtra(nsgJson(t.nsgs[i]), t.nsgs[i])};
    case ObjectKind::RouteTable:
        return {top, withExtra(routeTableJson(t.routeTables[i]), t.routeTables[i])};
    case ObjectKind::Endpoint:
        return {top, withExtra(endpointJson(t.endpoints[i]), t.endpoints[i])};
    case ObjectKind::Flow:
        return {top, withExtra(flowJson(t.flows[i]), t.flows[i])};
    case ObjectKind::Firewall:
        return {top, withExtra(firewallJson(t.firewalls[i]), t.firewalls[i])};
    case ObjectKind::PrivateEndpoint:
        return {top, withExtra(privateEndpointJson(t.privateEndpoints[i]), t.privateEndpoints[i])};
    case ObjectKind::ApplicationSecurityGroup:
        return {top, withExtra(applicationSecurityGroupJson(t.applicationSecurityGroups[i]),
                               t.applicationSecurityGroups[i])};
    case ObjectKind::LoadBalancer:
        return {top, withExtra(loadBalancerJson(t.loadBalancers[i]), t.loadBalancers[i])};
    case ObjectKind::LoadBalancerFrontend:
        return member(loadBalancerJson(t.loadBalancers[i]), "frontendIPConfigurations");
    case ObjectKind::LoadBalancerPool:
        return member(loadBalancerJson(t.loadBalancers[i]), "backendAddressPools");
    }
    return {};
}

std::vector<Id> idsAlongPointer(const Topology& t, const std::string& pointer) {
    std::vector<std::string> tokens;
    for (std::size_t at = 0; at < pointer.size() && pointer[at] == '/';) {
        const std::size_t next = pointer.find('/', at + 1);
        tokens.push_back(
            pointer.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1));
        at = next == std::string::npos ? pointer.size() : next;
    }
    auto position = [](const std::string& token, std::size_t size) -> std::optional<std::size_t> {
        if (token.empty() || token.size() > 9 || token.find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        const std::size_t n = std::stoul(token);
        return n < size ? std::optional(n) : std::nullopt;
    };
    if (tokens.size() < 2) return {};
    std::vector<Id> ids;
    // A top-level object, then (for sites, VNets and VMs) a member with an id of its own.
    auto visit = [&](const auto& list, const char* memberKey, auto&& members) {
        const auto i = position(tokens[1], list.size());
        if (!i) return;
        ids.push_back(list[*i].id);
        if (!memberKey || tokens.size() < 4 || tokens[2] != memberKey) return;
        const auto& inner = members(list[*i]);
        if (const auto m = position(tokens[3], inner.size())) ids.push_back(inner[*m].id);
    };
    const auto none = [](const auto&) { return std::vector<Site>(); };
    const std::string& key = tokens[0];
    if (key == "sites")
        visit(
            t.sites, "hosts", [](const Site& s) -> const auto& { return s.hosts; });
    else if (key == "vnets")
        visit(
            t.vnets, "subnets", [](const Vnet& v) -> const auto& { return v.subnets; });
    else if (key == "vms")
        visit(
            t.vms, "nics", [](const Vm& v) -> const auto& { return v.nics; });
    else if (key == "circuits")
        visit(t.circuits, nullptr, none);
    else if (key == "peerings")
        visit(t.peerings, nullptr, none);
    else if (key == "gateways")
        visit(t.gateways, nullptr, none);
    else if (key == "connections")
        visit(t.connections, nullptr, none);
    else if (key == "routeServers")
        visit(t.routeServers, nullptr, none);
    else if (key == "appGateways")
        visit(t.appGateways, nullptr, none);
    else if (key == "natGateways")
        visit(t.natGateways, nullptr, none);
    else if (key == "nsgs")
        visit(t.nsgs, nullptr, none);
    else if (key == "routeTables")
        visit(t.routeTables, nullptr, none);
    else if (key == "endpoints")
        visit(t.endpoints, nullptr, none);
    else if (key == "flows")
        visit(t.flows, nullptr, none);
    else if (key == "firewalls")
        visit(t.firewalls, nullptr, none);
    else if (key == "loadBalancers" && tokens.size() >= 3 && tokens[2] == "backendAddressPools")
        visit(
            t.loadBalancers, "backendAddressPools",
            [](const LoadBalancer& lb) -> const auto& { return lb.backendAddressPools; });
    else if (key == "loadBalancers")
        visit(
            t.loadBalancers, "frontendIPConfigurations",
            [](const LoadBalancer& lb) -> const auto& { return lb.frontendIPConfigurations; });
    else if (key == "privateEndpoints")
        visit(t.privateEndpoints, nullptr, none);
    else if (key == "applicationSecurityGroups")
        visit(t.applicationSecurityGroups, nullptr, none);
    // An object without an id (a route, a rule) is skipped, as the JSON walk skips it.
    ids.erase(std::remove(ids.begin(), ids.end(), Id()), ids.end());
    return ids;
}

} // namespace pathlight
