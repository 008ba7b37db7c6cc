#include "trace/source_kind.h"

#include "common/message.h"

namespace pathlight {

namespace {

struct Name {
    SourceKind kind;
    const char* name;
    const char* text;
};

constexpr Name kNames[] = {
    {SourceKind::Private, "private", QT_TRANSLATE_NOOP("SourceKind", "private address")},
    {SourceKind::Internet, "internet", QT_TRANSLATE_NOOP("SourceKind", "Internet address")},
    {SourceKind::AppGatewayFrontendPublicIp, "appGatewayFrontendPublicIp",
     QT_TRANSLATE_NOOP("SourceKind", "Application Gateway frontend")},
    {SourceKind::NvaSnat, "nvaSnat", QT_TRANSLATE_NOOP("SourceKind", "NVA source NAT")},
    {SourceKind::NatGateway, "natGateway", QT_TRANSLATE_NOOP("SourceKind", "NAT gateway")},
    {SourceKind::DefaultOutboundAccess, "defaultOutboundAccess",
     QT_TRANSLATE_NOOP("SourceKind", "default outbound access")},
    {SourceKind::InstancePublicIp, "instancePublicIp", QT_TRANSLATE_NOOP("SourceKind", "instance public IP")},
    {SourceKind::MicrosoftPeeringNat, "microsoftPeeringNat",
     QT_TRANSLATE_NOOP("SourceKind", "Microsoft peering NAT")},
    {SourceKind::SiteEdge, "siteEdge", QT_TRANSLATE_NOOP("SourceKind", "on-premises edge NAT")},
    {SourceKind::FirewallInstance, "firewallInstance",
     QT_TRANSLATE_NOOP("SourceKind", "Azure Firewall instance address")},
    {SourceKind::FirewallPublicIp, "firewallPublicIp",
     QT_TRANSLATE_NOOP("SourceKind", "Azure Firewall public IP")},
    {SourceKind::LoadBalancerFrontend, "loadBalancerFrontend",
     QT_TRANSLATE_NOOP("SourceKind", "load balancer frontend")},
};

const Name& entry(SourceKind kind) {
    for (const Name& n : kNames)
        if (n.kind == kind) return n;
    return kNames[0];
}

} // namespace

const char* toString(SourceKind kind) {
    return entry(kind).name;
}

std::string sourceKindTerm(SourceKind kind) {
    return Message::term("SourceKind", entry(kind).text);
}

} // namespace pathlight
