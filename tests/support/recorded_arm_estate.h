#pragma once
// A recorded Azure estate for the live import's tests (tests/live, tests/views), built from the
// REST examples in ../shared/data (azure-rest-samples, azure-corpus/rest-cli) and served by
// ArmTestServer: subscription and resource-group answers, two pages of Resource Graph rows, two
// pages of a Route Server's bgpConnections.

#include "arm_test_server.h"
#include "topology/topology.h"

#include <QString>

#include <fstream>
#include <sstream>
#include <string>

namespace pathlight::test {

inline const std::string kSub = "11111111-2222-3333-4444-555555555555";
inline const std::string kRg = "/subscriptions/" + kSub + "/resourceGroups/rg1/providers/Microsoft.Network/";
inline const QByteArray kGraph = "/providers/Microsoft.ResourceGraph/resources";
inline const QByteArray kBgp = QByteArray::fromStdString(kRg + "virtualHubs/rs1/bgpConnections");

// A REST example's 200 body, its subscription ids replaced by kSub (Resource Graph and the
// checks need a GUID; the examples say "subid").
inline Json example(const char* path) {
    std::ifstream in(std::string(PATHLIGHT_SOURCE_DIR "/../shared/data/") + path);
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    for (const std::string from :
         {"/subscriptions/subid/", "/subscriptions/00000000-0000-0000-0000-000000000000/"})
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at))
            s.replace(at, from.size(), "/subscriptions/" + kSub + "/");
    return Json::parse(s)["responses"]["200"]["body"];
}

// A resource as a Resource Graph row: type lower-cased, resourceGroup and subscriptionId beside.
inline Json row(Json resource) {
    std::string type = resource.value("type", std::string());
    if (type.empty()) { // some examples omit it: from the id
        const std::string id = resource["id"];
        const auto providers = id.find("/providers/");
        const auto parts = QString::fromStdString(id.substr(providers + 11)).split('/');
        type = (parts[0] + "/" + parts[1]).toStdString();
    }
    resource["type"] = QString::fromStdString(type).toLower().toStdString();
    resource["resourceGroup"] = "rg1";
    resource["subscriptionId"] = kSub;
    return resource;
}

// The recorded estate: a VNet with subnet1, RouteServerSubnet and GatewaySubnet, a NIC in subnet1 (10.0.1.10)
// peering with a Route Server, an NSG, a route table, a VPN gateway with its S2S connection to a
// local network gateway, a Virtual WAN hub (whose connections are never read). Two pages of
// Resource Graph rows, two pages of the Route Server's bgpConnections.
struct Estate {
    Json graph1, graph2, bgp1, bgp2;
};

