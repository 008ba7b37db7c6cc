#pragma once
// Findings: what is wrong (or worth knowing) about a flow, with a stable code and a sentence
// marked for translation. The codes are those of the trace contract.

#include "common/message.h"

#include <string>

namespace pathlight {

namespace finding {
inline constexpr const char* kForcedTunnel = "FORCED_TUNNEL";
inline constexpr const char* kSourceNotAzurePublic = "SOURCE_NOT_AZURE_PUBLIC";
// A route to the Internet for a private address of the drawing (a VNet's or a site's).
inline constexpr const char* kPrivateDestinationViaInternet = "PRIVATE_DESTINATION_VIA_INTERNET";
inline constexpr const char* kNsgDeny = "NSG_DENY";
inline constexpr const char* kHiddenPlatformAllow = "HIDDEN_PLATFORM_ALLOW";
inline constexpr const char* kAppGwInstanceSource = "APPGW_INSTANCE_SOURCE";
inline constexpr const char* kAppGwV2UnsupportedRoute = "APPGW_V2_UNSUPPORTED_ROUTE";
inline constexpr const char* kIpForwardingDisabled = "IP_FORWARDING_DISABLED";
inline constexpr const char* kNvaRouteLoop = "NVA_ROUTE_LOOP";
inline constexpr const char* kAsymmetricReturn = "ASYMMETRIC_RETURN";
inline constexpr const char* kMsPeeringNotAdvertised = "MS_PEERING_NOT_ADVERTISED";
inline constexpr const char* kNoGuestGateway = "NO_GUEST_GATEWAY";
inline constexpr const char* kNoEgress = "NO_EGRESS";
inline constexpr const char* kBroadServiceTag = "BROAD_SERVICE_TAG";
// Beyond the contract's list:
inline constexpr const char* kNoRoute = "NO_ROUTE";
inline constexpr const char* kNoOwner = "NO_OWNER";
// The flow's VM, named by id, does not hold its address where the packet arrives: another VM
// of an unconnected VNet with the same address space does.
inline constexpr const char* kAddressHeldByAnother = "ADDRESS_HELD_BY_ANOTHER";
inline constexpr const char* kRoutingLoop = "ROUTING_LOOP";
inline constexpr const char* kPeeringForwardedTraffic = "PEERING_FORWARDED_TRAFFIC";
inline constexpr const char* kPublicIpNoNsg = "PUBLIC_IP_NO_NSG";
// trace-contract.md, "Additions":
inline constexpr const char* kIcmpUnsupported = "ICMP_UNSUPPORTED";
inline constexpr const char* kHopLimit = "HOP_LIMIT"; // longer than the walk's cap, verdict loop
inline constexpr const char* kProtocolNotCarried = "PROTOCOL_NOT_CARRIED"; // ESP, AH (azure-facts-2 §18)
inline constexpr const char* kGatewayUdrForbidden = "GATEWAY_UDR_FORBIDDEN";
inline constexpr const char* kFirewallDeny = "FIREWALL_DENY";
inline constexpr const char* kPrivateEndpointBypass = "PRIVATE_ENDPOINT_BYPASS";
// A rule names a service tag whose prefixes are unknown and could have decided otherwise.
inline constexpr const char* kServiceTagUnresolved = "SERVICE_TAG_UNRESOLVED";
// Beyond the contract's list (version 2):
// A stateful device carries traffic to a private endpoint without translating its source, which
// Microsoft documents as unsupported (azure-facts-2 §14.4; field reports disagree): a warning.
inline constexpr const char* kPrivateEndpointNoSnat = "PRIVATE_ENDPOINT_NO_SNAT";
// A peering with allowVirtualNetworkAccess false (azure-facts-2 §17.2).
inline constexpr const char* kPeeringAccessDisabled = "PEERING_ACCESS_DISABLED";
// An Azure Firewall in forced-tunneling mode cannot publish by DNAT (azure-facts-2 §12.5).
inline constexpr const char* kFirewallDnatForcedTunnel = "FIREWALL_DNAT_FORCED_TUNNEL";
inline constexpr const char* kLbNoHealthyBackend = "LB_NO_HEALTHY_BACKEND";
// Beyond the contract's list: no load-balancing rule of the frontend takes the packet (load
// balancers carry TCP and UDP only, azure-facts-2 §13.7), and a backend reaching its own
// internal frontend (§13.6, hairpin).
inline constexpr const char* kLbNoRule = "LB_NO_RULE";
inline constexpr const char* kLbHairpin = "LB_HAIRPIN";
} // namespace finding

struct Finding {
    std::string code;
    Severity severity = Severity::Error;
    Message message;
    int hop = -1;       // index in the trace's hops
    std::string object; // the id the finding is about (NSG, NIC, route table, ...)
};

} // namespace pathlight
