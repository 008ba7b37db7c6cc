#pragma once
// Generates hub-and-spoke topologies for benchmarks: a hub with ExpressRoute and VPN gateways,
// N spokes with gateway transit, 4 subnets and 4 VMs per spoke, an NSG with 50 rules and a
// route table with 20 routes per spoke, a site announcing P prefixes over ExpressRoute.

#include "topology/topology.h"

#include <random>
#include <string>

namespace pathlight::bench {

inline Ipv4Prefix prefix(int a, int b, int c, int d, int len) {
    return Ipv4Prefix(Ipv4Address(a, b, c, d), len);
}

// Spoke i has 10.(1 + i/64).((i%64)*4).0/22, four /24 subnets, VMs at .4 of each.
inline Ipv4Address spokeVm(int spoke, int subnet) {
    return Ipv4Address(10, 1 + spoke / 64, (spoke % 64) * 4 + subnet, 4);
}
// On-premises prefix k: 11.(k/256).(k%256).0/24 (supports up to 65,536 prefixes).
inline Ipv4Address onPremAddress(int k) {
    return Ipv4Address(11, (k / 256) % 256, k % 256, 10);
}

inline Topology hubAndSpoke(int spokes, int prefixes) {
    Topology t;
    t.title = "benchmark hub-and-spoke";
    Site site;
    site.id = "onprem";
    site.addressSpace = {prefix(11, 0, 0, 0, 8)};
    site.bgp = SiteBgp{};
    site.bgp->asn = 65010;
    site.bgp->advertise = std::vector<Ipv4Prefix>{};
    for (int k = 0; k < prefixes; ++k)
        site.bgp->advertise->push_back(prefix(11, (k / 256) % 256, k % 256, 0, 24));
    site.edge = SiteEdge{};
    site.edge->publicIps = {Ipv4Address(203, 0, 113, 10)};
    site.circuits = {"er"};
    t.sites.push_back(site);
    Site branch;
    branch.id = "branch";
    branch.addressSpace = {prefix(12, 0, 0, 0, 16)};
    branch.bgp = SiteBgp{};
    branch.bgp->asn = 65020;
    t.sites.push_back(branch);
    Circuit er;
    er.id = "er";
    t.circuits.push_back(er);

    Vnet hub;
    hub.id = "hub";
    hub.addressSpace = {prefix(10, 0, 0, 0, 16)};
    Subnet gws;
    gws.id = "hub-gws";
    gws.name = "GatewaySubnet";
    gws.addressPrefix = prefix(10, 0, 255, 0, 24);
    Subnet nvas;
    nvas.id = "hub-nva";
    nvas.addressPrefix = prefix(10, 0, 1, 0, 24);
    hub.subnets = {gws, nvas};
    t.vnets.push_back(hub);
    Gateway ergw;
    ergw.id = "ergw";
    ergw.type = GatewayType::ExpressRoute;
    ergw.vnet = "hub";
    Gateway vpngw = ergw;
    vpngw.id = "vpngw";
    vpngw.type = GatewayType::Vpn;
    t.gateways = {ergw, vpngw};
    Connection c1;
    c1.id = "c-er";
    c1.type = GatewayType::ExpressRoute;
    c1.gateway = "ergw";
    c1.circuit = "er";
    Connection c2;
    c2.id = "c-vpn";
    c2.type = GatewayType::Vpn;
    c2.gateway = "vpngw";
    c2.site = "branch";
    c2.bgp = true;
    t.connections = {c1, c2};
    Vm nva;
    nva.id = "hub-fw";
    Nic nic;
    nic.id = "hub-fw-nic";
    nic.subnet = "hub-nva";
    nic.enableIPForwarding = true;
    IpConfiguration ip;
    ip.privateIp = Ipv4Address(10, 0, 1, 4);
    ip.publicIp = Ipv4Address(20, 0, 0, 1);
    nic.ipConfigurations = {ip};
    nva.nics = {nic};
    nva.nva = Nva{};
    nva.nva->osIpForwarding = true;
    nva.nva->snat = NvaSnat{};
    nva.nva->snat->enabled = true;
    t.vms.push_back(nva);

    for (int i = 0; i < spokes; ++i) {
        const std::string s = "spoke" + std::to_string(i);
        Vnet v;
        v.id = s;
        v.addressSpace = {prefix(10, 1 + i / 64, (i % 64) * 4, 0, 22)};
        Nsg nsg;
        nsg.id = s + "-nsg";
        for (int r = 0; r < 50; ++r) {
            SecurityRule rule;
            rule.name = "rule" + std::to_string(r);
            rule.priority = 100 + r * 10;
            rule.direction = r % 2 ? Direction::Outbound : Direction::Inbound;
            rule.access = r % 5 == 4 ? Access::Deny : Access::Allow;
            rule.protocol = Protocol::Tcp;
            rule.sourceAddressPrefixes = {r % 3 ? "VirtualNetwork" : "11.0." + std::to_string(r) + ".0/24"};
            rule.sourcePortRanges = {"*"};
            rule.destinationAddressPrefixes = {r % 4 ? "*" : "Internet"};
            rule.destinationPortRanges = {std::to_string(1000 + r)};
            nsg.securityRules.push_back(rule);
        }
        t.nsgs.push_back(nsg);
        RouteTable rt;
        rt.id = s + "-rt";
        for (int r = 0; r < 20; ++r) {
            Route route;
            route.name = "r" + std::to_string(r);
            route.addressPrefix = prefix(13, i % 256, r, 0, 24);
            route.nextHopType = r % 2 ? NextHopType::VirtualAppliance : NextHopType::Internet;
            if (r % 2) route.nextHopIpAddress = Ipv4Address(10, 0, 1, 4);
            rt.routes.push_back(route);
        }
        t.routeTables.push_back(rt);
        for (int k = 0; k < 4; ++k) {
            Subnet sn;
            sn.id = s + "-sn" + std::to_string(k);
            sn.addressPrefix = prefix(10, 1 + i / 64, (i % 64) * 4 + k, 0, 24);
            sn.nsg = nsg.id;
            sn.routeTable = rt.id;
            v.subnets.push_back(sn);
            Vm vm;
            vm.id = s + "-vm" + std::to_string(k);
            Nic n;
            n.id = vm.id + "-nic";
            n.subnet = sn.id;
            IpConfiguration c;
            c.privateIp = spokeVm(i, k);
            n.ipConfigurations = {c};
            vm.nics = {n};
            t.vms.push_back(vm);
        }
        t.vnets.push_back(v);
        Peering p;
        p.id = "peer-" + s;
        p.vnets[0] = "hub";
        p.vnets[1] = s;
        p.gatewayTransit = GatewayTransit{};
        p.gatewayTransit->provider = "hub";
        p.gatewayTransit->user = s;
        t.peerings.push_back(p);
    }
    return t;
}

// Adds `count` flows of mixed verdicts to a hubAndSpoke(spokes, prefixes) topology: spoke to
// spoke (a quarter to ports the spokes' NSGs deny), to the Internet, to on-premises prefixes.
inline void addMixedFlows(Topology& t, int spokes, int prefixes, int count) {
    std::mt19937 rng(7);
    for (int i = 0; i < count; ++i) {
        Flow f;
        f.id = "f" + std::to_string(i);
        f.source = "spoke" + std::to_string(rng() % unsigned(spokes)) + "-vm" + std::to_string(rng() % 4);
        switch (i % 4) {
        case 0:
        case 3:
            f.destination = spokeVm(int(rng() % unsigned(spokes)), int(rng() % 4)).toString();
            break;
        case 1:
            f.destination = Ipv4Address(8, 8, int(rng() % 256), 8).toString();
            break;
        default:
            f.destination = onPremAddress(int(rng() % unsigned(prefixes))).toString();
        }
        f.port = i % 4 == 3 ? 1000 + int(rng() % 50) : 443; // some hit the NSGs' deny rules
        t.flows.push_back(f);
    }
}

} // namespace pathlight::bench
