#include "trace/source_kind.h"

#include "common/message.h"

namespace pathlight {

std::string sourceKindTerm(const std::string& kind) {
    struct Name {
        const char* kind;
        const char* text;
    };
    static const Name names[] = {
        {"private", QT_TRANSLATE_NOOP("SourceKind", "private address")},
        {"internet", QT_TRANSLATE_NOOP("SourceKind", "Internet address")},
        {"appGatewayFrontendPublicIp", QT_TRANSLATE_NOOP("SourceKind", "Application Gateway frontend")},
        {"nvaSnat", QT_TRANSLATE_NOOP("SourceKind", "NVA source NAT")},
        {"natGateway", QT_TRANSLATE_NOOP("SourceKind", "NAT gateway")},
        {"defaultOutboundAccess", QT_TRANSLATE_NOOP("SourceKind", "default outbound access")},
        {"instancePublicIp", QT_TRANSLATE_NOOP("SourceKind", "instance public IP")},
        {"microsoftPeeringNat", QT_TRANSLATE_NOOP("SourceKind", "Microsoft peering NAT")},
        {"siteEdge", QT_TRANSLATE_NOOP("SourceKind", "on-premises edge NAT")},
    };
    for (const Name& n : names)
        if (kind == n.kind) return Message::term("SourceKind", n.text);
    return kind;
}

} // namespace pathlight
