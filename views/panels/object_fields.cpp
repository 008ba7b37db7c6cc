#include "panels/object_fields.h"

#include "topology/topology.h"

#include <QCoreApplication>

namespace pathlight {

namespace {

using Type = FieldSpec::Type;

QString translated(const char* text) {
    return QCoreApplication::translate("ObjectFields", text);
}

FieldSpec field(const QString& path, Type type, const char* label) {
    FieldSpec f;
    f.path = path;
    f.type = type;
    f.label = translated(label);
    return f;
}

FieldSpec boolean(const QString& path, const char* label, bool byDefault) {
    FieldSpec f = field(path, Type::Bool, label);
    f.defaultBool = byDefault;
    return f;
}

FieldSpec choice(const QString& path, const char* label, QStringList choices, QString byDefault = {}) {
    FieldSpec f = field(path, Type::Choice, label);
    f.choices = std::move(choices);
    f.defaultText = std::move(byDefault);
    return f;
}

FieldSpec reference(const QString& path, const char* label, ObjectKind kind) {
    FieldSpec f = field(path, Type::Reference, label);
    f.referenceKind = kind;
    return f;
}

FieldSpec withDefault(FieldSpec f, const QString& byDefault) {
    f.defaultText = byDefault;
    return f;
}

std::vector<FieldSpec> grouped(std::vector<FieldSpec> fields, const QString& group) {
    for (auto& f : fields)
        f.group = group;
    return fields;
}

void append(std::vector<FieldSpec>& to, const std::vector<FieldSpec>& more) {
    to.insert(to.end(), more.begin(), more.end());
}

} // namespace

QString collectionOf(const std::string& pointer) {
    const QStringList tokens = QString::fromStdString(pointer).split('/', Qt::SkipEmptyParts);
    if (tokens.size() >= 4) return tokens[2]; // subnets, hosts
    return tokens.isEmpty() ? QString() : tokens[0];
}

std::vector<FieldSpec> fieldsFor(const QString& collection, const nlohmann::ordered_json& object) {
    std::vector<FieldSpec> f;
    if (collection == "document") {
        f.push_back(field("title", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "Title")));
        f.push_back(field("description", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "Description")));
        const LatencyAssumptions d;
        auto ms = [&](const char* key, const char* label, double byDefault) {
            return withDefault(field(QString("latency/") + key, Type::Number, label),
                               QString::number(byDefault));
        };
        append(f,
               grouped({ms("intraRegionMs", QT_TRANSLATE_NOOP("ObjectFields", "Inside a region (ms)"),
                           d.intraRegionMs),
                        ms("interRegionMs", QT_TRANSLATE_NOOP("ObjectFields", "Global peering (ms)"),
                           d.interRegionMs),
                        ms("expressRouteMs", QT_TRANSLATE_NOOP("ObjectFields", "ExpressRoute link (ms)"),
                           d.expressRouteMs),
                        ms("vpnMs", QT_TRANSLATE_NOOP("ObjectFields", "VPN tunnel (ms)"), d.vpnMs),
                        ms("onPremisesMs", QT_TRANSLATE_NOOP("ObjectFields", "On-premises link (ms)"),
                           d.onPremisesMs),
                        ms("internetMs", QT_TRANSLATE_NOOP("ObjectFields", "Internet (ms)"), d.internetMs)},
                       translated(QT_TRANSLATE_NOOP("ObjectFields", "Latency assumptions"))));
        return f;
    }
    f.push_back(field("name", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "Name")));
    if (collection == "vnets") {
        f.push_back(field("region", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "Region")));
        f.push_back(
            field("addressSpace", Type::PrefixList, QT_TRANSLATE_NOOP("ObjectFields", "Address space")));
    } else if (collection == "subnets") {
        f.push_back(
            field("addressPrefix", Type::Prefix, QT_TRANSLATE_NOOP("ObjectFields", "Address prefix")));
        f.push_back(
            reference("nsg", QT_TRANSLATE_NOOP("ObjectFields", "Network security group"), ObjectKind::Nsg));
        f.push_back(reference("routeTable", QT_TRANSLATE_NOOP("ObjectFields", "Route table"),
                              ObjectKind::RouteTable));
        f.push_back(reference("natGateway", QT_TRANSLATE_NOOP("ObjectFields", "NAT gateway"),
                              ObjectKind::NatGateway));
        f.push_back(boolean("defaultOutboundAccess",
                            QT_TRANSLATE_NOOP("ObjectFields", "Default outbound access"), true));
        f.push_back(choice("privateEndpointNetworkPolicies",
                           QT_TRANSLATE_NOOP("ObjectFields", "Private endpoint network policies"),
                           {"Disabled", "Enabled", "NetworkSecurityGroupEnabled", "RouteTableEnabled"},
                           "Disabled"));
    } else if (collection == "sites") {
        f.push_back(
            field("addressSpace", Type::PrefixList, QT_TRANSLATE_NOOP("ObjectFields", "Address space")));
        append(f, grouped({field("bgp/asn", Type::Integer, QT_TRANSLATE_NOOP("ObjectFields", "ASN")),
                           field("bgp/advertise", Type::PrefixList,
                                 QT_TRANSLATE_NOOP("ObjectFields", "Advertised prefixes"))},
                          translated(QT_TRANSLATE_NOOP("ObjectFields", "BGP"))));
        append(
            f,
            grouped(
                {field("edge/publicIps", Type::IpList, QT_TRANSLATE_NOOP("ObjectFields", "Public IPs")),
                 boolean("edge/snat", QT_TRANSLATE_NOOP("ObjectFields", "SNAT to the first public IP"), true),
                 boolean("edge/internetAccess", QT_TRANSLATE_NOOP("ObjectFields", "Internet access"), true)},
                translated(QT_TRANSLATE_NOOP("ObjectFields", "Internet edge"))));
    } else if (collection == "hosts") {
        f.push_back(field("ip", Type::Ip, QT_TRANSLATE_NOOP("ObjectFields", "IP address")));
    } else if (collection == "circuits") {
        f.push_back(
            field("peeringLocation", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "Peering location")));
        f.push_back(
            field("bandwidthMbps", Type::Integer, QT_TRANSLATE_NOOP("ObjectFields", "Bandwidth (Mbps)")));
        f.push_back(
            boolean("privatePeering/enabled", QT_TRANSLATE_NOOP("ObjectFields", "Private peering"), false));
        append(
            f,
            grouped(
                {boolean("microsoftPeering/enabled", QT_TRANSLATE_NOOP("ObjectFields", "Enabled"), false),
                 field("microsoftPeering/natIps", Type::IpList, QT_TRANSLATE_NOOP("ObjectFields", "NAT IPs")),
                 field("microsoftPeering/routeFilter", Type::TextList,
                       QT_TRANSLATE_NOOP("ObjectFields", "Route filter"))},
                translated(QT_TRANSLATE_NOOP("ObjectFields", "Microsoft peering"))));
    } else if (collection == "gateways") {
        f.push_back(choice("type", QT_TRANSLATE_NOOP("ObjectFields", "Type"), {"ExpressRoute", "Vpn"}));
        f.push_back(
            withDefault(field("bgp/asn", Type::Integer, QT_TRANSLATE_NOOP("ObjectFields", "ASN")), "65515"));
        f.push_back(boolean("activeActive", QT_TRANSLATE_NOOP("ObjectFields", "Active-active"), false));
        f.push_back(
            reference("defaultSite", QT_TRANSLATE_NOOP("ObjectFields", "Default site"), ObjectKind::Site));
    } else if (collection == "routeServers") {
        f.push_back(field("ips", Type::IpList, QT_TRANSLATE_NOOP("ObjectFields", "IP addresses")));
        f.push_back(boolean("branchToBranch", QT_TRANSLATE_NOOP("ObjectFields", "Branch-to-branch"), false));
    } else if (collection == "vms") {
        f.push_back(
            choice("os", QT_TRANSLATE_NOOP("ObjectFields", "Operating system"), {"windows", "linux"}));
        f.push_back(field("image", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "Image")));
        const auto nics = object.value("nics", nlohmann::ordered_json::array());
        for (std::size_t i = 0; i < nics.size(); ++i) {
            const QString at = QString("nics/%1/").arg(i);
            const bool primary = nics[i].value("primary", i == 0);
            append(
                f,
                grouped({reference(at + "subnet", QT_TRANSLATE_NOOP("ObjectFields", "Subnet"),
                                   ObjectKind::Subnet),
                         field(at + "ipConfigurations/0/privateIp", Type::Ip,
                               QT_TRANSLATE_NOOP("ObjectFields", "Private IP")),
                         field(at + "ipConfigurations/0/publicIp", Type::Ip,
                               QT_TRANSLATE_NOOP("ObjectFields", "Public IP")),
                         reference(at + "nsg", QT_TRANSLATE_NOOP("ObjectFields", "Network security group"),
                                   ObjectKind::Nsg),
                         boolean(at + "enableIPForwarding",
                                 QT_TRANSLATE_NOOP("ObjectFields", "IP forwarding (Azure)"), false),
                         boolean(at + "guestDefaultGateway",
                                 QT_TRANSLATE_NOOP("ObjectFields", "Default gateway in the guest"), primary),
                         field(at + "ipConfigurations/0/applicationSecurityGroups", Type::TextList,
                               QT_TRANSLATE_NOOP("ObjectFields", "Application security groups"))},
                        translated(QT_TRANSLATE_NOOP("ObjectFields", "NIC %1"))
                            .arg(QString::fromStdString(nics[i].value("id", "")))));
        }
        if (object.contains("nva"))
            append(f, grouped({boolean("nva/osIpForwarding",
                                       QT_TRANSLATE_NOOP("ObjectFields", "IP forwarding (guest OS)"), false),
                               boolean("nva/snat/enabled", QT_TRANSLATE_NOOP("ObjectFields", "SNAT"), false),
                               field("nva/snat/exclude", Type::PrefixList,
                                     QT_TRANSLATE_NOOP("ObjectFields", "SNAT exclusions")),
                               field("nva/bgp/asn", Type::Integer, QT_TRANSLATE_NOOP("ObjectFields", "ASN")),
                               boolean("nva/bgp/defaultOriginate",
                                       QT_TRANSLATE_NOOP("ObjectFields", "Originate 0.0.0.0/0"), false),
                               field("nva/bgp/advertise", Type::PrefixList,
                                     QT_TRANSLATE_NOOP("ObjectFields", "Advertised prefixes"))},
                              translated(QT_TRANSLATE_NOOP("ObjectFields", "Network virtual appliance"))));
    } else if (collection == "appGateways") {
        f.push_back(choice("sku", QT_TRANSLATE_NOOP("ObjectFields", "SKU"),
                           {"Standard_v2", "WAF_v2", "Standard", "WAF"}));
        f.push_back(reference("subnet", QT_TRANSLATE_NOOP("ObjectFields", "Subnet"), ObjectKind::Subnet));
        f.push_back(
            field("frontendPrivateIp", Type::Ip, QT_TRANSLATE_NOOP("ObjectFields", "Frontend private IP")));
        f.push_back(
            field("frontendPublicIp", Type::Ip, QT_TRANSLATE_NOOP("ObjectFields", "Frontend public IP")));
        f.push_back(field("instanceIps", Type::IpList, QT_TRANSLATE_NOOP("ObjectFields", "Instance IPs")));
    } else if (collection == "natGateways") {
        f.push_back(field("publicIps", Type::IpList, QT_TRANSLATE_NOOP("ObjectFields", "Public IPs")));
        f.push_back(field("publicIpPrefixes", Type::PrefixList,
                          QT_TRANSLATE_NOOP("ObjectFields", "Public IP prefixes")));
    } else if (collection == "endpoints") {
        f.push_back(field("fqdn", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "FQDN")));
        f.push_back(field("ips", Type::PrefixList, QT_TRANSLATE_NOOP("ObjectFields", "Addresses")));
        f.push_back(field("ports", Type::IntList, QT_TRANSLATE_NOOP("ObjectFields", "Ports")));
        f.push_back(choice("protocol", QT_TRANSLATE_NOOP("ObjectFields", "Protocol"),
                           {"Tcp", "Udp", "Icmp", "*"}, "Tcp"));
        f.push_back(boolean("requiresAzureSource",
                            QT_TRANSLATE_NOOP("ObjectFields", "Answers only Azure public sources"), false));
        f.push_back(field("microsoftPeering/community", Type::Text,
                          QT_TRANSLATE_NOOP("ObjectFields", "Microsoft peering community")));
    } else if (collection == "peerings") {
        f.clear();
        // Each VNet's own setting when the file gives them apart (version 2), else one for both.
        if (const auto forwarded = object.find("allowForwardedTraffic");
            forwarded != object.end() && forwarded->is_object()) {
            for (const auto& vnet : object.value("vnets", nlohmann::ordered_json::array()))
                if (vnet.is_string())
                    f.push_back(
                        boolean("allowForwardedTraffic/" + QString::fromStdString(vnet.get<std::string>()),
                                QT_TRANSLATE_NOOP("ObjectFields", "Allow forwarded traffic into %1"), false));
            for (auto& field : f)
                field.label = field.label.arg(field.path.section('/', 1));
        } else {
            f.push_back(boolean("allowForwardedTraffic",
                                QT_TRANSLATE_NOOP("ObjectFields", "Allow forwarded traffic"), false));
        }
        f.push_back(boolean("allowVirtualNetworkAccess",
                            QT_TRANSLATE_NOOP("ObjectFields", "Allow access between the VNets"), true));
    } else if (collection == "connections") {
        f.clear(); // a connection has no name in the format
        const std::string type = object.value("type", "");
        if (type != "ExpressRoute")
            f.push_back(boolean("bgp", QT_TRANSLATE_NOOP("ObjectFields", "BGP"), false));
        if (type == "Vpn")
            f.push_back(field("localAddressPrefixes", Type::PrefixList,
                              QT_TRANSLATE_NOOP("ObjectFields", "Local network gateway prefixes")));
    } else if (collection == "firewalls") {
        f.push_back(choice("sku", QT_TRANSLATE_NOOP("ObjectFields", "SKU"), {"Basic", "Standard", "Premium"},
                           "Standard"));
        f.push_back(field("privateIp", Type::Ip, QT_TRANSLATE_NOOP("ObjectFields", "Private IP")));
        f.push_back(field("publicIps", Type::IpList, QT_TRANSLATE_NOOP("ObjectFields", "Public IPs")));
        f.push_back(field("instanceIps", Type::IpList, QT_TRANSLATE_NOOP("ObjectFields", "Instance IPs")));
        f.push_back(boolean("forcedTunneling", QT_TRANSLATE_NOOP("ObjectFields", "Forced tunneling"), false));
        f.push_back(choice("threatIntelMode", QT_TRANSLATE_NOOP("ObjectFields", "Threat intelligence"),
                           {"Off", "Alert", "Deny"}, "Alert"));
        f.push_back(field("policy/snat/privateRanges", Type::TextList,
                          QT_TRANSLATE_NOOP("ObjectFields", "SNAT private ranges")));
    } else if (collection == "loadBalancers") {
        // Frontends, pools and rules are tables: "Edit frontends, pools and rules…" opens them.
        f.push_back(
            choice("sku", QT_TRANSLATE_NOOP("ObjectFields", "SKU"), {"Standard", "Basic"}, "Standard"));
    } else if (collection == "frontendIPConfigurations") {
        f.push_back(reference("subnet", QT_TRANSLATE_NOOP("ObjectFields", "Subnet"), ObjectKind::Subnet));
        f.push_back(field("privateIPAddress", Type::Ip, QT_TRANSLATE_NOOP("ObjectFields", "Private IP")));
        f.push_back(field("publicIPAddress", Type::Ip, QT_TRANSLATE_NOOP("ObjectFields", "Public IP")));
    } else if (collection == "privateEndpoints") {
        f.push_back(reference("subnet", QT_TRANSLATE_NOOP("ObjectFields", "Subnet"), ObjectKind::Subnet));
        f.push_back(field("privateIp", Type::Ip, QT_TRANSLATE_NOOP("ObjectFields", "Private IP")));
        append(f, grouped({field("service/name", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "Resource")),
                           field("service/groupId", Type::Text,
                                 QT_TRANSLATE_NOOP("ObjectFields", "Sub-resource")),
                           field("service/fqdn", Type::Text, QT_TRANSLATE_NOOP("ObjectFields", "FQDN"))},
                          translated(QT_TRANSLATE_NOOP("ObjectFields", "Service"))));
    }
    return f;
}

} // namespace pathlight
