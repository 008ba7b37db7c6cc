#pragma once
// The topology of format versions 1 and 2 as plain values (see README "File format" and
// ../shared/spec/topology-format.md "Version 2").
// Field names follow the file's keys, which follow Azure Resource Manager's.
// References are ids (strings); an empty string stands for null. Every object keeps the keys
// this version does not know in `extra`, so a load/save round trip loses nothing.

#include "common/message.h"
#include "ip/ipv4.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight {

using Json = nlohmann::ordered_json;
using Id = std::string;

struct Extra {
    Json keys = Json::object(); // unknown keys, written back unchanged
};

// ---- on-premises ----------------------------------------------------------------------

struct Host : Extra {
    Id id;
    std::string name;
    Ipv4Address ip;
};

struct SiteBgp : Extra {
    int asn = 0;
    std::optional<std::vector<Ipv4Prefix>> advertise; // absent: the site's addressSpace
};

struct SiteEdge : Extra {
    std::vector<Ipv4Address> publicIps;
    bool snat = true;
    bool internetAccess = true;
};

struct Site : Extra {
    Id id;
    std::string name;
    std::vector<Ipv4Prefix> addressSpace;
    std::vector<Host> hosts;
    std::optional<SiteBgp> bgp;
    std::optional<SiteEdge> edge;
    std::vector<Id> circuits;
};

// ---- ExpressRoute ---------------------------------------------------------------------

struct PrivatePeering : Extra {
    bool enabled = false;
};

struct MicrosoftPeering : Extra {
    bool enabled = false;
    std::vector<Ipv4Address> natIps;
    std::vector<std::string> routeFilter; // communities ("12076:5060") or service names
};

struct Circuit : Extra {
    Id id;
    std::string name;
    std::string peeringLocation;
    int bandwidthMbps = 0;
    std::optional<PrivatePeering> privatePeering;
    std::optional<MicrosoftPeering> microsoftPeering;
};

// ---- virtual networks -----------------------------------------------------------------

// A subnet's `privateEndpointNetworkPolicies`, ARM's values (azure-facts-2 §14.2).
enum class PrivateEndpointNetworkPolicies {
    Disabled,
    Enabled,
    NetworkSecurityGroupEnabled,
    RouteTableEnabled
};

struct Subnet : Extra {
    Id id;
    std::string name;
    Ipv4Prefix addressPrefix;
    Id nsg;
    Id routeTable;
    Id natGateway;
    bool defaultOutboundAccess = true; // false is Azure's "private subnet"
    // Version 2: whether NSGs and user-defined routes apply to the private endpoints in this
    // subnet (azure-facts-2 §14.2, §14.3). Absent: "Disabled", Azure's default.
    std::optional<PrivateEndpointNetworkPolicies> privateEndpointNetworkPolicies;
    // Version 2: service endpoints ("Microsoft.Storage", ...; azure-facts-2 §15).
    std::vector<std::string> serviceEndpoints;
    bool nsgAppliesToPrivateEndpoints() const {
        return privateEndpointNetworkPolicies == PrivateEndpointNetworkPolicies::Enabled ||
               privateEndpointNetworkPolicies == PrivateEndpointNetworkPolicies::NetworkSecurityGroupEnabled;
    }
    bool routeTablesApplyToPrivateEndpoints() const {
        return privateEndpointNetworkPolicies == PrivateEndpointNetworkPolicies::Enabled ||
               privateEndpointNetworkPolicies == PrivateEndpointNetworkPolicies::RouteTableEnabled;
    }
    // GatewaySubnet or RouteServerSubnet: Azure's own, for its gateways and Route Server only.
    bool isPlatformSubnet() const { return name == "GatewaySubnet" || name == "RouteServerSubnet"; }
};

struct Vnet : Extra {
    Id id;
    std::string name;
    std::string region;
    std::vector<Ipv4Prefix> addressSpace;
    std::vector<Subnet> subnets;
    // The subnet with this name ("GatewaySubnet", "RouteServerSubnet" ...), or nullptr.
    const Subnet* subnetNamed(std::string_view name) const {
        for (const auto& s : subnets)
            if (s.name == name) return &s;
        return nullptr;
    }
};

