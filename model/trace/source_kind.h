#pragma once
// The kinds of apparent source a trace names (Trace::apparentSourceKind), with their contract
// names (trace-contract.md: "apparentSourceKind") and their words to show: each a Message term
// (common/message.h), translated where it is displayed.

#include <string>

namespace pathlight {

enum class SourceKind {
    Private,                    // the VM's own private address
    Internet,                   // a flow that enters from the Internet
    AppGatewayFrontendPublicIp, // Application Gateway's frontend (azure-facts §4)
    NvaSnat,                    // an NVA's source NAT
    NatGateway,                 // a subnet's NAT gateway (azure-facts §3)
    DefaultOutboundAccess,      // no fixed address (azure-facts §3)
    InstancePublicIp,           // the NIC's public IP
    MicrosoftPeeringNat,        // ExpressRoute Microsoft peering NAT
    SiteEdge,                   // the on-premises edge's NAT
    FirewallInstance,           // an Azure Firewall instance in AzureFirewallSubnet (azure-facts-2 §12.4)
    FirewallPublicIp,           // an Azure Firewall's public IP (azure-facts-2 §12.4)
    LoadBalancerFrontend,       // a load balancer's public frontend (azure-facts-2 §13.8)
};

// The contract's name ("natGateway"); never null.
const char* toString(SourceKind kind);
// The term for a kind (SourceKind::NatGateway -> "NAT gateway").
std::string sourceKindTerm(SourceKind kind);

} // namespace pathlight
