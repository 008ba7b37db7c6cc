// New objects get valid defaults: a design drawn without typing loads, passes the lints and traces.

#ifndef Q_MOC_RUN
#include "../support/test_support.h"
#include "edit/object_factory.h"
#include "topology/topology_index.h"
#include "validation/lints.h"
#endif

using namespace pathlight;
using namespace pathlight::test;

namespace {
Id add(Topology& t, const char* kind, const Id& container = {}) {
    const NewObject o = createObject(t, kind, container, 100, 100);
    if (o.failed()) throw std::runtime_error(o.error.english());
    const auto errors = applyPatch(t, o.patch.forward);
    if (!errors.empty()) throw std::runtime_error(errors[0].message.english());
    return o.id;
}
} // namespace

class TestObjectFactory : public QObject {
    Q_OBJECT
private slots:
    void rulesetsAssociateWhereTheyAreDropped() {
        Topology t;
        const Id vnet = add(t, "vnet");
        const Id subnet = t.vnets[0].subnets[0].id;
        const Id vm = add(t, "vm", subnet);
        const Id nsg = add(t, "nsg", subnet);
        QCOMPARE(t.vnets[0].subnets[0].nsg, nsg);
        const Id nicNsg = add(t, "nsg", vm); // on a VM: its primary NIC
        QCOMPARE(t.vms[0].nics[0].nsg, nicNsg);
        const Id rt = add(t, "route-table", subnet);
        QCOMPARE(t.vnets[0].subnets[0].routeTable, rt);
        const Id loose = add(t, "nsg"); // on the empty canvas: not associated
        QVERIFY(TopologyIndex(t).nsg(loose));
        const Id nat = add(t, "nat-gateway", subnet);
        QCOMPARE(t.vnets[0].subnets[0].natGateway, nat);
        // Azure's refusals, with the reason.
        add(t, "gateway", vnet);
        const Subnet* gws = t.vnets[0].subnetNamed("GatewaySubnet");
        QVERIFY(gws);
        const NewObject onGateway = createObject(t, "nsg", gws->id, 0, 0);
        QVERIFY(onGateway.failed());
        QVERIFY(QString::fromStdString(onGateway.error.english()).contains("GatewaySubnet"));
        QVERIFY(createObject(t, "route-table", vm, 0, 0).failed());
    }

    void drawAHybridNetworkWithoutTyping() {
        Topology t;
        const Id vnet = add(t, "vnet");
        const Id vnet2 = add(t, "vnet");
        QVERIFY(!t.vnets[0].addressSpace[0].overlaps(t.vnets[1].addressSpace[0]));
        const Id subnet = add(t, "subnet", vnet);
        QCOMPARE(t.vnets[0].subnets.size(), std::size_t(2));
        QVERIFY(!t.vnets[0].subnets[0].addressPrefix.overlaps(t.vnets[0].subnets[1].addressPrefix));
        const Id vm1 = add(t, "vm", subnet);
        const Id vm2 = add(t, "vm", subnet);
        // The first address Azure leaves assignable: the subnet's fifth.
        QCOMPARE(t.vms[0].nics[0].ipConfigurations[0].privateIp,
                 Ipv4Address(t.vnets[0].subnets[1].addressPrefix.network().value() + 4));
        QVERIFY(t.vms[0].nics[0].ipConfigurations[0].privateIp !=
                t.vms[1].nics[0].ipConfigurations[0].privateIp);
        add(t, "nva", vnet2);
        add(t, "gateway", vnet);
        add(t, "vpn-gateway", vnet2);
        add(t, "route-server", vnet);
        add(t, "app-gateway", vnet + "-default");
        const Id site = add(t, "site");
        add(t, "host", site);
        add(t, "circuit");
        add(t, "nat-gateway");
        add(t, "endpoint");
        const auto lints = lintTopology(t, EndpointCatalog::builtIn());
        for (const auto& d : lints)
            QVERIFY2(d.severity != Severity::Error, (d.code + " " + d.message.english()).c_str());
        // The new VMs talk to each other and to the Internet.
        auto n = network(t);
        QCOMPARE(trace(*n, vm1, vm2, 22).verdict, Verdict::Delivered);
        QCOMPARE(trace(*n, vm1, "8.8.8.8", 443).verdict, Verdict::Delivered);
        QVERIFY(n->index().subnet(t.gateways[0].vnet + "-gws-1"));
        QCOMPARE(t.routeServers[0].ips.size(), std::size_t(2));
    }