inline Estate estate(const QString& endpoint) {
    Json vnet = example("azure-rest-samples/rest-api-examples/VirtualNetworkGet.json");
    vnet["properties"]["subnets"].push_back(
        {{"name", "RouteServerSubnet"},
         {"id", kRg + "virtualNetworks/test-vnet/subnets/RouteServerSubnet"},
         {"properties", {{"addressPrefix", "10.0.2.0/27"}}}});
    vnet["properties"]["subnets"].push_back({{"name", "GatewaySubnet"},
                                             {"id", kRg + "virtualNetworks/test-vnet/subnets/GatewaySubnet"},
                                             {"properties", {{"addressPrefix", "10.0.3.0/27"}}}});
    Json gateway = example("azure-rest-samples/rest-api-examples/VirtualNetworkGatewayGet.json");
    gateway["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"] =
        kRg + "virtualNetworks/test-vnet/subnets/GatewaySubnet";
    Json nic = example("azure-rest-samples/rest-api-examples/NetworkInterfaceGet.json");
    nic["properties"]["ipConfigurations"].erase(1);
    Json& ipc = nic["properties"]["ipConfigurations"][0]["properties"];
    ipc["privateIPAddress"] = "10.0.1.10";
    ipc["subnet"]["id"] = kRg + "virtualNetworks/test-vnet/subnets/subnet1";
    nic["properties"]["enableIPForwarding"] = true;
    // `az network routeserver show` (cli-output-samples.md §4) in REST's shape.
    const Json routeServer = {{"id", kRg + "virtualHubs/rs1"},
                              {"name", "rs1"},
                              {"type", "Microsoft.Network/virtualHubs"},
                              {"kind", "RouteServer"},
                              {"location", "eastus"},
                              {"properties",
                               {{"sku", "Standard"},
                                {"virtualRouterAsn", 65515},
                                {"virtualRouterIps", {"10.0.2.4", "10.0.2.5"}},
                                {"allowBranchToBranchTraffic", false}}}};
    Estate e;
    e.graph1 = {{"totalRecords", 9},
                {"count", 4},
                {"data",
                 {row(vnet), row(nic),
                  row(example("azure-rest-samples/rest-api-examples/NetworkSecurityGroupGet.json")),
                  row(example("azure-rest-samples/rest-api-examples/RouteTableGet.json"))}},
                {"$skipToken", "page2"}};
    e.graph2 = {
        {"totalRecords", 9},
        {"count", 5},
        {"data",
         {row(gateway),
          row(example("azure-rest-samples/rest-api-examples/VirtualNetworkGatewayConnectionGet.json")),
          row(example("azure-corpus/rest-cli/LocalNetworkGatewayGet.2024-05-01.json")), row(routeServer),
          row(example("azure-corpus/rest-cli/VirtualHubGet.2025-03-01.json"))}}};
    Json conn1 = example("azure-corpus/rest-cli/VirtualHubBgpConnectionGet.2025-03-01.json");
    conn1["id"] = kRg + "virtualHubs/rs1/bgpConnections/conn1";
    conn1["properties"].erase("hubVirtualNetworkConnection");
    Json conn2 = conn1;
    conn2["name"] = "nva";
    conn2["id"] = kRg + "virtualHubs/rs1/bgpConnections/nva";
    conn2["properties"]["peerIp"] = "10.0.1.10";
    conn2["properties"]["peerAsn"] = 65010;
    e.bgp1 = {
        {"value", {conn1}},
        {"nextLink",
         (endpoint + QString::fromLatin1(kBgp) + "?api-version=2023-09-01&$skiptoken=b2").toStdString()}};
    e.bgp2 = {{"value", {conn2}}};
    return e;
}

inline RecordedReply json(const Json& body, int status = 200) {
    return {status, QByteArray::fromStdString(body.dump()), {}, false};
}

inline Json armError(const char* code, const char* message) {
    return {{"error", {{"code", code}, {"message", message}}}};
}

// The server with the estate recorded: subscription, resource groups (rg1 readable, rg-denied
// 403, anything else 404), Resource Graph pages, bgpConnections pages.
inline void record(ArmTestServer& server, const Estate& e) {
    const QByteArray sub = QByteArray::fromStdString("/subscriptions/" + kSub);
    server.on("GET", sub, {json({{"id", sub.toStdString()}, {"subscriptionId", kSub}})});
    server.on("GET", sub + "/resourcegroups/rg1",
              {json({{"id", sub.toStdString() + "/resourceGroups/rg1"}})});
    server.on(
        "GET", sub + "/resourcegroups/rg-denied",
        {json(armError("AuthorizationFailed", "The client does not have authorization to perform action "
                                              "'Microsoft.Resources/subscriptions/resourceGroups/read'"),
              403)});
    server.on("POST", kGraph, {json(e.graph2)}, "\"$skipToken\":\"page2\"");
    server.on("POST", kGraph, {json(e.graph1)});
    server.on("GET", kBgp, {json(e.bgp2)}, "skiptoken=b2");
    server.on("GET", kBgp, {json(e.bgp1)});
}

} // namespace pathlight::test
