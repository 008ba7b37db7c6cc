#include "topology/topology.h"

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
    }
    return "None";
}

std::optional<Protocol> protocolFromString(const std::string& text) {
    if (text == "Tcp") return Protocol::Tcp;
    if (text == "Udp") return Protocol::Udp;
    if (text == "Icmp") return Protocol::Icmp;
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