struct GatewayTransit : Extra {
    Id provider; // VNet with "allow gateway transit"
    Id user;     // VNet with "use remote gateways"
};

struct Peering : Extra {
    Id id;
    Id vnets[2];
    bool allowForwardedTraffic = false;
    // Version 2: each VNet's own setting, written as {"<vnet id>": bool}; empty when the file
    // gives one bool for both. Checked on the receiving side (azure-facts-2 §17.2).
    std::vector<std::pair<Id, bool>> allowForwardedTrafficByVnet;
    // Version 2: false stops all traffic between the two VNets (azure-facts-2 §17.2).
    std::optional<bool> allowVirtualNetworkAccess;
    std::optional<GatewayTransit> gatewayTransit;
    // Whether `vnet` (one of the two) accepts traffic the other VNet forwards into it.
    bool allowsForwardedInto(const Id& vnet) const {
        for (const auto& [id, allowed] : allowForwardedTrafficByVnet)
            if (id == vnet) return allowed;
        return allowForwardedTrafficByVnet.empty() ? allowForwardedTraffic : false;
    }
    bool allowsAccess() const { return allowVirtualNetworkAccess.value_or(true); }
};

enum class GatewayType { ExpressRoute, Vpn };

struct GatewayBgp : Extra {
    int asn = 65515;
};

struct Gateway : Extra {
    Id id;
    std::string name;
    GatewayType type = GatewayType::ExpressRoute;
    Id vnet;
    std::optional<GatewayBgp> bgp;
    bool activeActive = false;
    Id defaultSite;
    int asn() const { return bgp ? bgp->asn : 65515; }
};

struct Connection : Extra {
    Id id;
    GatewayType type = GatewayType::ExpressRoute;
    Id gateway;
    Id circuit; // ExpressRoute
    Id site;    // Vpn to a site
    // Version 2 "Vnet2Vnet": a VPN tunnel to another VNet's VPN gateway (azure-facts-2 §17.4). The
    // connection is read with type Vpn and this id set; one object stands for the tunnel both ways.
    Id peerGateway;
    bool bgp = false;
    bool isVnet2Vnet() const { return !peerGateway.empty(); }
    std::optional<std::vector<Ipv4Prefix>> localAddressPrefixes;
};

struct RouteServerPeer : Extra {
    Id vm;
    int asn = 0;
};

struct RouteServer : Extra {
    Id id;
    std::string name;
    Id vnet;
    std::vector<Ipv4Address> ips;
    bool branchToBranch = false;
    std::vector<RouteServerPeer> peers;
};

// ---- compute --------------------------------------------------------------------------

struct IpConfiguration : Extra {
    std::string name;
    Ipv4Address privateIp;
    std::optional<Ipv4Address> publicIp;
    bool primary = false;
    std::vector<Id> applicationSecurityGroups; // version 2 (azure-facts-2 §16)
};

struct Nic : Extra {
    Id id;
    Id subnet;
    std::vector<IpConfiguration> ipConfigurations;
    Id nsg;
    bool enableIPForwarding = false;
    bool primary = false;
    std::optional<bool> guestDefaultGateway; // absent: true on the primary NIC only (Azure's DHCP)

    const IpConfiguration* primaryIpConfiguration() const;
};

struct NvaSnat : Extra {
    bool enabled = false;
    std::vector<Ipv4Prefix> exclude;
};

struct NvaBgp : Extra {
    int asn = 0;
    bool defaultOriginate = false;
    std::vector<Ipv4Prefix> advertise;
    int asPathPrepend = 0; // Pathlight's key: extra copies of the ASN (active/passive NVAs, RSFAQ)
};

struct Nva : Extra {
    bool osIpForwarding = false;
    // Drops a reply whose request it did not carry (connection tracking), as firewalls do;
    // false for a plain stateless router (topology-format.md, version 2 key `stateful`, default
    // true there). Absent in a version 1 file: a plain router. (Its SNAT keeps the state of the
    // flows it translates; their replies come back to its address whatever this says.)
    std::optional<bool> stateful;
    bool keepsState(int formatVersion) const { return stateful.value_or(formatVersion >= 2); }
    std::optional<NvaSnat> snat;
    std::optional<NvaBgp> bgp;
};

