#include "topology/topology.h"

#include <algorithm>
#include <charconv>

namespace pathlight {

const IpConfiguration* Nic::primaryIpConfiguration() const {
    for (const auto& c : ipConfigurations)
        if (c.primary) return &c;
    return ipConfigurations.empty() ? nullptr : &ipConfigurations.front();
}

const Nic* Vm::primaryNic() const {
    for (const auto& n : nics)
        if (n.primary) return &n;
    return nics.empty() ? nullptr : &nics.front();
}

std::string PortRange::toString() const {
    if (isAny()) return "*";
    if (first == last) return std::to_string(first);
    return std::to_string(first) + "-" + std::to_string(last);
}

const char* toString(GatewayType type) {
    return type == GatewayType::Vpn ? "Vpn" : "ExpressRoute";
}
const char* toString(Direction d) {
    return d == Direction::Inbound ? "Inbound" : "Outbound";
}
const char* toString(Access a) {
    return a == Access::Allow ? "Allow" : "Deny";
}
const char* toString(OsType os) {
    return os == OsType::Windows ? "windows" : "linux";
}

const char* toString(Protocol p) {
    switch (p) {
    case Protocol::Tcp:
        return "Tcp";
    case Protocol::Udp:
        return "Udp";
    case Protocol::Icmp:
        return "Icmp";
    case Protocol::Esp:
        return "Esp";
    case Protocol::Ah:
        return "Ah";
    case Protocol::Any:
        return "*";
    }
    return "*";
}

const char* toString(NextHopType t) {
    switch (t) {
    case NextHopType::VnetLocal:
        return "VnetLocal";
    case NextHopType::VNetPeering:
        return "VNetPeering";
    case NextHopType::VirtualNetworkGateway:
        return "VirtualNetworkGateway";
    case NextHopType::Internet:
        return "Internet";
    case NextHopType::VirtualAppliance:
        return "VirtualAppliance";
    case NextHopType::None:
        return "None";
    case NextHopType::VNetGlobalPeering:
        return "VNetGlobalPeering";
    case NextHopType::InterfaceEndpoint:
        return "InterfaceEndpoint";
    case NextHopType::VirtualNetworkServiceEndpoint:
        return "VirtualNetworkServiceEndpoint";
    }
    return "None";
}

const char* toString(FirewallSku sku) {
    switch (sku) {
    case FirewallSku::Basic:
        return "Basic";
    case FirewallSku::Standard:
        return "Standard";
    case FirewallSku::Premium:
        return "Premium";
    }
    return "Standard";
}
const char* toString(FirewallRuleType type) {
    switch (type) {
    case FirewallRuleType::NatRule:
        return "NatRule";
    case FirewallRuleType::NetworkRule:
        return "NetworkRule";
    case FirewallRuleType::ApplicationRule:
        return "ApplicationRule";
    }
    return "NetworkRule";
}
const char* toString(FirewallRuleCollectionType type) {
    return type == FirewallRuleCollectionType::Nat ? "FirewallPolicyNatRuleCollection"
                                                   : "FirewallPolicyFilterRuleCollection";
}
const char* toString(FirewallAction action) {
    switch (action) {
    case FirewallAction::Dnat:
        return "Dnat";
    case FirewallAction::Allow:
        return "Allow";
    case FirewallAction::Deny:
        return "Deny";
    }
    return "Deny";
}
const char* toString(PrivateEndpointNetworkPolicies policies) {
    switch (policies) {
    case PrivateEndpointNetworkPolicies::Disabled:
        return "Disabled";
    case PrivateEndpointNetworkPolicies::Enabled:
        return "Enabled";
    case PrivateEndpointNetworkPolicies::NetworkSecurityGroupEnabled:
        return "NetworkSecurityGroupEnabled";
    case PrivateEndpointNetworkPolicies::RouteTableEnabled:
        return "RouteTableEnabled";
    }
    return "Disabled";
}

bool usesVersion2(const Topology& t) {
    if (t.formatVersion >= 2 || !t.firewalls.empty() || !t.loadBalancers.empty() ||
        !t.privateEndpoints.empty() || !t.applicationSecurityGroups.empty())
        return true;
    for (const auto& v : t.vnets)
        for (const auto& s : v.subnets)
            if (s.privateEndpointNetworkPolicies || !s.serviceEndpoints.empty()) return true;
    for (const auto& e : t.endpoints)
        if (!e.service.empty() || !e.region.empty()) return true;
    for (const auto& p : t.peerings)
        if (p.allowVirtualNetworkAccess || !p.allowForwardedTrafficByVnet.empty()) return true;
    for (const auto& vm : t.vms)
        for (const auto& n : vm.nics)
            for (const auto& c : n.ipConfigurations)
                if (!c.applicationSecurityGroups.empty()) return true;
    for (const auto& nsg : t.nsgs)
        for (const auto& r : nsg.securityRules)
            if (r.protocol == Protocol::Esp || r.protocol == Protocol::Ah ||
                !r.sourceApplicationSecurityGroups.empty() || !r.destinationApplicationSecurityGroups.empty())
                return true;
    for (const auto& f : t.flows)
        if (f.protocol == Protocol::Esp || f.protocol == Protocol::Ah) return true;
    for (const auto& c : t.connections)
        if (c.isVnet2Vnet()) return true;
    for (const auto& n : t.natGateways)
        if (!n.publicIpPrefixes.empty()) return true;
    return false;
}

bool hasVpnConnection(const Topology& t, const Id& gateway, const Id& site) {
    return std::any_of(t.connections.begin(), t.connections.end(), [&](const Connection& c) {
        return c.gateway == gateway && c.type == GatewayType::Vpn && !c.isVnet2Vnet() && c.site == site;
    });
}

const Subnet* firewallSubnet(const Topology& t, const Firewall& firewall) {
    for (const auto& v : t.vnets)
        if (v.id == firewall.vnet) return v.subnetNamed("AzureFirewallSubnet");
    return nullptr;
}

std::vector<Ipv4Address> firewallInstanceIps(const Topology& t, const Firewall& firewall) {
    if (!firewall.instanceIps.empty()) return firewall.instanceIps;
    const Subnet* s = firewallSubnet(t, firewall);
    if (!s || s->addressPrefix.length() > 29) return {};
    Ipv4Address fifth(s->addressPrefix.network().value() + 5);
    if (firewall.privateIp && *firewall.privateIp == fifth) fifth = Ipv4Address(fifth.value() + 1);
    return {fifth};
}

std::optional<Ipv4Address> firewallPrivateIp(const Topology& t, const Firewall& firewall) {
    if (firewall.privateIp) return firewall.privateIp;
    const Subnet* s = firewallSubnet(t, firewall);
    if (!s || s->addressPrefix.length() > 29) return std::nullopt;
    return Ipv4Address(s->addressPrefix.network().value() + 4);
}

std::optional<Protocol> protocolFromString(const std::string& text) {
    if (text == "Tcp") return Protocol::Tcp;
    if (text == "Udp") return Protocol::Udp;
    if (text == "Icmp") return Protocol::Icmp;
    if (text == "Esp") return Protocol::Esp;
    if (text == "Ah") return Protocol::Ah;
    if (text == "*") return Protocol::Any;
    return std::nullopt;
}

std::optional<NextHopType> nextHopTypeFromString(const std::string& text) {
    // Route tables accept only the UDR next hops (azure-facts §1.3); "VNetPeering" is system-only.
    if (text == "VnetLocal" || text == "VNetLocal") return NextHopType::VnetLocal;
    if (text == "VirtualNetworkGateway") return NextHopType::VirtualNetworkGateway;
    if (text == "Internet") return NextHopType::Internet;
    if (text == "VirtualAppliance") return NextHopType::VirtualAppliance;
    if (text == "None") return NextHopType::None;
    return std::nullopt;
}

std::optional<PortRange> parsePortRange(const std::string& text) {
    if (text == "*") return PortRange{};
    auto number = [](std::string_view s, int& out) {
        if (s.empty() || s.size() > 5) return false;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && p == s.data() + s.size() && out >= 0 && out <= 65535;
    };
    const auto dash = text.find('-');
    PortRange r;
    if (dash == std::string::npos) {
        if (!number(text, r.first)) return std::nullopt;
        r.last = r.first;
        return r;
    }
    std::string_view s(text);
    if (!number(s.substr(0, dash), r.first) || !number(s.substr(dash + 1), r.last) || r.first > r.last)
        return std::nullopt;
    return r;
}

std::optional<std::string> resourceGroupOf(const Topology& topology, const Extra& object) {
    for (const Extra* holder : {&object, static_cast<const Extra*>(&topology)})
        if (const auto rg = holder->keys.find("resourceGroup"); rg != holder->keys.end() && rg->is_string())
            return rg->get<std::string>();
    return std::nullopt;
}

} // namespace pathlight
