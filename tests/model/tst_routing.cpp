// Effective routes and route selection, with the documented oracles of azure-facts.md (T1-T11,
// T29-T32) as expectations.

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#endif

#include <algorithm>

using namespace pathlight;
using namespace pathlight::test;

namespace {

struct Row {
    std::string source, state, prefix, nextHopType, nextHopIp;
    bool operator<(const Row& o) const {
        return std::tie(prefix, source, state, nextHopType) <
               std::tie(o.prefix, o.source, o.state, o.nextHopType);
    }
    bool operator==(const Row&) const = default;
};

std::vector<Row> rows(const Network& n, const std::string& subnet) {
    std::vector<Row> out;
    for (const auto& r : n.subnetRoutes(subnet)->table())
        out.push_back({toString(r.source), toString(r.state), r.prefix.toString(), toString(r.nextHopType),
                       r.nextHopIps.empty() ? std::string() : r.nextHopIps.front().toString()});
    std::sort(out.begin(), out.end());
    return out;
}

std::string dump(const std::vector<Row>& list) {
    std::string s;
    for (const auto& r : list)
        s += r.source + " " + r.state + " " + r.prefix + " " + r.nextHopType + " " + r.nextHopIp + "\n";
    return s;
}

const EffectiveRoute* route(const Network& n, const std::string& subnet, const char* address) {
    return n.subnetRoutes(subnet)->lookup(*Ipv4Address::parse(address));
}

// UDR routing example (azure-facts §1.8). The service endpoint (ID 10) is not part of format v1.
const std::string kUdrExample = R"(
  "sites": [{"id": "onprem", "addressSpace": ["10.10.0.0/16"]}],
  "vnets": [{"id": "vnet1", "addressSpace": ["10.0.0.0/16"], "subnets": [
               {"id": "subnet1", "addressPrefix": "10.0.0.0/24", "routeTable": "rt1"},
               {"id": "subnet2", "addressPrefix": "10.0.1.0/24"},
               {"id": "nva-subnet", "addressPrefix": "10.0.100.0/24"},
               {"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]},
            {"id": "vnet2", "addressSpace": ["10.1.0.0/16", "10.2.0.0/16"], "subnets": [{"id": "v2s", "addressPrefix": "10.2.0.0/24"}]}],
  "peerings": [{"id": "p12", "vnets": ["vnet1", "vnet2"]}],
  "gateways": [{"id": "vpn", "type": "Vpn", "vnet": "vnet1"}],
  "connections": [{"id": "c", "type": "Vpn", "gateway": "vpn", "site": "onprem", "bgp": false}],
  "vms": [{"id": "nva", "nics": [{"id": "nva-nic", "subnet": "nva-subnet", "enableIPForwarding": true,
            "ipConfigurations": [{"privateIp": "10.0.100.4"}]}], "nva": {"osIpForwarding": true}},
          {"id": "peer-vm", "nics": [{"id": "peer-nic", "subnet": "v2s", "ipConfigurations": [{"privateIp": "10.2.0.4"}]}]}],
  "routeTables": [{"id": "rt1", "routes": [
     {"name": "Within-VNet1", "addressPrefix": "10.0.0.0/16", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.100.4"},
     {"name": "Within-Subnet1", "addressPrefix": "10.0.0.0/24", "nextHopType": "VnetLocal"},
     {"name": "ToVNet2-1-Drop", "addressPrefix": "10.1.0.0/16", "nextHopType": "None"},
     {"name": "ToVNet2-2-Drop", "addressPrefix": "10.2.0.0/16", "nextHopType": "None"},
     {"name": "To-On-Prem", "addressPrefix": "10.10.0.0/16", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.100.4"},
     {"name": "Default-NVA", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.100.4"}]}]
)";

// A hub with a gateway learning from a BGP site, and a spoke using it.
std::string hubAndSpoke(const std::string& siteAdvertise, bool transit, const std::string& extra = {}) {
    return R"(
  "sites": [{"id": "onprem", "addressSpace": ["192.168.0.0/16"], "bgp": {"asn": 65010, "advertise": )" +
           siteAdvertise +
           R"(}, "edge": {"publicIps": ["203.0.113.1"]}}],
  "vnets": [{"id": "hub", "addressSpace": ["10.0.0.0/16"], "subnets": [
               {"id": "hub-s", "addressPrefix": "10.0.1.0/24"}, {"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]},
            {"id": "spoke", "addressSpace": ["10.1.0.0/16"], "subnets": [{"id": "spoke-s", "addressPrefix": "10.1.1.0/24"}]}],
  "peerings": [{"id": "hs", "vnets": ["hub", "spoke"])" +
           (transit ? R"(, "gatewayTransit": {"provider": "hub", "user": "spoke"})" : "") + R"(}],
  "gateways": [{"id": "vpn", "type": "Vpn", "vnet": "hub", "bgp": {"asn": 65515}}],
  "connections": [{"id": "c", "type": "Vpn", "gateway": "vpn", "site": "onprem", "bgp": true}])" +
           extra;
}

bool learned(const Network& n, const std::string& subnet, const char* prefix) {
    const RouteSet* g = n.subnetRoutes(subnet)->gatewayRoutes();
    return g && g->exact(*Ipv4Prefix::parse(prefix));
}

} // namespace

class TestRouting : public QObject {
    Q_OBJECT
private slots:
    void t1Subnet1Table() {
        auto n = network(kUdrExample);
        const std::vector<Row> expected = [] {
            std::vector<Row> e{
                {"Default", "Invalid", "10.0.0.0/16", "VnetLocal", ""},
                {"User", "Active", "10.0.0.0/16", "VirtualAppliance", "10.0.100.4"},
                {"User", "Active", "10.0.0.0/24", "VnetLocal", ""},
                {"Default", "Invalid", "10.1.0.0/16", "VNetPeering", ""},
                {"Default", "Invalid", "10.2.0.0/16", "VNetPeering", ""},
                {"User", "Active", "10.1.0.0/16", "None", ""},
                {"User", "Active", "10.2.0.0/16", "None", ""},
                {"VirtualNetworkGateway", "Invalid", "10.10.0.0/16", "VirtualNetworkGateway", ""},
                {"User", "Active", "10.10.0.0/16", "VirtualAppliance", "10.0.100.4"},
                {"Default", "Invalid", "0.0.0.0/0", "Internet", ""},
                {"User", "Active", "0.0.0.0/0", "VirtualAppliance", "10.0.100.4"},
            };
            std::sort(e.begin(), e.end());
            return e;
        }();
        const auto actual = rows(*n, "subnet1");
        QVERIFY2(actual == expected, dump(actual).c_str());
    }

    void t1Subnet2Table() {
        auto n = network(kUdrExample);
        std::vector<Row> expected{
            {"Default", "Active", "10.0.0.0/16", "VnetLocal", ""},
            {"Default", "Active", "10.1.0.0/16", "VNetPeering", ""},
            {"Default", "Active", "10.2.0.0/16", "VNetPeering", ""},
            {"VirtualNetworkGateway", "Active", "10.10.0.0/16", "VirtualNetworkGateway", ""},
            {"Default", "Active", "0.0.0.0/0", "Internet", ""},
            {"Default", "Active", "10.0.0.0/8", "None", ""},
            {"Default", "Active", "100.64.0.0/10", "None", ""},
            {"Default", "Active", "192.168.0.0/16", "None", ""},
            {"Default", "Active", "172.16.0.0/12", "None", ""}, // the doc's table omits it (§1.8)
        };
        std::sort(expected.begin(), expected.end());
        const auto actual = rows(*n, "subnet2");
        QVERIFY2(actual == expected, dump(actual).c_str());
    }

    void t1NextHopQueries_data() {
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("nextHop");
        QTest::addColumn<QString>("name");
        QTest::newRow("S1 intra-subnet") << "subnet1"
                                         << "10.0.0.9"
                                         << "VnetLocal"
                                         << "Within-Subnet1";
        QTest::newRow("S1 rest of VNet") << "subnet1"
                                         << "10.0.5.5"
                                         << "VirtualAppliance"
                                         << "Within-VNet1";
        QTest::newRow("S1 to VNet2 dropped") << "subnet1"
                                             << "10.1.3.3"
                                             << "None"
                                             << "ToVNet2-1-Drop";
        QTest::newRow("S1 on-prem") << "subnet1"
                                    << "10.10.1.1"
                                    << "VirtualAppliance"
                                    << "To-On-Prem";
        QTest::newRow("S1 internet") << "subnet1"
                                     << "8.8.8.8"
                                     << "VirtualAppliance"
                                     << "Default-NVA";
        QTest::newRow("S1 172.20 via default (no None routes)") << "subnet1"
                                                                << "172.20.0.1"
                                                                << "VirtualAppliance"
                                                                << "Default-NVA";
        QTest::newRow("S2 peering") << "subnet2"
                                    << "10.2.0.4"
                                    << "VNetPeering"
                                    << "";
        QTest::newRow("S2 gateway") << "subnet2"
                                    << "10.10.0.4"
                                    << "VirtualNetworkGateway"
                                    << "";
        QTest::newRow("S2 reserved") << "subnet2"
                                     << "172.20.0.1"
                                     << "None"
                                     << "";
        QTest::newRow("S2 internet") << "subnet2"
                                     << "8.8.8.8"
                                     << "Internet"
                                     << "";
    }
    void t1NextHopQueries() {
        QFETCH(QString, subnet);
        QFETCH(QString, address);
        QFETCH(QString, nextHop);
        QFETCH(QString, name);
        auto n = network(kUdrExample);
        const EffectiveRoute* r = route(*n, subnet.toStdString(), address.toLatin1().constData());
        QVERIFY(r);
        QCOMPARE(QString(toString(r->nextHopType)), nextHop);
        QCOMPARE(QString::fromStdString(r->name), name);
    }

    // T3: User beats System on the same prefix.
    void t3SamePrefixUserWins() {
        auto n = network(hubAndSpoke(R"(["192.168.0.0/16"])", false, R"(,
          "routeTables": [{"id": "rt", "routes": [{"name": "ft", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualNetworkGateway"}]}])"));
        Topology t = n->topology();
        t.vnets[0].subnets[0].routeTable = "rt";
        n = network(std::move(t));
        const EffectiveRoute* r = route(*n, "hub-s", "8.8.8.8");
        QCOMPARE(r->source, RouteSource::User);
        QCOMPARE(r->nextHopType, NextHopType::VirtualNetworkGateway);
        for (const auto& row : n->subnetRoutes("hub-s")->table())
            if (row.prefix.length() == 0 && row.source == RouteSource::Default)
                QCOMPARE(row.state, RouteState::Invalid);
    }

    // The hop inspector's "beat": every other matching row, with why it lost.
    void beatenRoutesSayWhyTheyLost() {
        auto n = network(hubAndSpoke(R"(["192.168.0.0/16"])", false, R"(,
          "routeTables": [{"id": "rt", "routes": [{"name": "ft", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualNetworkGateway"},
                                                   {"name": "web", "addressPrefix": "8.8.8.0/24", "nextHopType": "Internet"}]}])"));
        Topology t = n->topology();
        t.vnets[0].subnets[0].routeTable = "rt";
        n = network(std::move(t));
        const SubnetRoutes* routes = n->subnetRoutes("hub-s");
        const auto beaten = routes->beaten(*Ipv4Address::parse("8.8.8.8"));
        // The winner (the /24) is not listed; the user 0.0.0.0/0 lost to the longer prefix, Azure's
        // own 0.0.0.0/0 is Invalid (overridden by the user route).
        QCOMPARE(int(beaten.size()), 2);
        for (const auto& b : beaten) {
            QCOMPARE(b.route.prefix.length(), 0);
            if (b.route.source == RouteSource::User)
                QCOMPARE(b.why.english(), std::string("a longer prefix (/24) wins"));
            else
                QVERIFY(b.why.english().starts_with("invalid"));
        }
        QVERIFY(routes->beaten(*Ipv4Address::parse("10.1.0.4")).size() < routes->table().size());
    }

    // T4: VNet and peering system routes beat longer BGP routes; with transit the gateway filters them.
    void t4BgpCannotBeatPeering() {
        auto n = network(hubAndSpoke(R"(["192.168.0.0/16", "10.1.5.0/24"])", false));
        QVERIFY(learned(*n, "hub-s", "10.1.5.0/24")); // without transit the gateway takes it
        const EffectiveRoute* r = route(*n, "hub-s", "10.1.5.100");
        QCOMPARE(r->nextHopType, NextHopType::VNetPeering);
        auto withTransit = network(hubAndSpoke(R"(["192.168.0.0/16", "10.1.5.0/24", "10.1.0.0/16"])", true));
        QVERIFY(!learned(*withTransit, "hub-s", "10.1.5.0/24"));
        QVERIFY(!learned(*withTransit, "hub-s", "10.1.0.0/16"));
        QVERIFY(learned(*withTransit, "spoke-s", "192.168.0.0/16"));
    }

    // T5: exact or more specific VNet prefixes are rejected, supernets accepted.
    void t5GatewayFiltersVnetPrefixes() {
        auto n =
            network(hubAndSpoke(R"(["10.0.0.0/8", "10.0.0.0/16", "10.0.0.0/24", "192.168.0.0/16"])", false));
        QVERIFY(learned(*n, "hub-s", "10.0.0.0/8"));
        QVERIFY(!learned(*n, "hub-s", "10.0.0.0/16"));
        QVERIFY(!learned(*n, "hub-s", "10.0.0.0/24"));
        // The supernet loses to the VNet's own route for VNet addresses.
        QCOMPARE(route(*n, "hub-s", "10.0.1.9")->nextHopType, NextHopType::VnetLocal);
        QCOMPARE(route(*n, "hub-s", "10.77.0.1")->nextHopType, NextHopType::VirtualNetworkGateway);
    }

    // T6 and T7: Route Server injection, supernet rule, ECMP and AS-path preference.
    void t6t7RouteServer() {
        const std::string base = R"(
  "vnets": [{"id": "hub", "addressSpace": ["10.0.0.0/16"], "subnets": [
               {"id": "rss", "name": "RouteServerSubnet", "addressPrefix": "10.0.1.0/27"},
               {"id": "nvas", "addressPrefix": "10.0.2.0/24"}, {"id": "app", "addressPrefix": "10.0.3.0/24"}]},
            {"id": "spoke", "addressSpace": ["10.5.0.0/16"], "subnets": [{"id": "spoke-s", "addressPrefix": "10.5.1.0/24"}]}],
  "peerings": [{"id": "hs", "vnets": ["hub", "spoke"], "gatewayTransit": {"provider": "hub", "user": "spoke"}}],
  "routeServers": [{"id": "rs", "vnet": "hub", "ips": ["10.0.1.4", "10.0.1.5"], "peers": [{"vm": "nva1", "asn": 65001}, {"vm": "nva2", "asn": 65002}]}],
  "vms": [{"id": "nva1", "nics": [{"id": "n1", "subnet": "nvas", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": "10.0.2.4"}]}],
           "nva": {"osIpForwarding": true, "bgp": {"asn": 65001, "defaultOriginate": true, "advertise": ["10.0.0.0/8", "10.0.0.0/16", "10.0.1.0/24"]}}},
          {"id": "nva2", "nics": [{"id": "n2", "subnet": "nvas", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": "10.0.2.5"}]}],
           "nva": {"osIpForwarding": true, "bgp": {"asn": 65002, "defaultOriginate": true, "asPathPrepend": PREPEND}}}])";
        auto withPrepend = [&](int prepend) {
            std::string body = base;
            body.replace(body.find("PREPEND"), 7, std::to_string(prepend));
            return network(body);
        };
        auto n = withPrepend(0);
        QVERIFY(learned(*n, "app", "10.0.0.0/8"));
        QVERIFY(learned(*n, "spoke-s", "10.0.0.0/8"));
        QVERIFY(!learned(*n, "app", "10.0.0.0/16"));
        QVERIFY(!learned(*n, "app", "10.0.1.0/24"));
        const EffectiveRoute* ecmp = route(*n, "app", "8.8.8.8");
        QCOMPARE(ecmp->origin, RouteOrigin::RouteServer);
        QCOMPARE(ecmp->source, RouteSource::VirtualNetworkGateway);
        QCOMPARE(ecmp->nextHopIps.size(), std::size_t(2));

        auto prepended = withPrepend(2);
        const EffectiveRoute* single = route(*prepended, "app", "8.8.8.8");
        QCOMPARE(single->nextHopIps.size(), std::size_t(1));
        QCOMPARE(single->nextHopIps.front().toString(), std::string("10.0.2.4"));
        QCOMPARE(route(*prepended, "spoke-s", "8.8.8.8")->nextHopIps.front().toString(),
                 std::string("10.0.2.4"));
    }

    // T11: disabling propagation removes gateway and Route Server routes, keeps UDRs and system routes.
    void t11PropagationSwitch() {
        auto n = network(hubAndSpoke(R"(["192.168.0.0/16", "0.0.0.0/0"])", true, R"(,
          "routeTables": [{"id": "rt", "disableBgpRoutePropagation": true, "routes": [{"name": "x", "addressPrefix": "172.16.0.0/12", "nextHopType": "None"}]}])"));
        Topology t = n->topology();
        t.vnets[1].subnets[0].routeTable = "rt";
        n = network(std::move(t));
        QVERIFY(n->subnetRoutes("spoke-s")->gatewayRoutes() == nullptr);
        QCOMPARE(route(*n, "spoke-s", "8.8.8.8")->nextHopType, NextHopType::Internet);
        QCOMPARE(route(*n, "spoke-s", "172.20.0.1")->source, RouteSource::User);
        QCOMPARE(route(*n, "spoke-s", "10.0.1.4")->nextHopType, NextHopType::VNetPeering);
        QCOMPARE(route(*n, "hub-s", "8.8.8.8")->nextHopType, NextHopType::VirtualNetworkGateway);
    }

    // A BGP default route does not remove the reserved None routes (documented for UDR only).
    void bgpDefaultKeepsNoneRoutes() {
        auto n = network(hubAndSpoke(R"(["0.0.0.0/0"])", false));
        QCOMPARE(route(*n, "hub-s", "172.20.0.1")->nextHopType, NextHopType::None);
        QCOMPARE(route(*n, "hub-s", "8.8.8.8")->nextHopType, NextHopType::VirtualNetworkGateway);
        QCOMPARE(n->subnetRoutes("hub-s")->defaultRoute()->source, RouteSource::VirtualNetworkGateway);
    }

    void reservedRangeAsVnetSpace() {
        auto n = network(
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/8", "172.0.0.0/11"], "subnets": [{"id": "s", "addressPrefix": "10.0.0.0/24"}]}])");
        bool none10 = false, none172 = false, none192 = false;
        for (const auto& r : n->subnetRoutes("s")->table()) {
            none10 = none10 || (r.nextHopType == NextHopType::None && r.prefix.toString() == "10.0.0.0/8");
            none172 =
                none172 || (r.nextHopType == NextHopType::None && r.prefix.toString() == "172.16.0.0/12");
            none192 =
                none192 || (r.nextHopType == NextHopType::None && r.prefix.toString() == "192.168.0.0/16");
        }
        QVERIFY(!none10);  // exactly the reserved range: the VNet route takes its place
        QVERIFY(!none172); // a range that includes it removes it
        QVERIFY(none192);
        QCOMPARE(route(*n, "s", "10.200.0.1")->nextHopType, NextHopType::VnetLocal);
    }

    // T29: ExpressRoute preferred over VPN for the same prefix; the longer VPN prefix wins by LPM.
    void t29ExpressRouteOverVpn() {
        auto n = network(R"(
  "sites": [{"id": "dc-er", "addressSpace": ["192.168.0.0/16"], "bgp": {"asn": 65010}, "circuits": ["er"]},
            {"id": "dc-vpn", "addressSpace": ["192.168.0.0/16"], "bgp": {"asn": 65020, "advertise": ["192.168.0.0/16", "192.168.10.0/24"]}}],
  "circuits": [{"id": "er"}],
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.0.1.0/24"}, {"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]}],
  "gateways": [{"id": "ergw", "type": "ExpressRoute", "vnet": "v"}, {"id": "vpngw", "type": "Vpn", "vnet": "v"}],
  "connections": [{"id": "c1", "type": "ExpressRoute", "gateway": "ergw", "circuit": "er"}, {"id": "c2", "type": "Vpn", "gateway": "vpngw", "site": "dc-vpn", "bgp": true}])");
        QCOMPARE(route(*n, "s", "192.168.20.5")->via, std::string("ergw"));
        QCOMPARE(route(*n, "s", "192.168.10.5")->via, std::string("vpngw"));
        int invalid = 0;
        for (const auto& r : n->subnetRoutes("s")->table())
            invalid += r.prefix.toString() == "192.168.0.0/16" && r.state == RouteState::Invalid &&
                       r.source == RouteSource::VirtualNetworkGateway;
        QCOMPARE(invalid, 1);
    }

    // T32: what a VPN gateway advertises to a BGP peer.
    void t32VpnAdvertisement() {
        auto n = network(R"(
  "sites": [{"id": "a", "addressSpace": ["192.168.1.0/24"], "bgp": {"asn": 65001}},
            {"id": "b", "addressSpace": ["172.16.0.0/16"], "bgp": {"asn": 65002, "advertise": ["172.16.0.0/16", "0.0.0.0/0"]}},
            {"id": "c", "addressSpace": ["192.168.3.0/24"]}],
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]}],
  "gateways": [{"id": "g", "type": "Vpn", "vnet": "v"}],
  "connections": [{"id": "ca", "type": "Vpn", "gateway": "g", "site": "a", "bgp": true},
                  {"id": "cb", "type": "Vpn", "gateway": "g", "site": "b", "bgp": true},
                  {"id": "cc", "type": "Vpn", "gateway": "g", "site": "c", "bgp": false}])");
        const BgpFabric& f = n->routing().fabric();
        const BgpTable& a = f.table(f.speakerOf(SpeakerKind::Site, 0));
        auto has = [&](const char* p) { return a.count(*Ipv4Prefix::parse(p)) > 0; };
        QVERIFY(has("10.0.0.0/16"));
        QVERIFY(has("192.168.3.0/24")); // the static site's local network gateway prefixes
        QVERIFY(has("172.16.0.0/16"));
        QVERIFY(!has("0.0.0.0/0")); // never re-advertised
    }

    // Incremental recompute after a route table edit matches a full rebuild.
    void incrementalRouteTableEdit() {
        auto n = network(kUdrExample);
        auto edited = std::make_shared<Topology>(n->topology());
        edited->routeTables[0].routes.pop_back(); // remove Default-NVA
        ChangeScope scope;
        scope.routeTables = {"rt1"};
        auto incremental = Network::rebuildAfterEdit(*n, edited, scope);
        auto full = network(*edited);
        QVERIFY(rows(*incremental, "subnet1") == rows(*full, "subnet1"));
        QCOMPARE(route(*incremental, "subnet1", "8.8.8.8")->nextHopType, NextHopType::Internet);
    }
};

QTEST_APPLESS_MAIN(TestRouting)
#include "tst_routing.moc"