enum class OsType { Windows, Linux };

struct Vm : Extra {
    Id id;
    std::string name;
    OsType os = OsType::Linux;
    std::string image;
    std::vector<Nic> nics;
    std::optional<Nva> nva;

    // The NIC flagged primary, else the first (a one-NIC VM needs no flag).
    const Nic* primaryNic() const;
    // Azure's DHCP gives a default gateway to the primary NIC only (azure-facts §8).
    bool guestHasDefaultGatewayOn(const Nic& nic) const {
        return nic.guestDefaultGateway.value_or(&nic == primaryNic());
    }
};

struct AppGatewayBackend : Extra {
    std::optional<Ipv4Address> ip;
    Id vm;
    int port = 80;
    std::string protocol = "Http";
};

struct AppGateway : Extra {
    Id id;
    std::string name;
    std::string sku = "Standard_v2";
    Id subnet;
    std::optional<Ipv4Address> frontendPrivateIp;
    std::optional<Ipv4Address> frontendPublicIp;
    std::vector<Ipv4Address> instanceIps;
    std::vector<AppGatewayBackend> backends;
    bool isV2() const { return sku == "Standard_v2" || sku == "WAF_v2"; }
};

struct NatGateway : Extra {
    Id id;
    std::string name;
    std::vector<Ipv4Address> publicIps;
    // Version 2: public IP prefixes; the apparent source is then one of their addresses
    // (topology-format.md, "Version 2").
    std::vector<Ipv4Prefix> publicIpPrefixes;
    // The address Internet-bound traffic leaves with: the first public IP, else the first
    // address of the first prefix; none when the gateway has neither (it then carries nothing).
    std::optional<Ipv4Address> sourceAddress() const {
        if (!publicIps.empty()) return publicIps.front();
        if (!publicIpPrefixes.empty()) return publicIpPrefixes.front().network();
        return std::nullopt;
    }
};

// ---- version 2: the devices of a real hub (topology-format.md "Version 2") ---------------

struct ApplicationSecurityGroup : Extra {
    Id id;
    std::string name;
};

enum class FirewallSku { Basic, Standard, Premium };
enum class FirewallRuleType { NatRule, NetworkRule, ApplicationRule };
enum class FirewallRuleCollectionType { Nat, Filter };
enum class FirewallAction { Dnat, Allow, Deny };

// An application rule's protocol and port ("Https", 443), as ARM writes it.
struct FirewallApplicationProtocol : Extra {
    std::string protocolType; // "Http", "Https" or "Mssql"
    int port = 0;
};

// One rule of a firewall policy. Which keys apply depends on the type (topology-format.md).
struct FirewallRule : Extra {
    std::string name;
    FirewallRuleType ruleType = FirewallRuleType::NetworkRule;
    std::vector<std::string> ipProtocols;          // "TCP", "UDP", "ICMP", "Any"
    std::vector<std::string> sourceAddresses;      // prefix, address, or "*"
    std::vector<std::string> destinationAddresses; // prefix, address, service tag or "*"
    std::vector<std::string> destinationFqdns;
    std::vector<std::string> destinationPorts; // "*", "443", "1000-2000"
    std::vector<FirewallApplicationProtocol> protocols;
    std::vector<std::string> targetFqdns; // "www.example.com", "*.example.com", "*"
    std::vector<std::string> fqdnTags;
    std::optional<Ipv4Address> translatedAddress; // NatRule
    std::optional<int> translatedPort;
};

struct FirewallRuleCollection : Extra {
    std::string name;
    int priority = 100; // 100 (first) to 65000
    FirewallRuleCollectionType ruleCollectionType = FirewallRuleCollectionType::Filter;
    FirewallAction action = FirewallAction::Allow;
    std::vector<FirewallRule> rules;
};

struct FirewallRuleCollectionGroup : Extra {
    std::string name;
    int priority = 100;
    std::vector<FirewallRuleCollection> ruleCollections;
};

