#pragma once
// A fix: what to change for a finding, as an exact topology edit plus the commands that make
// the same change in Azure (or in the guest OS). Texts are marked for translation.

#include "common/message.h"
#include "edit/topology_edit.h"
#include "trace/verdict.h"

#include <optional>
#include <string>
#include <vector>

namespace pathlight {

namespace fixcode {
inline constexpr const char* kDirectRoutesToInternet = "DIRECT_ROUTES_TO_INTERNET";
inline constexpr const char* kAzureHairpinAlternative = "AZURE_EGRESS_ALTERNATIVE";
inline constexpr const char* kNsgAllowRule = "NSG_ALLOW_RULE";
inline constexpr const char* kNsgMoveDenyRule =
    "NSG_MOVE_DENY_RULE";                                    // deny at 100: allow above, deny one down
inline constexpr const char* kNsgEditRule = "NSG_EDIT_RULE"; // explained: no free priority near it
inline constexpr const char* kAllowAppGwSubnet = "NSG_ALLOW_APPGW_SUBNET";
inline constexpr const char* kEnableNicIpForwarding = "ENABLE_NIC_IP_FORWARDING";
inline constexpr const char* kEnableOsIpForwarding = "ENABLE_OS_IP_FORWARDING";
inline constexpr const char* kNvaSubnetDefaultRoute = "NVA_SUBNET_DEFAULT_ROUTE";
inline constexpr const char* kAddRouteFilterCommunity = "ADD_ROUTE_FILTER_COMMUNITY";
inline constexpr const char* kProxyOrPrivateEndpoint = "PROXY_OR_PRIVATE_ENDPOINT";
inline constexpr const char* kGuestRouteSecondaryNic = "GUEST_ROUTE_SECONDARY_NIC";
inline constexpr const char* kEnableDefaultOutbound = "ENABLE_DEFAULT_OUTBOUND";
inline constexpr const char* kAddNatGateway = "ADD_NAT_GATEWAY"; // explained, with scripts
inline constexpr const char* kEnableNvaSnat = "ENABLE_NVA_SNAT";
inline constexpr const char* kReplyRouteThroughNva = "REPLY_ROUTE_THROUGH_NVA";
inline constexpr const char* kRouteThroughHub = "ROUTE_THROUGH_HUB";
inline constexpr const char* kAppGwDefaultRouteInternet = "APPGW_DEFAULT_ROUTE_INTERNET";
inline constexpr const char* kPeerDirectly = "PEER_DIRECTLY"; // explained, with scripts
inline constexpr const char* kClientRouteToInternet = "CLIENT_ROUTE_TO_INTERNET";
inline constexpr const char* kAllowForwardedTraffic = "ALLOW_FORWARDED_TRAFFIC";
inline constexpr const char* kNicNsgForPublicIp = "NIC_NSG_FOR_PUBLIC_IP";
// Version 2 (azure-facts-2 §12.3): an allow rule in a collection evaluated before the decision,
// or the removal of the deny rule that decided.
inline constexpr const char* kFirewallAllowRule = "FIREWALL_ALLOW_RULE";
inline constexpr const char* kFirewallRemoveDenyRule = "FIREWALL_REMOVE_DENY_RULE";
inline constexpr const char* kRemoveRouteToFirewall = "REMOVE_ROUTE_TO_FIREWALL_FRONT_END";
inline constexpr const char* kSteerPrivateEndpointTraffic = "STEER_PRIVATE_ENDPOINT_TRAFFIC";
// NO_ROUTE at a VPN gateway without a default site (forced tunnelling, azure-facts §2.2): a site
// it is connected to becomes its default site; with none to choose, explained.
inline constexpr const char* kSetGatewayDefaultSite = "SET_GATEWAY_DEFAULT_SITE";
inline constexpr const char* kDefaultSiteAlternative = "DEFAULT_SITE_ALTERNATIVE";
// Explained alternatives (no edit of the design can make them: azure-facts-2 §13, §18).
inline constexpr const char* kInstancePublicIpForProtocol = "INSTANCE_PUBLIC_IP_FOR_PROTOCOL";
inline constexpr const char* kRepairHealthProbe = "REPAIR_HEALTH_PROBE";
inline constexpr const char* kAddLoadBalancingRule = "ADD_LOAD_BALANCING_RULE";
inline constexpr const char* kReachBackendDirectly = "REACH_BACKEND_DIRECTLY";
} // namespace fixcode

struct Fix {
    std::string code;
    std::string finding;    // the finding code it answers
    Message summary;        // one line
    Message explanation;    // why, and the consequences
    Edit edit;              // empty for an explained alternative that cannot be applied here
    bool guestStep = false; // a change inside the VM, not an Azure resource
    bool blocked = false;   // a change it needs cannot be made here (a route exists for the prefix):
                            // offered as an explained alternative, without an edit
    std::string azureCli, powerShell, bicep;  // Azure-side scripts (empty for guest steps)
    std::string terraform;                    // azurerm resources, or a fragment after a comment
    std::string windowsCommand, linuxCommand; // guest steps
    bool applicable() const { return !edit.empty(); }
};

// What applying a fix did to every flow of the topology.
struct FlowChange {
    Id flow;
    Verdict verdictBefore = Verdict::NoRoute, verdictAfter = Verdict::NoRoute;
    std::string sourceBefore, sourceAfter; // apparent source ("" for default outbound)
    bool fixed() const { return verdictBefore != Verdict::Delivered && verdictAfter == Verdict::Delivered; }
    bool broken() const { return verdictBefore == Verdict::Delivered && verdictAfter != Verdict::Delivered; }
};

struct FixVerification {
    Message error; // why the edit could not be applied (empty when it could)
    bool targetDelivered = false;
    std::vector<FlowChange> changes; // only flows whose verdict or apparent source changed
    int brokenCount() const;
    bool safe() const { return error.empty() && brokenCount() == 0; }
};

// A fix with what applying it would do (analysis/analysis.h computes both).
struct VerifiedFix {
    Fix fix;
    std::optional<FixVerification> verification; // absent for an explained, non-applicable fix
};

// The fixes of one finding of a trace; a trace's list has one per finding, in its order.
struct FindingFixes {
    std::vector<VerifiedFix> fixes;
};

} // namespace pathlight
