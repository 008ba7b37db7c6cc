// Each lint, with the pointer it reports and a clean counterpart where it matters.

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "analysis/analysis.h"
#include "analysis/route_lints.h"
#include "validation/lints.h"
#endif

using namespace pathlight;
using namespace pathlight::test;

namespace {
std::vector<Diagnostic> lint(const std::string& body) {
    return lintTopology(load(body), EndpointCatalog::builtIn());
}

bool has(const std::vector<Diagnostic>& list, const std::string& code, const std::string& pointer = {}) {
    for (const auto& d : list)
        if (d.code == code && (pointer.empty() || d.pointer == pointer)) return true;
    return false;
}

std::string dump(const std::vector<Diagnostic>& list) {
    std::string s;
    for (const auto& d : list)
        s += d.code + " " + d.pointer + ": " + d.message.english() + "\n";
    return s;
}

const std::string kVnet = R"({"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
    {"id": "s1", "name": "s1", "addressPrefix": "10.0.1.0/24"},
    {"id": "s2", "name": "s2", "addressPrefix": "10.0.2.0/24"}]})";
} // namespace

class TestLints : public QObject {
    Q_OBJECT
private slots:
    // The breaker's silent cases (2026-11-30, tests/regressions/lints): an NSG entry that is no
    // address and no known tag ("Internt") made its rule match nothing; ids that read as an
    // address or a catalog FQDN changed what flows meant; two routes for one prefix let file
    // order decide. Each is now said, where it is.
    void silentMeaningsAreLinted() {
        const struct {
            const char* file;
            const char* code;
            const char* pointer;
        } cases[] = {
            {"nsg-typo-tag", "NSG_ADDRESS_UNKNOWN", "/nsgs/0/securityRules/0/destinationAddressPrefixes/0"},
            {"id-shadows-fqdn", "ID_SHADOWS_CATALOG", "/vms/1/id"},
            {"id-shadows-fqdn", "ID_LOOKS_LIKE_ADDRESS", "/vms/2/id"},
            {"dup-route-prefix", "ROUTE_PREFIX_DUPLICATE", "/routeTables/0/routes/1/addressPrefix"},
            {"private-endpoint-holds-vm-address", "DUPLICATE_ADDRESS", "/privateEndpoints/0/privateIp"},
        };
        for (const auto& c : cases) {
            LoadResult r =
                loadTopologyFromFile(sourceDir() + "/tests/regressions/lints/" + c.file + ".pathlight.json");
            QVERIFY2(r.ok(), c.file);
            const auto found = lintTopology(*r.topology, EndpointCatalog::builtIn());
            QVERIFY2(has(found, c.code, c.pointer), qPrintable(QString::fromStdString(dump(found))));
        }
        // Known tags, addresses, prefixes and * are not reported; a lower-case tag is.
        const std::string rules = R"("nsgs": [{"id": "n", "securityRules": [
            {"name": "a", "priority": 100, "direction": "Outbound", "access": "Deny", "protocol": "*",
             "sourceAddressPrefixes": ["VirtualNetwork", "10.0.0.4", "10.0.0.0/8", "*"],
             "destinationAddressPrefixes": ["Internet", "AzureLoadBalancer", "internet"],
             "sourcePortRanges": ["*"], "destinationPortRanges": ["*"]}]}])";
        const auto found = lint(rules);
        QCOMPARE(std::count_if(found.begin(), found.end(),
                               [](const Diagnostic& d) { return d.code == "NSG_ADDRESS_UNKNOWN"; }),
                 1);
        QVERIFY(has(found, "NSG_ADDRESS_UNKNOWN", "/nsgs/0/securityRules/0/destinationAddressPrefixes/2"));
        // A route name twice; two NSGs named alike (case-insensitive) in one resource group.
        const auto names = lint(R"("routeTables": [{"id": "rt", "routes": [
            {"name": "x", "addressPrefix": "10.1.0.0/16", "nextHopType": "None"},
            {"name": "x", "addressPrefix": "10.2.0.0/16", "nextHopType": "None"}]}],
            "nsgs": [{"id": "n1", "name": "web"}, {"id": "n2", "name": "WEB"},
                     {"id": "n3", "name": "web", "resourceGroup": "other"}])");
        QVERIFY2(has(names, "ROUTE_NAME_DUPLICATE", "/routeTables/0/routes/1/name"), dump(names).c_str());
        QVERIFY(has(names, "AZURE_NAME_DUPLICATE", "/nsgs/1/name"));
        // A VirtualAppliance route to a VM that does not forward (the route editor proposed the
        // subnet's first VM); to a forwarding NIC, nothing.
        LoadResult plain = loadTopologyFromFile(
            sourceDir() + "/tests/regressions/breaker/plain-vm-route-to-itself.pathlight.json");
        QVERIFY(plain.ok());
        QVERIFY(has(lintTopology(*plain.topology, EndpointCatalog::builtIn()), "ROUTE_TO_PLAIN_VM",
                    "/routeTables/0/routes/0/nextHopIpAddress"));
        for (auto& vm : plain.topology->vms)
            for (auto& nic : vm.nics)
                nic.enableIPForwarding = true;
        QVERIFY(!has(lintTopology(*plain.topology, EndpointCatalog::builtIn()), "ROUTE_TO_PLAIN_VM"));
        QVERIFY(!has(names, "AZURE_NAME_DUPLICATE", "/nsgs/2/name"));
    }

    // A 0.0.0.0/0 learned over ExpressRoute in an Application Gateway v2 subnet (field case 05,
    // azure-facts §5.4): a route lint and a finding on traces through the gateway; with gateway
    // route propagation off on the subnet, neither.
    void appGatewayV2LearnedDefaultRoute() {
        LoadResult r = loadTopologyFromFile(
            sourceDir() + "/tests/regressions/field/05-appgw-v2-er-default-route.pathlight.json");
        QVERIFY(r.ok());
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        auto count = [](const std::vector<Diagnostic>& lints) {
            return std::count_if(lints.begin(), lints.end(),
                                 [](const Diagnostic& d) { return d.code == "APPGW_V2_UNSUPPORTED_ROUTE"; });
        };
        {
            Analysis analysis(*r.topology, catalog);
            QCOMPARE(count(analysis.lints()), 1);
            QCOMPARE(count(lintRoutes(analysis.network())), 1);
            QVERIFY(hasFinding(*analysis.trace("f-client-agw"), finding::kAppGwV2UnsupportedRoute));
            QVERIFY(!hasFinding(*analysis.trace("f-hq-agw"), finding::kAppGwV2UnsupportedRoute) ||
                    analysis.trace("f-hq-agw")->hops.back().kind == HopKind::AppGateway);
        }
        {
            // AzureFirewallSubnet following a BGP 0/0 outside forced-tunneling mode (azure-facts-2
            // §12.2, T55 (d)); the oracle's route 0/0 → Internet clears it.
            const auto firewallLint = [&](const std::string& file) {
                LoadResult f = loadTopologyFromFile(sourceDir() + file);
                if (!f.ok()) return -1;
                const auto lints = Analysis(*f.topology, catalog).lints();
                return int(std::count_if(lints.begin(), lints.end(), [](const Diagnostic& d) {
                    return d.code == "FIREWALL_BGP_DEFAULT_ROUTE" &&
                           d.pointer == "/firewalls/0/forcedTunneling";
                }));
            };
            QCOMPARE(firewallLint("/tests/regressions/lints/firewall-bgp-default-route.pathlight.json"), 1);
            QCOMPARE(
                firewallLint("/tests/regressions/v2/t55d-firewall-bgp-default-udr-internet.pathlight.json"),
                0);
            QCOMPARE(firewallLint("/tests/regressions/v2/t55c-firewall-forced-tunnel-mode.pathlight.json"),
                     0);
        }
        Topology t = *r.topology;
        RouteTable table;
        table.id = "rt-agw";
        table.disableBgpRoutePropagation = true;
        t.routeTables.push_back(table);
        for (auto& v : t.vnets)
            for (auto& s : v.subnets)
                if (s.id == "snet-agw") s.routeTable = "rt-agw";
        Analysis analysis(t, catalog);
        QCOMPARE(count(analysis.lints()), 0);
        QVERIFY(!hasFinding(*analysis.trace("f-client-agw"), finding::kAppGwV2UnsupportedRoute));
    }

    void cleanTopologyHasNoFindings() {
        auto d = lint(
            R"("vnets": [)" + kVnet +
            R"(], "vms": [{"id": "vm", "nics": [{"id": "n", "subnet": "s1", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}])");
        QVERIFY2(d.empty(), dump(d).c_str());
    }

    // A VM has one primary NIC; two marked primary is an error (the breaker's file passed check).
    void twoPrimaryNics() {
        auto d = lint(R"("vnets": [)" + kVnet + R"(], "vms": [{"id": "vm", "nics": [
            {"id": "n1", "subnet": "s1", "primary": true, "ipConfigurations": [{"privateIp": "10.0.1.4"}]},
            {"id": "n2", "subnet": "s1", "primary": true, "ipConfigurations": [{"privateIp": "10.0.1.5"}]}]}])");
        QVERIFY2(has(d, "MULTIPLE_PRIMARY_NICS", "/vms/0/nics"), dump(d).c_str());
    }

    void subnetOutsideVnetAndOverlap() {
        auto d = lint(R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
            {"id": "a", "addressPrefix": "10.1.0.0/24"}, {"id": "b", "addressPrefix": "10.0.0.0/24"}, {"id": "c", "addressPrefix": "10.0.0.128/25"}]}])");
        QVERIFY(has(d, "SUBNET_OUTSIDE_VNET", "/vnets/0/subnets/0/addressPrefix"));
        QVERIFY(has(d, "SUBNET_OVERLAP", "/vnets/0/subnets/2/addressPrefix"));
    }

    void peeredSpacesOverlap() {
        auto d = lint(
            R"("vnets": [{"id": "a", "addressSpace": ["10.0.0.0/16"], "subnets": []}, {"id": "b", "addressSpace": ["10.0.128.0/17"], "subnets": []},
                                   {"id": "c", "addressSpace": ["10.0.0.0/16"], "subnets": []}],
                       "peerings": [{"id": "p", "vnets": ["a", "b"]}])");
        QVERIFY(has(d, "PEERED_SPACE_OVERLAP", "/peerings/0/vnets"));
        QCOMPARE(std::count_if(d.begin(), d.end(),
                               [](const Diagnostic& x) { return x.code == "PEERED_SPACE_OVERLAP"; }),
                 1L);
    }

    // T26: the five reserved addresses.
    void nicAddressChecks() {
        QVERIFY(isReservedSubnetAddress(*Ipv4Prefix::parse("192.168.1.0/24"), Ipv4Address(192, 168, 1, 0)));
        QVERIFY(isReservedSubnetAddress(*Ipv4Prefix::parse("192.168.1.0/24"), Ipv4Address(192, 168, 1, 3)));
        QVERIFY(!isReservedSubnetAddress(*Ipv4Prefix::parse("192.168.1.0/24"), Ipv4Address(192, 168, 1, 4)));
        QVERIFY(isReservedSubnetAddress(*Ipv4Prefix::parse("192.168.1.0/24"), Ipv4Address(192, 168, 1, 255)));
        auto d = lint(R"("vnets": [)" + kVnet + R"(], "vms": [{"id": "vm", "nics": [
            {"id": "n1", "subnet": "s1", "ipConfigurations": [{"privateIp": "10.0.1.1"}]},
            {"id": "n2", "subnet": "s1", "ipConfigurations": [{"privateIp": "10.0.2.9"}]},
            {"id": "n3", "subnet": "s2", "ipConfigurations": [{"privateIp": "10.0.2.9"}]},
            {"id": "n4", "subnet": "s1", "ipConfigurations": [{"privateIp": "10.0.1.255"}]}]}])");
        QVERIFY(has(d, "ADDRESS_RESERVED", "/vms/0/nics/0/ipConfigurations/0/privateIp"));
        QVERIFY(has(d, "ADDRESS_OUTSIDE_SUBNET", "/vms/0/nics/1/ipConfigurations/0/privateIp"));
        QVERIFY(has(d, "DUPLICATE_ADDRESS", "/vms/0/nics/2/ipConfigurations/0/privateIp"));
        QVERIFY(has(d, "ADDRESS_RESERVED", "/vms/0/nics/3/ipConfigurations/0/privateIp"));
        // Who holds the address is an object argument (shown by name, translated around it), not
        // an English "nic \"n2\"" fragment.
        for (const auto& x : d)
            if (x.code == "DUPLICATE_ADDRESS" || x.code == "ADDRESS_OUTSIDE_SUBNET") {
                QVERIFY(Message::isObject(x.message.args.at(1)));
                QVERIFY(x.message.english().find("nic \"") == std::string::npos);
            }
    }

    // A layout value the canvas ignores is said, where it is (io/layout_entry.h): found by a
    // breaker, whose absurd and partial entries were dropped without a word.
    void layoutEntriesTheCanvasIgnores() {
        const auto d = lint(R"("vnets": [{"id": "a", "addressSpace": ["10.0.0.0/16"]},
            {"id": "b", "addressSpace": ["10.1.0.0/16"]}, {"id": "c", "addressSpace": ["10.2.0.0/16"]},
            {"id": "e", "addressSpace": ["10.3.0.0/16"]}, {"id": "f", "addressSpace": ["10.4.0.0/16"]}],
            "layout": {"a": {"x": 10, "y": 20, "w": 400, "h": 300}, "gone": {"x": 1, "y": 2},
                       "b": [1, 2], "c": {"x": 1e300, "y": 5}, "e": {"x": 40}, "f": {"x": 1, "y": 2, "w": 0},
                       "internet": {"x": 900, "y": 40}})");
        QVERIFY2(has(d, "LAYOUT_UNKNOWN_ID", "/layout/gone"), dump(d).c_str());
        QVERIFY(has(d, "LAYOUT_ENTRY_INVALID", "/layout/b"));
        QVERIFY(has(d, "LAYOUT_VALUE_IGNORED", "/layout/c/x"));
        QVERIFY(!has(d, "LAYOUT_POSITION_MISSING", "/layout/c")); // said once, as the value it is
        QVERIFY(has(d, "LAYOUT_POSITION_MISSING", "/layout/e"));
        QVERIFY(has(d, "LAYOUT_VALUE_IGNORED", "/layout/f/w"));
        for (const auto& diagnostic : d) // a whole entry in range, and the Internet's own, are fine
            QVERIFY(diagnostic.pointer.rfind("/layout/a", 0) != 0 &&
                    diagnostic.pointer.rfind("/layout/internet", 0) != 0);
        // A generated layout broken everywhere says it twenty times, not ten thousand.
        std::string flood = R"("layout": {)";
        for (int i = 0; i < 500; ++i)
            flood += (i ? "," : "") + std::string("\"n") + std::to_string(i) + "\": {\"x\": 1, \"y\": 1}";
        flood += "}";
        int unknown = 0;
        for (const auto& diagnostic : lint(flood))
            unknown += diagnostic.code == "LAYOUT_UNKNOWN_ID";
        QCOMPARE(unknown, 20);
    }

    // Azure blocks a gateway on a GatewaySubnet with an NSG (azure-facts §1.5); the palette
    // refused it, the inspector and a file did not (newcomer walk and breaker).
    void nsgOnPlatformSubnets() {
        const auto d = lint(R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
            {"id": "gw", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27", "nsg": "n"},
            {"id": "rs", "name": "RouteServerSubnet", "addressPrefix": "10.0.254.0/27", "nsg": "n"},
            {"id": "app", "name": "app", "addressPrefix": "10.0.1.0/24", "nsg": "n"}]}],
            "nsgs": [{"id": "n"}])");
        QVERIFY2(has(d, "NSG_ON_PLATFORM_SUBNET", "/vnets/0/subnets/0/nsg"), dump(d).c_str());
        QVERIFY(has(d, "NSG_ON_PLATFORM_SUBNET", "/vnets/0/subnets/1/nsg"));
        QVERIFY(!has(d, "NSG_ON_PLATFORM_SUBNET", "/vnets/0/subnets/2/nsg"));
    }

    // Breaker: 150,000 prefixes in one rule passed without a word (Azure allows 4,000 per side).
    void nsgRuleAddressLimit() {
        std::string many;
        for (int i = 0; i < 4001; ++i)
            many += (i ? "," : "") + std::string("\"10.") + std::to_string(i / 250) + "." +
                    std::to_string(i % 250) + ".0/24\"";
        const auto d = lint(R"("nsgs": [{"id": "n", "securityRules": [{"name": "r", "priority": 100,
            "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefixes": [)" +
                            many + R"(], "destinationAddressPrefix": "*"}]}])");
        QVERIFY2(has(d, "NSG_RULE_ADDRESS_LIMIT", "/nsgs/0/securityRules/0/sourceAddressPrefixes"),
                 dump(d).c_str());
        QVERIFY(!has(d, "NSG_RULE_ADDRESS_LIMIT", "/nsgs/0/securityRules/0/destinationAddressPrefixes"));
    }

    void nsgPriorities() {
        auto d = lint(R"("nsgs": [{"id": "n", "securityRules": [
            {"name": "low", "priority": 99, "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"},
            {"name": "a", "priority": 200, "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"},
            {"name": "b", "priority": 200, "direction": "Inbound", "access": "Deny", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"},
            {"name": "c", "priority": 200, "direction": "Outbound", "access": "Deny", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"},
            {"name": "high", "priority": 4097, "direction": "Outbound", "access": "Deny", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}]}])");
        QVERIFY(has(d, "NSG_PRIORITY_RANGE", "/nsgs/0/securityRules/0/priority"));
        QVERIFY(has(d, "NSG_PRIORITY_DUPLICATE", "/nsgs/0/securityRules/2/priority"));
        QVERIFY(!has(d, "NSG_PRIORITY_DUPLICATE", "/nsgs/0/securityRules/3/priority")); // other direction
        QVERIFY(has(d, "NSG_PRIORITY_RANGE", "/nsgs/0/securityRules/4/priority"));
        QVERIFY(!has(d, "NSG_RULE_NAME_DUPLICATE", "/nsgs/0/securityRules/1/name"));
    }

    // Two rules of one NSG with the same name: Azure refuses it, and a fix that moves "the rule
    // named r" would move the wrong one (found by a breaker).
    void nsgRuleNamesAreUnique() {
        auto d = lint(R"("nsgs": [{"id": "n", "securityRules": [
            {"name": "r", "priority": 100, "direction": "Inbound", "access": "Deny", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"},
            {"name": "r", "priority": 300, "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}]},
            {"id": "m", "securityRules": [
            {"name": "r", "priority": 100, "direction": "Inbound", "access": "Deny", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}]}])");
        QVERIFY(has(d, "NSG_RULE_NAME_DUPLICATE", "/nsgs/0/securityRules/1/name"));
        QVERIFY(!has(d, "NSG_RULE_NAME_DUPLICATE", "/nsgs/0/securityRules/0/name"));
        QVERIFY(!has(d, "NSG_RULE_NAME_DUPLICATE", "/nsgs/1/securityRules/0/name")); // another NSG
    }

    void gatewayAndRouteServerSubnets() {
        auto d = lint(
            R"("vnets": [)" + kVnet +
            R"(, {"id": "w", "addressSpace": ["10.1.0.0/16"], "subnets": [{"id": "rss", "name": "RouteServerSubnet", "addressPrefix": "10.1.0.0/28"}]}],
            "gateways": [{"id": "g", "type": "Vpn", "vnet": "v"}],
            "routeServers": [{"id": "r1", "vnet": "v", "ips": []}, {"id": "r2", "vnet": "w", "ips": []}])");
        QVERIFY(has(d, "GATEWAY_NO_SUBNET", "/gateways/0/vnet"));
        QVERIFY(has(d, "ROUTE_SERVER_NO_SUBNET", "/routeServers/0/vnet"));
        QVERIFY(has(d, "ROUTE_SERVER_SUBNET_SIZE", "/routeServers/1/vnet"));
    }

    void virtualApplianceNeedsNextHop() {
        auto d = lint(
            R"("routeTables": [{"id": "rt", "routes": [{"name": "nva", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance"},
                                                                 {"name": "odd", "addressPrefix": "10.0.0.0/8", "nextHopType": "Internet", "nextHopIpAddress": "10.0.0.4"}]}])");
        QVERIFY(has(d, "ROUTE_NO_NEXT_HOP_IP", "/routeTables/0/routes/0/nextHopIpAddress"));
        QVERIFY(has(d, "ROUTE_IGNORED_NEXT_HOP_IP", "/routeTables/0/routes/1/nextHopIpAddress"));
    }

    // T12: gateway transit constraints.
    void remoteGateways() {
        const std::string vnets = R"("vnets": [
            {"id": "hub", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]},
            {"id": "hub2", "addressSpace": ["10.2.0.0/16"], "subnets": [{"id": "gws2", "name": "GatewaySubnet", "addressPrefix": "10.2.255.0/27"}]},
            {"id": "spoke", "addressSpace": ["10.1.0.0/16"], "subnets": []}],
            "gateways": [{"id": "g", "type": "Vpn", "vnet": "hub"}, {"id": "g2", "type": "Vpn", "vnet": "hub2"}])";
        auto twice = lint(vnets + R"(, "peerings": [
            {"id": "p1", "vnets": ["hub", "spoke"], "gatewayTransit": {"provider": "hub", "user": "spoke"}},
            {"id": "p2", "vnets": ["hub2", "spoke"], "gatewayTransit": {"provider": "hub2", "user": "spoke"}}])");
        QVERIFY2(has(twice, "REMOTE_GATEWAY_MULTIPLE", "/peerings/1/gatewayTransit/user"),
                 dump(twice).c_str());
        auto own = lint(
            vnets +
            R"(, "peerings": [{"id": "p1", "vnets": ["hub", "hub2"], "gatewayTransit": {"provider": "hub", "user": "hub2"}}])");
        QVERIFY(has(own, "REMOTE_GATEWAY_WITH_OWN"));
        auto noTransit = lint(
            vnets +
            R"(, "peerings": [{"id": "p1", "vnets": ["hub", "spoke"], "gatewayTransit": {"provider": null, "user": "spoke"}}])");
        QVERIFY(has(noTransit, "REMOTE_GATEWAY_NO_TRANSIT"));
        auto ok = lint(
            vnets +
            R"(, "peerings": [{"id": "p1", "vnets": ["hub", "spoke"], "gatewayTransit": {"provider": "hub", "user": "spoke"}}])");
        QVERIFY2(ok.empty(), dump(ok).c_str());
    }

    // T22: Application Gateway v2 and a default route that is not Internet.
    void appGatewayV2DefaultRoute() {
        const std::string base =
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "agw", "addressPrefix": "10.0.4.0/24", "routeTable": "rt"}]}],
            "appGateways": [{"id": "a", "sku": "Standard_v2", "subnet": "agw", "instanceIps": ["10.0.4.4"]}],)";
        auto bad = lint(
            base +
            R"("routeTables": [{"id": "rt", "routes": [{"name": "fw", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.9.4"}]}])");
        QVERIFY(has(bad, "APPGW_V2_DEFAULT_ROUTE", "/routeTables/0/routes/0"));
        QVERIFY(dump(bad).find("please ensure '0.0.0.0/0' uses Next Hop Type as 'Internet'") !=
                std::string::npos);
        auto good = lint(
            base +
            R"("routeTables": [{"id": "rt", "routes": [{"name": "i", "addressPrefix": "0.0.0.0/0", "nextHopType": "Internet"}]}])");
        QVERIFY(!has(good, "APPGW_V2_DEFAULT_ROUTE"));
    }

    // T21: instances + private frontend + five reserved addresses must fit; T24: GatewayManager.
    void appGatewaySubnet() {
        std::string ips;
        for (int i = 4; i < 19; ++i)
            ips += std::string(i > 4 ? "," : "") + "\"10.0.4." + std::to_string(i) + "\"";
        const std::string fifteen =
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "agw", "addressPrefix": "10.0.4.0/27"SUBNETNSG}]}],
            "appGateways": [{"id": "a", "sku": "Standard_v2", "subnet": "agw", "instanceIps": [)" +
            ips + "]FRONTEND}]";
        auto variant = [&](const std::string& frontend, const std::string& nsg,
                           const std::string& extra = {}) {
            std::string body = fifteen;
            body.replace(body.find("SUBNETNSG"), 9, nsg.empty() ? "" : R"(, "nsg": "n")");
            body.replace(body.find("FRONTEND"), 8, frontend);
            return lint(body + extra);
        };
        QVERIFY(!has(variant("", ""), "APPGW_SUBNET_TOO_SMALL")); // 15 + 5 = 20 <= 32
        // T21's second example: 27 instances + a private frontend need 33 addresses, more than a /27.
        std::string many;
        for (int i = 0; i < 27; ++i)
            many += std::string(i ? "," : "") + "\"10.0.8." + std::to_string(i + 4) + "\"";
        auto big = lint(
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "agw", "addressPrefix": "10.0.8.0/26"}]}],
            "appGateways": [{"id": "a", "subnet": "agw", "instanceIps": [)" +
            many + R"(], "frontendPrivateIp": "10.0.8.60"}])");
        QVERIFY(!has(big, "APPGW_SUBNET_TOO_SMALL")); // 33 <= 64
        // 10 instances + frontend + 5 = 16: exactly a /28; one more instance does not fit.
        auto tight = lint(
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "agw", "addressPrefix": "10.0.4.0/28"}]}],
            "appGateways": [{"id": "a", "subnet": "agw", "instanceIps": ["10.0.4.4", "10.0.4.5", "10.0.4.6", "10.0.4.7", "10.0.4.8", "10.0.4.9", "10.0.4.10", "10.0.4.11", "10.0.4.12", "10.0.4.13"], "frontendPrivateIp": "10.0.4.14"}])");
        QVERIFY(!has(tight, "APPGW_SUBNET_TOO_SMALL"));
        auto over = lint(
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "agw", "addressPrefix": "10.0.4.0/28"}]}],
            "appGateways": [{"id": "a", "subnet": "agw", "instanceIps": ["10.0.4.4", "10.0.4.5", "10.0.4.6", "10.0.4.7", "10.0.4.8", "10.0.4.9", "10.0.4.10", "10.0.4.11", "10.0.4.12", "10.0.4.13", "10.0.4.1"], "frontendPrivateIp": "10.0.4.14"}])");
        QVERIFY(has(over, "APPGW_SUBNET_TOO_SMALL", "/appGateways/0/subnet"));
        const std::string noManager =
            R"(, "nsgs": [{"id": "n", "securityRules": [{"name": "web", "priority": 100, "direction": "Inbound", "access": "Allow", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "protocol": "Tcp", "destinationPortRanges": ["443"]}]}])";
        QVERIFY(has(variant("", "n", noManager), "APPGW_GATEWAY_MANAGER"));
        const std::string manager =
            R"(, "nsgs": [{"id": "n", "securityRules": [{"name": "gm", "priority": 100, "direction": "Inbound", "access": "Allow", "destinationAddressPrefix": "*", "protocol": "Tcp", "sourceAddressPrefixes": ["GatewayManager"], "destinationPortRanges": ["65200-65535"]}]}])";
        QVERIFY(!has(variant("", "n", manager), "APPGW_GATEWAY_MANAGER"));
        QVERIFY(!has(variant("", "n", manager), "APPGW_V2_OUTBOUND_DENIED")); // the default allows it
        // azure-facts §5.3: a v2 gateway (not a private deployment) keeps outbound Internet open.
        const std::string denyOut =
            R"(, "nsgs": [{"id": "n", "securityRules": [{"name": "no-internet", "priority": 4000, "direction": "Outbound", "access": "Deny", "sourceAddressPrefix": "*", "protocol": "*", "destinationAddressPrefixes": ["Internet"]}]}])";
        QVERIFY(has(variant("", "n", denyOut), "APPGW_V2_OUTBOUND_DENIED", "/appGateways/0/subnet"));
        const std::string allowFirst =
            R"(, "nsgs": [{"id": "n", "securityRules": [{"name": "web-out", "priority": 100, "direction": "Outbound", "access": "Allow", "sourceAddressPrefix": "*", "protocol": "Tcp", "destinationAddressPrefixes": ["Internet"], "destinationPortRanges": ["443"]}, {"name": "no-internet", "priority": 4000, "direction": "Outbound", "access": "Deny", "sourceAddressPrefix": "*", "protocol": "*", "destinationAddressPrefixes": ["Internet"]}]}])";
        QVERIFY(!has(variant("", "n", allowFirst), "APPGW_V2_OUTBOUND_DENIED"));
    }

    void internetIsAReservedId() {
        // Found by the breaker: a VM with id "internet" vanished from the canvas, check said nothing.
        auto d = lint(
            R"("vnets": [)" + kVnet +
            R"(], "vms": [{"id": "internet", "nics": [{"id": "n", "subnet": "s1", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}])");
        QVERIFY(has(d, "ID_RESERVED", "/vms/0/id"));
        auto subnet = lint(
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s0", "addressPrefix": "10.0.0.0/24"}, {"id": "internet", "addressPrefix": "10.0.1.0/24"}]}])");
        QVERIFY(has(subnet, "ID_RESERVED", "/vnets/0/subnets/1/id"));
        QVERIFY(!has(lint(R"("vnets": [)" + kVnet + "]"), "ID_RESERVED"));
    }

    void flowDestinations() {
        auto d = lint(
            R"("vnets": [)" + kVnet +
            R"(], "vms": [{"id": "vm", "nics": [{"id": "n", "subnet": "s1", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}],
            "flows": [{"id": "f1", "source": "vm", "destination": "no.such.name"}, {"id": "f2", "source": "vm", "destination": "azkms.core.windows.net"},
                      {"id": "f3", "source": "vm", "destination": "s1"}])");
        QVERIFY(has(d, "FLOW_DESTINATION_UNKNOWN", "/flows/0/destination"));
        QVERIFY(!has(d, "FLOW_DESTINATION_UNKNOWN", "/flows/1/destination"));
        QVERIFY(has(d, "FLOW_DESTINATION_KIND", "/flows/2/destination"));
    }

    void examplesAreClean() {
        for (const char* name :
             {"01-forced-tunneling-kms", "02-nsg-does-not-stop-kms", "03-appgw-probes-blocked",
              "04-secondary-nic-no-gateway", "05-route-server-nva-forced-tunnel", "06-vpn-bgp-forced-tunnel",
              "07-arc-microsoft-peering", "08-firewall-hub-private-endpoint"}) {
            LoadResult r =
                loadTopologyFromFile(sourceDir() + "/resources/examples/" + name + ".pathlight.json");
            QVERIFY(r.ok());
            auto d = lintTopology(*r.topology, EndpointCatalog::builtIn());
            QVERIFY2(d.empty(), (std::string(name) + "\n" + dump(d)).c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestLints)
#include "tst_lints.moc"
