// Hostile sizes: what could explode in time rather than in bytes stops in seconds, and the lint
// names Azure's cap (Route Server peers, routes per peer, rules per NSG). Sizes are small enough
// for the sanitizer build and large enough that the old quadratic code took minutes.

#ifndef Q_MOC_RUN
#include "../support/test_support.h"
#include "validation/lints.h"
#endif

#include <QElapsedTimer>

#include <string>

using namespace pathlight;
using namespace pathlight::test;

namespace {

// count Route Servers, each in its own VNet and peered with every one of nvaCount NVAs, which
// all announce the same prefixes (every path equal: ECMP everywhere).
std::string routeServerMesh(int routeServers, int nvaCount) {
    std::string vnets, servers, vms, gateways, connections;
    for (int r = 0; r < routeServers; ++r) {
        const std::string n = std::to_string(r);
        vnets +=
            (r ? "," : "") + std::string(R"({"id": "v)") + n + R"(", "addressSpace": ["10.)" + n +
            R"(.0.0/16"], "subnets": [{"id": "rs-subnet)" + n +
            R"(", "name": "RouteServerSubnet", "addressPrefix": "10.)" + n +
            R"(.0.0/27"}, {"id": "gw-subnet)" + n + R"(", "name": "GatewaySubnet", "addressPrefix": "10.)" +
            n + R"(.2.0/27"}, {"id": "nva-subnet)" + n + R"(", "addressPrefix": "10.)" + n + R"(.1.0/24"}]})";
        // Every hub's ExpressRoute gateway on one circuit, Route Server branch-to-branch on: each
        // Route Server's paths reach all the others through the gateways and the MSEEs.
        gateways += (r ? "," : "") + std::string(R"({"id": "gw)") + n +
                    R"(", "type": "ExpressRoute", "vnet": "v)" + n + "\"}";
        connections += (r ? "," : "") + std::string(R"({"id": "c)") + n +
                       R"(", "type": "ExpressRoute", "gateway": "gw)" + n + R"(", "circuit": "er"})";
        std::string peers;
        for (int v = 0; v < nvaCount; ++v)
            peers +=
                (v ? "," : "") + std::string(R"({"vm": "nva)") + std::to_string(v) + R"(", "asn": 65001})";
        servers += (r ? "," : "") + std::string(R"({"id": "rs)") + n + R"(", "vnet": "v)" + n +
                   R"(", "branchToBranch": true, "peers": [)" + peers + "]}";
    }
    for (int v = 0; v < nvaCount; ++v) {
        const int subnet = v % routeServers;
        const std::string ip = "10." + std::to_string(subnet) + ".1." + std::to_string(4 + v / routeServers);
        vms +=
            (v ? "," : "") + std::string(R"({"id": "nva)") + std::to_string(v) +
            R"(", "nva": {"ipForwarding": true, "bgp": {"asn": 65001, "defaultOriginate": true, "advertise": ["172.16.0.0/12"]}},
               "nics": [{"id": "nic)" +
            std::to_string(v) + R"(", "subnet": "nva-subnet)" + std::to_string(subnet) +
            R"(", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": ")" + ip +
            R"(", "primary": true}], "primary": true}]})";
    }
    return R"("vnets": [)" + vnets + R"(], "routeServers": [)" + servers + R"(], "vms": [)" + vms +
           R"(], "gateways": [)" + gateways +
           R"(], "circuits": [{"id": "er", "privatePeering": {"enabled": true}}], "connections": [)" +
           connections + "]";
}

bool hasLint(const Topology& t, const char* code) {
    for (const auto& d : lintTopology(t, EndpointCatalog::builtIn()))
        if (d.code == code) return true;
    return false;
}

} // namespace

class TestLimits : public QObject {
    Q_OBJECT
private slots:
    // Was over 150 s for 1,000 × 32 (every path exported to every peer, deduplicated by linear
    // search); Azure's 8-peer cap bounds it.
    void routeServerMeshStopsInSeconds() {
        QElapsedTimer clock;
        clock.start();
        const Topology t = load(routeServerMesh(16, 400));
        auto n = network(t);
        const Trace trace = test::trace(*n, "nva0", "8.8.8.8");
        QVERIFY(!trace.hops.empty());
        QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed()) + " ms"));
        QVERIFY(hasLint(t, "ROUTE_SERVER_PEER_LIMIT"));
        // At most 8 equal paths per prefix at a Route Server.
        const auto& fabric = n->routing().fabric();
        for (int s = 0; s < int(fabric.speakers().size()); ++s)
            for (const auto& [prefix, paths] : fabric.table(s))
                QVERIFY(paths.size() <= 8);
    }

    void fewPeersAreNotLinted() {
        const Topology t = load(routeServerMesh(1, 8));
        QVERIFY(!hasLint(t, "ROUTE_SERVER_PEER_LIMIT"));
    }

    void nsgRuleCapIsLinted() {
        std::string rules;
        for (int i = 0; i < 1001; ++i)
            rules +=
                (i ? "," : "") + std::string(R"({"name": "r)") + std::to_string(i) + R"(", "priority": )" +
                std::to_string(100 + i) +
                R"(, "direction": "Inbound", "access": "Deny", "protocol": "Tcp", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "destinationPortRange": ")" +
                std::to_string(i + 1) + "\"}";
        const Topology t = load(R"("nsgs": [{"id": "big", "securityRules": [)" + rules + "]}]");
        QVERIFY(hasLint(t, "NSG_RULE_LIMIT"));
    }

    void routesPerPeerCapIsLinted() {
        std::string prefixes;
        for (int i = 0; i < 4001; ++i)
            prefixes += (i ? "," : "") +
                        ("\"100." + std::to_string(64 + i / 256) + "." + std::to_string(i % 256) + ".0/24\"");
        std::string body = routeServerMesh(1, 1);
        const std::string from = R"("advertise": ["172.16.0.0/12"])";
        body.replace(body.find(from), from.size(), R"("advertise": [)" + prefixes + "]");
        QElapsedTimer clock;
        clock.start();
        const Topology t = load(body);
        QVERIFY(hasLint(t, "ROUTE_SERVER_ROUTE_LIMIT"));
        auto n = network(t);
        QVERIFY(clock.elapsed() < 20000);
    }
};

QTEST_APPLESS_MAIN(TestLimits)
#include "tst_limits.moc"
