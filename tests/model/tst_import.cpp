// Import of Azure files (../shared/spec/import.md): every input shape with real corpus files as
// fixtures (../shared/data/azure-corpus, azure-rest-samples), the objects, addresses and
// effective routes they determine, the joins (peering directions, VNet-to-VNet pairs, exports
// through `_externalid`), the report (inferred values, secrets, questions, refusals) and hostile
// inputs.

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "import/importer.h"
#include "import/suggested_flows.h"
#include "io/json_text.h"
#include "routing/routing_model.h"
#include "topology/topology_index.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <set>
#endif

using namespace pathlight;
using namespace pathlight::armimport;

namespace {

const QString kShared = QStringLiteral(PATHLIGHT_SOURCE_DIR "/../shared");

std::string corpus(const char* relative) {
    return (kShared + "/data/azure-corpus/" + relative).toStdString();
}
std::string restSample(const char* name) {
    return (kShared + "/data/azure-rest-samples/rest-api-examples/" + name).toStdString();
}

ImportResult importFiles(std::vector<std::string> inputs, std::string parameters = {}) {
    ImportOptions options;
    options.inputs = std::move(inputs);
    options.parameters = std::move(parameters);
    return importAzureFiles(options);
}

const Vnet* vnetNamed(const Topology& t, const std::string& name) {
    for (const auto& v : t.vnets)
        if (v.name == name) return &v;
    return nullptr;
}

bool hasNote(const ImportReport& r, const std::string& code, NoteKind kind) {
    for (const auto& n : r.notes)
        if (n.code == code && n.kind == kind) return true;
    return false;
}

bool hasError(const ImportResult& r, const std::string& code) {
    for (const auto& d : r.errors)
        if (d.code == code) return true;
    return false;
}

std::vector<std::string> prefixes(const std::vector<Ipv4Prefix>& list) {
    std::vector<std::string> out;
    for (const auto& p : list)
        out.push_back(p.toString());
    return out;
}

// The effective route a NIC's subnet takes to `destination`.
const EffectiveRoute* routeFrom(const Topology& t, const RoutingModel& routing, const Id& subnet,
                                const char* destination) {
    for (std::size_t v = 0; v < t.vnets.size(); ++v)
        for (std::size_t s = 0; s < t.vnets[v].subnets.size(); ++s)
            if (t.vnets[v].subnets[s].id == subnet)
                return routing.subnet(int(v), int(s)).lookup(*Ipv4Address::parse(destination));
    return nullptr;
}

void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

#ifndef Q_MOC_RUN // moc cannot follow the braces inside these raw strings
namespace {
const char* const kJson1 = R"({"value": [
          {"id": "/subscriptions/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/hub", "location": "eastus",
           "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]},
             "subnets": [{"name": "GatewaySubnet", "properties": {"addressPrefix": "10.0.255.0/27"}}],
             "virtualNetworkPeerings": [{"name": "hub-to-spoke", "properties": {"peeringState": "Connected",
               "remoteVirtualNetwork": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/SPOKE"},
               "allowForwardedTraffic": true, "allowGatewayTransit": true}}]}},
          {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke", "location": "eastus",
           "properties": {"addressSpace": {"addressPrefixes": ["10.1.0.0/16", "fd00::/48"]},
             "subnets": [{"name": "app", "properties": {"addressPrefixes": ["10.1.0.0/24"]}}],
             "virtualNetworkPeerings": [{"name": "spoke-to-hub", "properties": {"peeringState": "Connected",
               "remoteVirtualNetwork": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub"},
               "useRemoteGateways": true}}]}},
          {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/lonely", "location": "eastus",
           "properties": {"addressSpace": {"addressPrefixes": ["10.2.0.0/16"]},
             "virtualNetworkPeerings": [{"name": "to-hub", "properties": {"peeringState": "Initiated",
               "remoteVirtualNetwork": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub"}}}]}}]})";
const char* const kJson2 =
    R"([{"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v",
            "name": "v", "location": "japaneast", "addressSpace": {"addressPrefixes": ["10.5.0.0/16"]},
            "subnets": [{"name": "a", "addressPrefix": "10.5.1.0/24", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a"}]}])";
const char* const kJson3 =
    R"({"Id": "/subscriptions/s/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/V",
            "Name": "V", "ResourceGroupName": "RG", "Location": "japaneast",
            "AddressSpace": {"AddressPrefixes": ["10.5.0.0/16"]},
            "Subnets": [{"Name": "b", "AddressPrefix": ["10.5.2.0/24"]}]})";
const char* const kJson4 =
    R"({"totalRecords": 1, "data": [{"id": "/subscriptions/s/resourceGroups/rg/providers/microsoft.network/virtualnetworks/v",
            "type": "microsoft.network/virtualnetworks", "name": "v", "properties": {"enableDdosProtection": false}}]})";
const char* const kJson5 = R"([
          {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v\u001b[31m", "properties": {
             "addressSpace": {"addressPrefixes": ["10.0.0.1/16", "10.9.0.0/16"]},
             "subnets": [{"name": "s", "properties": {"addressPrefix": "10.9.1.0/24", "routeTable": {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/missing"}}}]}},
          {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt", "properties": {"routes": [
             {"name": "tag", "properties": {"addressPrefix": "AzureCloud", "nextHopType": "Internet"}},
             {"name": "bad", "properties": {"addressPrefix": "10.0.0.0/8", "nextHopType": "Nowhere"}}]}},
          {"id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/n", "properties": {"securityRules": [
             {"name": "huge", "properties": {"priority": 99999999999, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
               "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "sourcePortRange": "*", "destinationPortRange": "80"}}]}},
          {"id": "not an id"}])";
} // namespace
#endif

class TestImport : public QObject {
    Q_OBJECT

private slots:
    // ---- resolved JSON (input 1) -------------------------------------------------------------

    void restListBody() {
        const auto r = importFiles({corpus("rest-cli/VirtualNetworkList.2024-05-01.json")});
        QVERIFY(r.ok());
        QCOMPARE(r.topology->vnets.size(), std::size_t(2));
        const Vnet* v = vnetNamed(*r.topology, "vnet1");
        QVERIFY(v);
        QCOMPARE(prefixes(v->addressSpace), std::vector<std::string>{"10.0.0.0/8"});
        QCOMPARE(v->subnets.size(), std::size_t(1));
        QCOMPARE(v->subnets[0].id, std::string("vnet1/test-1"));
        QCOMPARE(v->subnets[0].addressPrefix.toString(), std::string("10.0.0.0/24"));
        QCOMPARE(v->region, std::string("westus"));
        // Provenance: the ARM id and resource group on the object.
        QCOMPARE(
            v->keys["armId"].get<std::string>(),
            std::string(
                "/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/vnet1"));
        QCOMPARE(v->keys["resourceGroup"].get<std::string>(), std::string("rg1"));
        QCOMPARE(r.report.files[0].form, InputForm::ResolvedJson);
    }

    void nsgAndRouteTableGets() {
        const auto r =
            importFiles({restSample("NetworkSecurityGroupGet.json"), restSample("RouteTableGet.json")});
        QVERIFY(r.ok());
        QCOMPARE(r.topology->nsgs.size(), std::size_t(1));
        const Nsg& nsg = r.topology->nsgs[0];
        QVERIFY(!nsg.securityRules.empty());
        // defaultSecurityRules are Azure's implicit ones: never written.
        for (const auto& rule : nsg.securityRules)
            QVERIFY(rule.priority < 65000);
        QCOMPARE(r.topology->routeTables.size(), std::size_t(1));
        QVERIFY(!r.topology->routeTables[0].routes.empty());
    }

    void peeringsJoinedAndHalfPeeringsReported() {
        // One direction only (a REST GET of one peering): reported, not repaired.
        QTemporaryDir dir;
        const QByteArray vnets = kJson1;
        write(dir.filePath("vnets.json"), vnets);
        const auto r = importFiles({dir.path().toStdString()});
        QVERIFY(r.ok());
        const auto& t = *r.topology;
        QCOMPARE(t.peerings.size(), std::size_t(1)); // ids compared without case: "SPOKE" is "spoke"
        const Peering& p = t.peerings[0];
        QVERIFY(p.allowsForwardedInto("hub"));
        QVERIFY(!p.allowsForwardedInto("spoke")); // each side's own setting
        QVERIFY(p.gatewayTransit);
        QCOMPARE(p.gatewayTransit->provider, std::string("hub"));
        QCOMPARE(p.gatewayTransit->user, std::string("spoke"));
        QVERIFY(hasNote(r.report, "PEERING_NOT_CONNECTED", NoteKind::HalfConfigured));
        QVERIFY(hasNote(r.report, "IPV6_DROPPED", NoteKind::Skipped));
        QCOMPARE(prefixes(vnetNamed(t, "spoke")->addressSpace), std::vector<std::string>{"10.1.0.0/16"});
        // Effective routes the files determine: the spoke reaches the hub over the peering.
        const RoutingModel routing(t, TopologyIndex(t));
        const EffectiveRoute* route = routeFrom(t, routing, "spoke/app", "10.0.1.1");
        QVERIFY(route);
        QCOMPARE(route->nextHopType, NextHopType::VNetPeering);
    }

    void clientShapesAreOneResource() {
        // The same VNet as az CLI writes it (flattened), PowerShell (PascalCase) and Resource
        // Graph (`data`, lower-case type): merged by id into one VNet with both subnets.
        QTemporaryDir dir;
        write(dir.filePath("cli.json"), kJson2);
        write(dir.filePath("ps.json"), kJson3);
        write(dir.filePath("arg.json"), kJson4);
        const auto r = importFiles({dir.path().toStdString()});
        QVERIFY(r.ok());
        QCOMPARE(r.topology->vnets.size(), std::size_t(1));
        const Vnet& v = r.topology->vnets[0];
        QCOMPARE(v.region, std::string("japaneast"));
        QCOMPARE(v.subnets.size(), std::size_t(2));
        QCOMPARE(r.report.files.size(), std::size_t(3));
        std::size_t merged = 0;
        for (const auto& e : r.report.resources)
            merged += e.outcome == ResourceOutcome::MergedInto;
        QCOMPARE(merged, std::size_t(2)); // the two later copies
    }

    void secretsAreNeverCopied() {
        const auto r = importFiles({restSample("VirtualNetworkGatewayConnectionGet.json")});
        QVERIFY(hasNote(r.report, "SECRET_DROPPED", NoteKind::SecretDropped));
        if (r.ok()) {
            const std::string text = topologyToText(*r.topology);
            QVERIFY(text.find("sharedKey") == std::string::npos);
            QVERIFY(text.find("Abc123") == std::string::npos);
        }
    }

    void diagnosticOutputIsNotATopology() {
        const auto r = importFiles({restSample("NetworkInterfaceEffectiveRouteTableList.json")});
        QVERIFY(!r.ok());
        QCOMPARE(r.report.files[0].form, InputForm::Diagnostic);
        QVERIFY(hasNote(r.report, "DIAGNOSTIC_OUTPUT", NoteKind::Refused));
    }

    // ---- exports (input 2) ---------------------------------------------------------------------

    void exportHubSpokeWithRouteServer() {
        const auto r = importFiles({corpus("export/ms-es-demo__export-derived-hub-spoke-ars.template.json")});
        QVERIFY(r.ok());
        const auto& t = *r.topology;
        QCOMPARE(t.routeServers.size(), std::size_t(1));
        const RouteServer& rs = t.routeServers[0];
        // The export dropped ipConfigurations; its virtualRouterIps (literal) place it.
        QCOMPARE(rs.ips.size(), std::size_t(2));
        QCOMPARE(rs.ips[0].toString(), std::string("10.0.0.36"));
        QCOMPARE(rs.vnet, std::string("vnet-hub"));
        QVERIFY(hasNote(r.report, "ROUTE_SERVER_VNET", NoteKind::Inferred));
        // The firewall without its address (exports omit it) is marked inferred.
        QCOMPARE(t.firewalls.size(), std::size_t(1));
        QVERIFY(t.firewalls[0].privateIp); // written out, so the inspector shows it
        QCOMPARE(t.firewalls[0].privateIp->toString(), std::string("10.0.1.4"));
        QVERIFY(t.firewalls[0].keys.contains("inferred"));
        // An NVA is recognised (a route names its address) and the user is asked about its guest.
        bool nva = false;
        for (const auto& vm : t.vms)
            nva |= vm.nva.has_value();
        QVERIFY(nva);
        QVERIFY(hasNote(r.report, "ASK_NVA_GUEST", NoteKind::Question));
        // Passwords: reported as secrets, never unresolved noise.
        QVERIFY(hasNote(r.report, "SECRET_DROPPED", NoteKind::SecretDropped));
        for (const auto& n : r.report.notes)
            QVERIFY(n.message.english().find("adminPassword") == std::string::npos ||
                    n.kind == NoteKind::SecretDropped);
        // A dynamic private endpoint address takes the subnet's first free address.
        QVERIFY(!t.privateEndpoints.empty());
        QVERIFY(t.privateEndpoints[0].keys.contains("inferred"));
        QVERIFY(hasNote(r.report, "UNSUPPORTED_TYPE", NoteKind::Skipped)); // private DNS zones
    }

    void exportsJoinThroughExternalIds() {
        const auto r = importFiles(
            {corpus("export/unknown-repo-idx35108760131__portal-export-2024-hub-azfw.template.json"),
             corpus("export/unknown-repo-idx35223478434__portal-export-2024-spoke-udr.template.json")});
        QVERIFY(r.ok());
        const auto& t = *r.topology;
        // The hub's peering names the spoke by its real id: the spoke export, deployed "into" any
        // group, takes that group, so the peering finds it (the spoke side is missing: half).
        bool named = false;
        for (const auto& n : r.report.notes)
            named |= n.code == "PEERING_ONE_SIDED";
        QVERIFY(named);
        QVERIFY(!hasNote(r.report, "PEERING_REMOTE_MISSING", NoteKind::HalfConfigured));
        const Vnet* spoke = vnetNamed(t, "vnet-Spoke1-prod-network-01");
        QVERIFY(spoke);
        QVERIFY(spoke->keys["armId"].get<std::string>().find("/resourceGroups/resource-group/") ==
                std::string::npos);
        // The spoke's UDR: 0/0 to the hub firewall, propagation off.
        QCOMPARE(t.routeTables.size(), std::size_t(1));
        QVERIFY(t.routeTables[0].disableBgpRoutePropagation);
        QCOMPARE(t.routeTables[0].routes[0].nextHopIpAddress->toString(), std::string("10.0.0.4"));
    }

    // ---- templates (input 3) ----------------------------------------------------------------------

    void routeServerTemplateWithParameters() {
        const auto r = importFiles({corpus("arm-template/aqt__route-server.azuredeploy.json")});
        QVERIFY(r.ok());
        // The parameters file beside it is found and listed.
        bool parameters = false;
        for (const auto& f : r.report.files)
            parameters |= f.form == InputForm::Parameters;
        QVERIFY(parameters);
        const auto& t = *r.topology;
        QCOMPARE(t.routeServers.size(), std::size_t(1));
        const RouteServer& rs = t.routeServers[0];
        // A template does not know Route Server's addresses: .4 and .5 of RouteServerSubnet, inferred.
        const Subnet* subnet = t.vnets[0].subnetNamed("RouteServerSubnet");
        QVERIFY(subnet);
        QCOMPARE(rs.ips[0], Ipv4Address(subnet->addressPrefix.network().value() + 4));
        QCOMPARE(rs.ips[1], Ipv4Address(subnet->addressPrefix.network().value() + 5));
        QVERIFY(rs.keys.contains("inferred"));
        QVERIFY(hasNote(r.report, "ROUTE_SERVER_IPS", NoteKind::Inferred));
    }

    void vnetToVnetConnectionsJoined() {
        const auto r = importFiles({corpus("arm-template/aqt__vnet-to-vnet-bgp.azuredeploy.json")});
        QVERIFY(r.ok());
        const auto& t = *r.topology;
        QCOMPARE(t.gateways.size(), std::size_t(2));
        std::size_t v2v = 0;
        for (const auto& c : t.connections)
            v2v += c.isVnet2Vnet();
        QCOMPARE(v2v, std::size_t(1)); // Azure's two directions are one Pathlight connection
        QVERIFY(t.connections[0].bgp);
        QVERIFY(t.gateways[0].asn() != t.gateways[1].asn());
    }

    void firewallTemplateClassicRules() {
        const auto r =
            importFiles({corpus("arm-template/aqt__azurefirewall-forced-tunneling.azuredeploy.json")});
        QVERIFY(r.ok());
        const auto& t = *r.topology;
        QVERIFY(!t.firewalls.empty());
        QVERIFY(t.firewalls[0].forcedTunneling); // managementIpConfiguration
        QVERIFY(t.firewalls[0].policy);
        QVERIFY(hasNote(r.report, "FIREWALL_CLASSIC_RULES", NoteKind::Inferred));
        QVERIFY(!t.routeTables.empty());
    }

    // ---- refusals and every corpus file ------------------------------------------------------------

    void refusalsSayWhy() {
        auto azbb = importFiles({corpus("arm-template/mspnp-ra__hub-spoke.azbb.json")});
        QVERIFY(!azbb.ok());
        QVERIFY(hasNote(azbb.report, "BUILDING_BLOCKS", NoteKind::Refused));
        auto terraform = importFiles({corpus("terraform/inframap__azure.tfstate.json")});
        QVERIFY(!terraform.ok());
        QVERIFY(hasNote(terraform.report, "TERRAFORM", NoteKind::Refused));
        auto linked = importFiles({corpus("arm-template/dmauser-lab__rs-er-vpn-transit.azuredeploy.json")});
        QVERIFY(!linked.ok());
        QVERIFY(hasError(linked, "ONLY_LINKED_TEMPLATES"));
        auto unnamed = importFiles(
            {corpus("arm-template/aqt__expressroute-circuit-public-private-peering.azuredeploy.json")});
        QVERIFY(!unnamed.ok());
        QVERIFY(hasError(unnamed, "PARAMETERS_NEEDED"));
    }

    void everyCorpusFileImportsOrSaysWhy() {
        const QStringList folders = {"arm-template", "export", "rest-cli"};
        int imported = 0;
        for (const QString& folder : folders) {
            const QDir dir(kShared + "/data/azure-corpus/" + folder);
            for (const QString& name : dir.entryList({"*.json"}, QDir::Files)) {
                const auto r = importFiles({dir.filePath(name).toStdString()});
                if (r.ok()) {
                    ++imported;
                    // What was written loads again, unchanged.
                    const LoadResult again = loadTopologyFromText(topologyToText(*r.topology));
                    QVERIFY2(again.ok(), qPrintable(name));
                } else {
                    QVERIFY2(!r.errors.empty(), qPrintable(name));
                    for (const auto& d : r.errors)
                        QVERIFY2(!d.code.empty() && !d.pointer.empty(), qPrintable(name));
                }
            }
        }
        QVERIFY(imported >= 25);
    }

    // ---- hostile inputs -------------------------------------------------------------------------------

    void hostileInputs() {
        QTemporaryDir dir;
        write(dir.filePath("broken.json"), "{\"value\": [\n  {\"id\": }\n]}");
        auto broken = importFiles({dir.filePath("broken.json").toStdString()});
        QVERIFY(!broken.ok());
        QVERIFY(hasError(broken, "JSON_SYNTAX"));
        QVERIFY(broken.errors[0].message.args[0] == "2"); // the line
        auto missing = importFiles({dir.filePath("nope.json").toStdString()});
        QVERIFY(hasError(missing, "INPUT_MISSING"));
        // Names that are not ids, prefixes with host bits, absurd values: reported, never fatal.
        write(dir.filePath("odd.json"), kJson5);
        auto odd = importFiles({dir.filePath("odd.json").toStdString()});
        QVERIFY(odd.ok());
        QCOMPARE(odd.topology->vnets.size(), std::size_t(1));
        QCOMPARE(prefixes(odd.topology->vnets[0].addressSpace), std::vector<std::string>{"10.9.0.0/16"});
        QVERIFY(hasNote(odd.report, "PREFIX_INVALID", NoteKind::Skipped));
        // A route on a service tag is kept: the loaded tag file expands it (issue 17).
        bool tagRoute = false;
        for (const auto& rt : odd.topology->routeTables)
            for (const auto& r : rt.routes)
                tagRoute = tagRoute || r.serviceTag == "AzureCloud";
        QVERIFY(tagRoute);
        QVERIFY(hasNote(odd.report, "SUBNET_REFERENCE_MISSING", NoteKind::HalfConfigured));
        QVERIFY(hasNote(odd.report, "REFUSED_BY_READER", NoteKind::Skipped)); // "Nowhere", the priority
        QVERIFY(hasNote(odd.report, "NOT_A_RESOURCE", NoteKind::Skipped));
    }

    // The breaker's inputs (tests/regressions/import/README.md): each imports or says why, and
    // the behaviour each stands for holds.
    void breakerRegressions() {
        const QString dir = PATHLIGHT_SOURCE_DIR "/tests/regressions/import/";
        for (const QString& name : QDir(dir).entryList({"F-*.json"}, QDir::Files)) {
            if (name.endsWith(".parameters.json")) continue;
            const auto r = importFiles({(dir + name).toStdString()});
            QVERIFY2(r.ok() || !r.errors.empty(), qPrintable(name));
            if (r.ok()) QVERIFY2(loadTopologyFromText(topologyToText(*r.topology)).ok(), qPrintable(name));
        }
        auto conflict = importFiles({(dir + "F-case-conflict-silent.json").toStdString()});
        QVERIFY(hasNote(conflict.report, "MERGE_CONFLICT", NoteKind::HalfConfigured));
        auto secure = importFiles({(dir + "F-secure-param-in-name.json").toStdString()});
        QVERIFY(hasNote(secure.report, "SECRET_DROPPED", NoteKind::SecretDropped));
        if (secure.ok()) QVERIFY(topologyToText(*secure.topology).find("SECRET_") == std::string::npos);
        for (const auto& n : secure.report.notes)
            QVERIFY(n.message.english().find("SECRET_PW") == std::string::npos);
        QVERIFY(importFiles({(dir + "F-resource-graph-table.json").toStdString()}).ok());
        QVERIFY(hasError(importFiles({(dir + "F-stderr-blames-parameters.json").toStdString()}),
                         "NOT_EVALUATED"));
        QVERIFY(hasNote(importFiles({(dir + "F-child-missing-parent-msg.json").toStdString()}).report,
                        "PARENT_MISSING", NoteKind::HalfConfigured));
        QVERIFY(hasError(importFiles({(dir + "F-bad-parameters-template.json").toStdString()},
                                     (dir + "F-bad-parameters-file.json").toStdString()),
                         "NOT_PARAMETERS"));
        auto many = importFiles({(dir + "F-suggest-cap-210-windows-vms.json").toStdString()});
        QVERIFY(many.ok());
        std::size_t leftOut = 0;
        const auto suggested = suggestFlows(*many.topology, 50, &leftOut);
        std::set<SuggestionKind> kinds;
        for (const auto& s : suggested)
            kinds.insert(s.kind);
        QVERIFY(kinds.count(SuggestionKind::WindowsKms) && kinds.count(SuggestionKind::SubnetInternet));
        QVERIFY(leftOut > 0);
    }

    // A later copy that names another route table for a subnet: the later reference is used (a
    // nested "id" merges like any value) and the conflict is said.
    void laterReferenceWins() {
        QTemporaryDir dir;
        const char* rt = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/";
        const QByteArray vnet =
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v";
        auto copy = [&](const char* table) {
            return "[{\"id\": \"" + vnet +
                   "\", \"properties\": {\"addressSpace\": {\"addressPrefixes\": [\"10.0.0.0/16\"]}, "
                   "\"subnets\": [{\"name\": \"s\", \"properties\": {\"addressPrefix\": \"10.0.0.0/24\", "
                   "\"routeTable\": "
                   "{\"id\": \"" +
                   QByteArray(rt) + table + "\"}}}]}}, {\"id\": \"" + QByteArray(rt) + table +
                   "\", \"properties\": {\"routes\": []}}]";
        };
        write(dir.filePath("a.json"), copy("first"));
        write(dir.filePath("b.json"), copy("second"));
        const auto r = importFiles({dir.path().toStdString()});
        QVERIFY(r.ok());
        QCOMPARE(r.topology->vnets[0].subnets[0].routeTable, std::string("second"));
        QVERIFY(hasNote(r.report, "MERGE_CONFLICT", NoteKind::HalfConfigured));
    }

    // ---- suggested checks --------------------------------------------------------------------------

    void suggestedChecks() {
        const auto r = importFiles({corpus("export/ms-es-demo__export-derived-hub-spoke-ars.template.json")});
        QVERIFY(r.ok());
        const auto flows = suggestFlows(*r.topology);
        std::set<SuggestionKind> kinds;
        const TopologyIndex index(*r.topology);
        for (const auto& s : flows) {
            kinds.insert(s.kind);
            QVERIFY(!index.contains(s.flow.id)); // fresh ids
            QVERIFY(!s.name.empty());
        }
        QVERIFY(kinds.count(SuggestionKind::SubnetInternet));
        QVERIFY(kinds.count(SuggestionKind::PlatformAddress));
        // Every suggestion is a flow the reader accepts.
        Topology t = *r.topology;
        for (const auto& s : flows)
            t.flows.push_back(s.flow);
        QVERIFY(loadTopologyFromText(topologyToText(t)).ok());
    }
};

QTEST_APPLESS_MAIN(TestImport)
#include "tst_import.moc"