struct FirewallSnat : Extra {
    // Destinations in these ranges keep the source on network rules; absent means
    // ["IANAPrivateRanges"] (azure-facts-2 §12.4).
    std::optional<std::vector<std::string>> privateRanges;
};

struct FirewallPolicy : Extra {
    std::string name; // the Azure resource's name (firewallPolicies/<name>), for fix scripts
    std::optional<FirewallSnat> snat;
    std::vector<FirewallRuleCollectionGroup> ruleCollectionGroups;
};

// An Azure Firewall in its VNet's AzureFirewallSubnet (azure-facts-2 §12).
struct Firewall : Extra {
    Id id;
    std::string name;
    Id vnet;
    FirewallSku sku = FirewallSku::Standard;
    std::optional<Ipv4Address> privateIp; // absent: the subnet's fourth address, as Azure allocates
    std::vector<Ipv4Address> instanceIps; // empty: "an address of AzureFirewallSubnet"
    std::vector<Ipv4Address> publicIps;
    bool forcedTunneling = false;
    std::string threatIntelMode; // "Off", "Alert", "Deny" or empty (not given)
    std::optional<FirewallPolicy> policy;
};

// ---- Azure Load Balancer (azure-facts-2 §13) ----

struct LoadBalancerFrontend : Extra {
    Id id;
    std::string name;
    Id subnet; // internal: its subnet and address
    std::optional<Ipv4Address> privateIPAddress;
    std::optional<Ipv4Address> publicIPAddress; // public
    bool isInternal() const { return privateIPAddress.has_value(); }
};

struct LoadBalancerMember : Extra {
    Id nic;
    bool healthy = true; // its health probe answers
};

struct LoadBalancerPool : Extra {
    Id id;
    std::string name;
    std::vector<LoadBalancerMember> members;
};

struct LoadBalancingRule : Extra {
    std::string name;
    Id frontendIPConfiguration;
    Id backendAddressPool;
    std::string protocol = "Tcp"; // "Tcp", "Udp" or "All"
    int frontendPort = 0;
    int backendPort = 0;
    bool enableFloatingIP = false;
    bool disableOutboundSnat = false;
    // HA ports: protocol All, ports 0 (azure-facts-2 §13.2).
    bool isHaPorts() const { return protocol == "All" && frontendPort == 0 && backendPort == 0; }
};

struct LoadBalancerOutboundRule : Extra {
    std::string name;
    std::vector<Id> frontendIPConfigurations;
    Id backendAddressPool;
    std::string protocol = "All";
};

struct LoadBalancer : Extra {
    Id id;
    std::string name;
    std::string sku = "Standard"; // "Basic" is read, with a lint (retired)
    std::vector<LoadBalancerFrontend> frontendIPConfigurations;
    std::vector<LoadBalancerPool> backendAddressPools;
    std::vector<LoadBalancingRule> loadBalancingRules;
    std::vector<LoadBalancerOutboundRule> outboundRules;
};

struct PrivateEndpointService : Extra {
    std::string name;    // the PaaS resource, free text
    std::string groupId; // "blob", "sqlServer", ...
    std::string fqdn;
};

// A private endpoint: a read-only NIC of a PaaS service in a subnet (azure-facts-2 §14.1).
struct PrivateEndpoint : Extra {
    Id id;
    std::string name;
    Id subnet;
    Ipv4Address privateIp;
    std::optional<PrivateEndpointService> service;
};

// ---- security and routing -------------------------------------------------------------

// Azure's limit of security rules per NSG (azure-facts-2.md "limits", NETLIM 12/2022).
inline constexpr std::size_t kNsgRuleLimit = 1000;
// ... and of addresses or ranges on each side of one rule (the same source).
inline constexpr std::size_t kNsgRuleAddressLimit = 4000;

enum class Direction { Inbound, Outbound };
enum class Access { Allow, Deny };
// Esp and Ah are version 2 (NSG protocols Azure accepts but the portal does not show, v1 §4.1).
enum class Protocol { Tcp, Udp, Icmp, Esp, Ah, Any };