    void connectingObjects() {
        Topology t;
        const Id hub = add(t, "vnet");
        const Id spoke = add(t, "vnet");
        const Id er = add(t, "gateway", hub);
        const Id vpn = add(t, "vpn-gateway", spoke);
        const Id circuit = add(t, "circuit");
        const Id site = add(t, "site");
        const Id nva = add(t, "nva", hub);
        const Id rs = add(t, "route-server", hub);
        auto connect = [&](const Id& a, const Id& b) {
            const NewObject o = connectObjects(t, a, b);
            if (o.failed()) return o.error.english();
            const auto errors = applyPatch(t, o.patch.forward);
            return errors.empty() ? std::string() : errors[0].message.english();
        };
        QCOMPARE(connect(hub, spoke), std::string());
        QCOMPARE(t.peerings.size(), std::size_t(1));
        QVERIFY(!connect(spoke, hub).empty());         // already peered
        QCOMPARE(connect(circuit, er), std::string()); // either order
        QCOMPARE(t.connections.back().type, GatewayType::ExpressRoute);
        QVERIFY(connect(er, site).find("VPN gateway") != std::string::npos);
        QCOMPARE(connect(vpn, site), std::string());
        QCOMPARE(connect(site, circuit), std::string());
        QCOMPARE(t.sites[0].circuits, std::vector<Id>{circuit});
        QCOMPARE(connect(rs, nva), std::string());
        QCOMPARE(t.routeServers[0].peers[0].vm, nva);
        QVERIFY(t.vms[0].nva->bgp.has_value());
        QVERIFY(connect(hub, circuit).find("cannot be connected") != std::string::npos);
        // Two VPN gateways of two VNets: a VNet-to-VNet connection (azure-facts-2 §17.4); an
        // ExpressRoute gateway, or the same pair again, is refused.
        const Id third = add(t, "vnet");
        const Id vpn3 = add(t, "vpn-gateway", third);
        QVERIFY(connect(er, vpn3).find("VNet-to-VNet") != std::string::npos);
        QCOMPARE(connect(vpn3, vpn), std::string());
        QVERIFY(t.connections.back().isVnet2Vnet());
        QCOMPARE(t.connections.back().peerGateway, vpn);
        QVERIFY(connect(vpn, vpn3).find("already connected") != std::string::npos);
        const auto lints = lintTopology(t, EndpointCatalog::builtIn());
        for (const auto& d : lints)
            QVERIFY2(d.severity != Severity::Error, (d.code + " " + d.message.english()).c_str());
        // The VPN site now reaches the spoke: traffic flows through what was drawn.
        const Id host = add(t, "host", site);
        const Id vm = add(t, "vm", spoke);
        auto n = network(t);
        const Trace tr = trace(*n, host, vm, 22);
        QVERIFY2(tr.verdict == Verdict::Delivered, qPrintable(describe(tr)));
    }

    void refusedPlacementsSayWhy() {
        Topology t;
        QVERIFY(createObject(t, "subnet", "", 0, 0).failed());
        QVERIFY(createObject(t, "vm", "", 0, 0).failed());
        QVERIFY(createObject(t, "host", "", 0, 0).failed());
        QVERIFY(createObject(t, "bogus", "", 0, 0).failed());
    }

    void addressesSkipAzuresFive() {
        Topology t = load(
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/24"], "subnets": [{"id": "s", "addressPrefix": "10.0.0.0/29"}]}])");
        QCOMPARE(nextFreeAddress(t, "s")->toString(), std::string("10.0.0.4"));
        add(t, "vm", "s");
        QCOMPARE(nextFreeAddress(t, "s")->toString(), std::string("10.0.0.5"));
        add(t, "vm", "s");
        QCOMPARE(nextFreeAddress(t, "s")->toString(), std::string("10.0.0.6"));
        add(t, "vm", "s");
        QVERIFY(!nextFreeAddress(t, "s")); // .7 is the broadcast address
        QVERIFY(createObject(t, "vm", "s", 0, 0).failed());
        QCOMPARE(nextFreeSubnet(t, "v", 29)->toString(), std::string("10.0.0.8/29"));
    }
};

QTEST_APPLESS_MAIN(TestObjectFactory)
#include "tst_object_factory.moc"
