// Issue 16's speed target, measured with QBENCHMARK (run with -median 5 for medians): a resolved
// JSON dump of 500 VNets and 2,000 NICs (a hub with an ExpressRoute gateway, 499 spokes peered
// both ways, four VMs per spoke, an NSG and a route table per spoke), as `az ... list -o json`
// writes it, imports and lays out in < 3 s: reading, evaluating nothing, mapping, the reader's
// check, then the canvas's diagram with its Graphviz layout.
// PATHLIGHT_BENCH_SMALL=1 (what CTest sets) uses 20 VNets so the suite stays fast.

#ifndef Q_MOC_RUN
#include "canvas/diagram.h"
#include "import/importer.h"
#include "topology/topology_index.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace pathlight;

namespace {

std::string armId(const std::string& type, const std::string& name) {
    return "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-net/providers/" + type +
           "/" + name;
}

// The estate as one REST list body ({"value": [...]}).
Json estate(int vnets) {
    Json value = Json::array();
    const std::string vnetType = "Microsoft.Network/virtualNetworks";
    auto peering = [&](const std::string& local, const std::string& remote, bool hub) {
        return Json{{"name", local + "-to-" + remote},
                    {"properties",
                     {{"peeringState", "Connected"},
                      {"remoteVirtualNetwork", {{"id", armId(vnetType, remote)}}},
                      {"allowForwardedTraffic", true},
                      {hub ? "allowGatewayTransit" : "useRemoteGateways", true}}}};
    };
    Json hubPeerings = Json::array();
    for (int i = 1; i < vnets; ++i)
        hubPeerings.push_back(peering("hub", "spoke" + std::to_string(i), true));
    value.push_back({{"id", armId(vnetType, "hub")},
                     {"type", vnetType},
                     {"location", "westeurope"},
                     {"properties",
                      {{"addressSpace", {{"addressPrefixes", {"10.0.0.0/16"}}}},
                       {"subnets",
                        {{{"name", "GatewaySubnet"},
                          {"id", armId(vnetType, "hub/subnets/GatewaySubnet")},
                          {"properties", {{"addressPrefix", "10.0.255.0/27"}}}}}},
                       {"virtualNetworkPeerings", hubPeerings}}}});
    value.push_back(
        {{"id", armId("Microsoft.Network/virtualNetworkGateways", "ergw")},
         {"properties",
          {{"gatewayType", "ExpressRoute"},
           {"ipConfigurations",
            {{{"name", "ip"},
              {"properties", {{"subnet", {{"id", armId(vnetType, "hub/subnets/GatewaySubnet")}}}}}}}}}}});
    for (int i = 1; i < vnets; ++i) {
        const std::string name = "spoke" + std::to_string(i);
        const std::string prefix = "10." + std::to_string(i / 250 + 1) + "." + std::to_string(i % 250) + ".";
        const std::string nsg = armId("Microsoft.Network/networkSecurityGroups", "nsg-" + name);
        const std::string rt = armId("Microsoft.Network/routeTables", "rt-" + name);
        const std::string subnet = armId(vnetType, name + "/subnets/workload");
        value.push_back({{"id", armId(vnetType, name)},
                         {"type", vnetType},
                         {"location", "westeurope"},
                         {"properties",
                          {{"addressSpace", {{"addressPrefixes", {prefix + "0/24"}}}},
                           {"subnets",
                            {{{"name", "workload"},
                              {"id", subnet},
                              {"properties",
                               {{"addressPrefix", prefix + "0/24"},
                                {"networkSecurityGroup", {{"id", nsg}}},
                                {"routeTable", {{"id", rt}}}}}}}},
                           {"virtualNetworkPeerings", {peering(name, "hub", false)}}}}});
        value.push_back({{"id", nsg},
                         {"properties",
                          {{"securityRules",
                            {{{"name", "allow-https"},
                              {"properties",
                               {{"priority", 100},
                                {"direction", "Inbound"},
                                {"access", "Allow"},
                                {"protocol", "Tcp"},
                                {"sourceAddressPrefix", "10.0.0.0/8"},
                                {"destinationAddressPrefix", "*"},
                                {"sourcePortRange", "*"},
                                {"destinationPortRange", "443"}}}}}}}}});
        value.push_back({{"id", rt},
                         {"properties",
                          {{"routes",
                            {{{"name", "default"},
                              {"properties",
                               {{"addressPrefix", "0.0.0.0/0"},
                                {"nextHopType", "VirtualAppliance"},
                                {"nextHopIpAddress", "10.0.1.4"}}}}}}}}});
        for (int v = 0; v < 4; ++v) {
            const std::string vm = name + "-vm" + std::to_string(v);
            const std::string nic = armId("Microsoft.Network/networkInterfaces", vm + "-nic");
            value.push_back({{"id", nic},
                             {"properties",
                              {{"ipConfigurations",
                                {{{"name", "ipconfig1"},
                                  {"properties",
                                   {{"privateIPAddress", prefix + std::to_string(4 + v)},
                                    {"subnet", {{"id", subnet}}},
                                    {"primary", true}}}}}}}}});
            value.push_back({{"id", armId("Microsoft.Compute/virtualMachines", vm)},
                             {"properties",
                              {{"storageProfile", {{"osDisk", {{"osType", v == 0 ? "Windows" : "Linux"}}}}},
                               {"networkProfile", {{"networkInterfaces", {{{"id", nic}}}}}}}}});
        }
    }
    return Json{{"value", value}};
}

} // namespace

class BenchImport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString path_;
    int vnets_ = 500;

private slots:
    void initTestCase() {
        if (qEnvironmentVariableIsSet("PATHLIGHT_BENCH_SMALL")) vnets_ = 20;
        path_ = dir_.filePath("estate.json");
        std::ofstream(path_.toStdString()) << estate(vnets_).dump();
    }

    // Target: < 3 s for 500 VNets and 2,000 NICs, import and layout.
    void importAndLayOut() {
        armimport::ImportOptions options;
        options.inputs = {path_.toStdString()};
        std::size_t boxes = 0;
        QBENCHMARK {
            auto result = armimport::importAzureFiles(options);
            QVERIFY(result.ok());
            QCOMPARE(int(result.topology->vnets.size()), vnets_);
            QCOMPARE(int(result.topology->vms.size()), (vnets_ - 1) * 4);
            QCOMPARE(int(result.topology->peerings.size()), vnets_ - 1);
            const Diagram d = buildDiagram(*result.topology);
            boxes = d.boxes.size();
        }
        QVERIFY(boxes > std::size_t(vnets_));
    }

    // The import alone, for comparison.
    void importOnly() {
        armimport::ImportOptions options;
        options.inputs = {path_.toStdString()};
        QBENCHMARK {
            auto result = armimport::importAzureFiles(options);
            QVERIFY(result.ok());
        }
    }
};

QTEST_MAIN(BenchImport)
#include "bench_import.moc"