struct PortRange {
    int first = 0;
    int last = 65535;
    bool contains(int port) const { return port >= first && port <= last; }
    bool isAny() const { return first == 0 && last == 65535; }
    std::string toString() const;
};

struct SecurityRule : Extra {
    std::string name;
    int priority = 100;
    Direction direction = Direction::Inbound;
    Access access = Access::Allow;
    Protocol protocol = Protocol::Any;
    std::vector<std::string> sourceAddressPrefixes; // prefix, address, service tag or "*"
    std::vector<std::string> sourcePortRanges;
    std::vector<std::string> destinationAddressPrefixes;
    std::vector<std::string> destinationPortRanges;
    // Version 2: application security groups in place of the addresses on that side, as in ARM
    // (azure-facts-2 §16); the address list is then empty.
    std::vector<Id> sourceApplicationSecurityGroups;
    std::vector<Id> destinationApplicationSecurityGroups;
};

struct Nsg : Extra {
    Id id;
    std::string name;
    std::vector<SecurityRule> securityRules;
};

// The last two are system routes only (trace-contract.md "Additions"): a peering between regions
// and a private endpoint's /32. A route table cannot name them.
enum class NextHopType {
    VnetLocal,
    VNetPeering,
    VirtualNetworkGateway,
    Internet,
    VirtualAppliance,
    None,
    VNetGlobalPeering,
    InterfaceEndpoint,
    VirtualNetworkServiceEndpoint,
};

struct Route : Extra {
    std::string name;
    Ipv4Prefix addressPrefix; // unused when serviceTag is set
    // A service tag in place of the prefix ("Storage.WestEurope"; azure-facts §1.3, UDR): the
    // route covers the tag's prefixes from the loaded tag file (routing_model.cpp).
    std::string serviceTag;
    NextHopType nextHopType = NextHopType::None;
    std::optional<Ipv4Address> nextHopIpAddress;
};

struct RouteTable : Extra {
    Id id;
    std::string name;
    bool disableBgpRoutePropagation = false;
    std::vector<Route> routes;
};

// ---- outside world and flows ----------------------------------------------------------

struct EndpointMicrosoftPeering : Extra {
    std::string community;
};

struct Endpoint : Extra {
    Id id;
    std::string name;
    std::string fqdn;
    std::vector<Ipv4Prefix> ips; // addresses are stored as /32
    std::vector<int> ports;
    std::string protocol;
    bool requiresAzureSource = false;
    std::optional<EndpointMicrosoftPeering> microsoftPeering;
    // Version 2: the Azure service ("Microsoft.Storage") and region it belongs to, for service
    // endpoints (azure-facts-2 §15).
    std::string service;
    std::string region;
};

// A sentence's name for an endpoint: it may come from the built-in catalog, which the document's
// names do not hold, so the name itself rather than Message::object (its id when it has none).
inline const std::string& endpointName(const Endpoint& e) {
    return e.name.empty() ? e.id : e.name;
}
// The same as a Message argument: a built-in catalog name is shown in the user's language
// (context "Catalog", marked in views/text/message_text.cpp); a file's own name as written.
inline std::string endpointNameArg(const Endpoint& e) {
    const std::string& name = endpointName(e);
    // A name holding the argument encoding's separators (a hostile file) stays plain text.
    if (name.find_first_of("\x1c\x1d\x1e\x1f") != std::string::npos || name.find('\0') != std::string::npos)
        return name;
    return Message::term("Catalog", name.c_str());
}

struct Flow : Extra {
    Id id;
    std::string name;
    std::string source;      // vm, nic, host or appGateway id, or an IP
    std::string destination; // IP, FQDN, endpoint id, vm id or host id
    Protocol protocol = Protocol::Tcp;
    int port = 0;
    std::string expect; // empty: no expectation
};

// Per-link latencies for the latency chart (Pathlight's extension to the format, top-level
// "latency"): one-way milliseconds by kind of link. Rough defaults; a lesson or design sets its own.
struct LatencyAssumptions : Extra {
    double intraRegionMs = 0.5; // inside a VNet, across peerings in one region, gateway hops
    double interRegionMs = 30;  // global peering
    double expressRouteMs = 2;  // gateway ↔ MSEE ↔ provider edge
    double vpnMs = 10;          // S2S tunnel over the Internet
    double onPremisesMs = 1;    // inside a site
    double internetMs = 20;     // Azure's or a site's edge to an Internet service
    bool isDefault() const {
        const LatencyAssumptions d;
        return intraRegionMs == d.intraRegionMs && interRegionMs == d.interRegionMs &&
               expressRouteMs == d.expressRouteMs && vpnMs == d.vpnMs && onPremisesMs == d.onPremisesMs &&
               internetMs == d.internetMs && keys.empty();
    }
};

struct LayoutBox {
    double x = 0, y = 0, w = 0, h = 0;
    bool hasSize = false;
};

// ---- the document ---------------------------------------------------------------------

struct Topology : Extra {
    int formatVersion = 1; // as read; the writer writes 2 when version 2 is needed (usesVersion2)
    std::string title;
    std::string description;
    std::vector<Site> sites;
    std::vector<Circuit> circuits;
    std::vector<Vnet> vnets;
    std::vector<Peering> peerings;
    std::vector<Gateway> gateways;
    std::vector<Connection> connections;
    std::vector<RouteServer> routeServers;
    std::vector<Vm> vms;
    std::vector<AppGateway> appGateways;
    std::vector<NatGateway> natGateways;
    std::vector<Firewall> firewalls;                                 // version 2
    std::vector<LoadBalancer> loadBalancers;                         // version 2
    std::vector<PrivateEndpoint> privateEndpoints;                   // version 2
    std::vector<ApplicationSecurityGroup> applicationSecurityGroups; // version 2
    std::vector<Nsg> nsgs;
    std::vector<RouteTable> routeTables;
    std::vector<Endpoint> endpoints;
    std::vector<Flow> flows;
    LatencyAssumptions latency;
    Json layout = Json::object(); // view data, kept verbatim; never read by the model
};

// Names as the file spells them.
const char* toString(GatewayType type);
const char* toString(Direction direction);
const char* toString(Access access);
const char* toString(Protocol protocol);
const char* toString(NextHopType type);
const char* toString(OsType os);
std::optional<Protocol> protocolFromString(const std::string& text);
std::optional<NextHopType> nextHopTypeFromString(const std::string& text);
const char* toString(FirewallSku sku);
const char* toString(FirewallRuleType type);
const char* toString(FirewallRuleCollectionType type);
const char* toString(FirewallAction action);
const char* toString(PrivateEndpointNetworkPolicies policies);
// Whether the document says something only version 2 can say (topology-format.md: the writer
// writes "version": 2 only then, or when the file was version 2).
bool usesVersion2(const Topology& topology);
// The address Azure gives the firewall in AzureFirewallSubnet: its privateIp, else the subnet's
// fourth address (.4; azure-facts-2 §12.2). None when the VNet has no such subnet.
std::optional<Ipv4Address> firewallPrivateIp(const Topology& topology, const Firewall& firewall);
// The addresses the firewall's instances translate to: its instanceIps, else the subnet's fifth
// address standing for "an address of AzureFirewallSubnet" (azure-facts-2 §12.11: any address of
// the subnet but the front end; Azure does not say which).
std::vector<Ipv4Address> firewallInstanceIps(const Topology& topology, const Firewall& firewall);
// The firewall's AzureFirewallSubnet, or nullptr.
const Subnet* firewallSubnet(const Topology& topology, const Firewall& firewall);
// Whether VPN gateway `gateway` has a site-to-site connection to site `site`: a default site
// carries forced-tunnelled traffic only over one (azure-facts §2.2).
bool hasVpnConnection(const Topology& topology, const Id& gateway, const Id& site);
// "*", "80", "1000-2000"
std::optional<PortRange> parsePortRange(const std::string& text);
// The Azure resource group an object lives in: its own "resourceGroup" key, else the file's
// (both kept as unknown keys, topology-format.md), else none. Fix scripts and the name lints use it.
std::optional<std::string> resourceGroupOf(const Topology& topology, const Extra& object);

} // namespace pathlight
