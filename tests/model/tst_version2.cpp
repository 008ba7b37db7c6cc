// Format version 2 (topology-format.md "Version 2"): reading and writing, and the model pieces
// the oracle files of tests/regressions/v2 do not pin alone: Azure Firewall rule order (T40),
// SNAT ranges (§12.4), private endpoint routes (T44, T45), global peering labels (T48 (a)),
// application security groups and ESP (§16, §18).

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "advice/fix_advisor.h"
#include "edit/object_removal.h"
#include "edit/topology_edit.h"
#include "security/firewall_evaluator.h"
#include "validation/lints.h"

#include <QDir>
#include <set>
#endif

using namespace pathlight;
using namespace pathlight::test;

namespace {

FirewallRule networkRule(const char* name, const char* source, const char* destination, const char* port) {
    FirewallRule r;
    r.name = name;
    r.ruleType = FirewallRuleType::NetworkRule;
    r.ipProtocols = {"TCP"};
    r.sourceAddresses = {source};
    r.destinationAddresses = {destination};
    r.destinationPorts = {port};
    return r;
}

FirewallRuleCollection collection(const char* name, int priority, FirewallAction action,
                                  std::vector<FirewallRule> rules) {
    FirewallRuleCollection c;
    c.name = name;
    c.priority = priority;
    c.action = action;
    c.ruleCollectionType =
        action == FirewallAction::Dnat ? FirewallRuleCollectionType::Nat : FirewallRuleCollectionType::Filter;
    c.rules = std::move(rules);
    return c;
}

FirewallRuleCollectionGroup group(const char* name, int priority, std::vector<FirewallRuleCollection> list) {
    FirewallRuleCollectionGroup g;
    g.name = name;
    g.priority = priority;
    g.ruleCollections = std::move(list);
    return g;
}

const std::string kPeHub = R"(
  "vnets": [{"id": "pe-vnet", "region": "eastus", "addressSpace": ["10.1.0.0/16"], "subnets": [
              {"id": "pe-subnet", "addressPrefix": "10.1.1.0/24", "privateEndpointNetworkPolicies": "RouteTableEnabled"},
              {"id": "client", "addressPrefix": "10.1.2.0/24", "routeTable": "rt"}]},
            {"id": "peer", "region": "westus", "addressSpace": ["10.2.0.0/16"], "subnets": [{"id": "p1", "addressPrefix": "10.2.0.0/24"}]},
            {"id": "far", "region": "eastus", "addressSpace": ["10.3.0.0/16"], "subnets": [{"id": "f1", "addressPrefix": "10.3.0.0/24"}]}],
  "peerings": [{"id": "pp", "vnets": ["pe-vnet", "peer"]}, {"id": "pf", "vnets": ["peer", "far"]}],
  "privateEndpoints": [{"id": "pe", "name": "pe-sql", "subnet": "pe-subnet", "privateIp": "10.1.1.4",
                        "service": {"name": "sql1", "groupId": "sqlServer", "fqdn": "sql1.database.windows.net"}}],
  "routeTables": [{"id": "rt", "routes": [{"name": "r", "addressPrefix": "PREFIX", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.1.2.100"}]}])";

std::string withPrefix(std::string body, const std::string& prefix) {
    body.replace(body.find("PREFIX"), 6, prefix);
    return body;
}

std::set<std::string> lintCodes(const std::string& body) {
    std::set<std::string> out;
    for (const auto& d : lintTopology(load(body), EndpointCatalog::builtIn()))
        out.insert(d.code);
    return out;
}

Topology fromFile(const std::string& relative) {
    LoadResult r = loadTopologyFromFile(sourceDir() + "/" + relative);
    if (!r.ok()) throw std::runtime_error(relative + ": " + errorsOf(r));
    return std::move(*r.topology);
}

// The fix with this code for the flow delivers it, and applying then inverting it gives the
// topology back exactly.
void checkFix(const Topology& t, const std::string& flowId, const char* code) {
    auto n = network(t);
    const Trace before = traceFlow(*n, FlowSpec::fromFlow(*n->index().flow(flowId)));
    QVERIFY2(before.verdict != Verdict::Delivered, flowId.c_str());
    std::optional<Fix> found;
    for (const auto& [finding, fixes] : fixesForTrace(*n, before))
        for (const auto& f : fixes)
            if (f.code == code && f.applicable()) found = f;
    QVERIFY2(found, qPrintable(QString::fromStdString(flowId) + ": no " + code + "; " + describe(before)));
    const FixVerification v = verifyEdit(*n, found->edit, before);
    QVERIFY2(v.error.empty(), v.error.english().c_str());
    QVERIFY2(v.targetDelivered, qPrintable(QString::fromStdString(flowId) + " not delivered after " + code));
    QVERIFY(!found->azureCli.empty() && !found->powerShell.empty() && !found->bicep.empty());
    Topology changed = t;
    QVERIFY(applyEdit(changed, found->edit).english().empty());
    QVERIFY(applyEdit(changed, invertEdit(found->edit)).english().empty());
    QCOMPARE(topologyToText(changed), topologyToText(t));
}

const EffectiveRoute* routeTo(const Network& n, const std::string& subnet, const std::string& prefix) {
    static std::vector<EffectiveRoute> rows;
    rows = n.subnetRoutes(subnet)->table();
    for (const auto& r : rows)
        if (r.prefix.toString() == prefix) return &r;
    return nullptr;
}

} // namespace

class TestVersion2 : public QObject {
    Q_OBJECT
private slots:
    // Version 2 files load, write "version": 2 and read back to the same text; a version 1
    // document without version 2 content stays version 1, and gains 2 only when it needs it.
    void version2RoundTrips() {
        QDir dir(QString::fromStdString(sourceDir() + "/tests/regressions/v2"));
        const auto files = dir.entryList({"*.pathlight.json"});
        QVERIFY(files.size() >= 20);
        for (const auto& f : files) {
            LoadResult r = loadTopologyFromFile(dir.filePath(f).toStdString());
            QVERIFY2(r.ok(), (f.toStdString() + ": " + errorsOf(r)).c_str());
            for (const auto& d : r.diagnostics)
                QVERIFY2(d.severity != Severity::Warning || d.code == "UNKNOWN_KEY",
                         d.message.english().c_str());
            const std::string once = topologyToText(*r.topology);
            QVERIFY(once.find("\"version\": 2") != std::string::npos);
            LoadResult back = loadTopologyFromText(once);
            QVERIFY(back.ok());
            QCOMPARE(topologyToText(*back.topology), once);
        }
        Topology t = load(R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": []}])");
        QVERIFY(topologyToText(t).find("\"version\": 1") != std::string::npos);
        t.applicationSecurityGroups.push_back({{}, "asg", "web"});
        QVERIFY(topologyToText(t).find("\"version\": 2") != std::string::npos);
    }

    void version2KeysAreChecked() {
        // A rule with both addresses and groups on one side, a dangling group, a bad protocol.
        LoadResult r = loadTopologyFromText(doc(R"(
  "applicationSecurityGroups": [{"id": "web"}],
  "nsgs": [{"id": "n", "securityRules": [
     {"name": "a", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Esp",
      "sourceAddressPrefixes": ["*"], "sourceApplicationSecurityGroups": ["web"],
      "destinationApplicationSecurityGroups": ["nope"]}]}],
  "firewalls": [{"id": "fw", "vnet": "missing", "policy": {"ruleCollectionGroups": [{"name": "g", "priority": 50,
     "ruleCollections": [{"name": "c", "priority": 100, "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
       "action": "Allow", "rules": [{"name": "x", "ruleType": "NetworkRule", "ipProtocols": ["GRE"]}]}]}]}}])"));
        QVERIFY(!r.ok());
        std::set<std::string> codes;
        for (const auto& d : r.diagnostics)
            codes.insert(d.code + " " + d.pointer);
        QVERIFY(codes.count("NSG_RULE_KEY_TWICE /nsgs/0/securityRules/0/sourceApplicationSecurityGroups"));
        QVERIFY(codes.count("DANGLING_REF /nsgs/0/securityRules/0/destinationApplicationSecurityGroups/0"));
        QVERIFY(codes.count("DANGLING_REF /firewalls/0/vnet"));
        QVERIFY(codes.count("RANGE /firewalls/0/policy/ruleCollectionGroups/0/priority"));
        QVERIFY(codes.count(
            "BAD_VALUE /firewalls/0/policy/ruleCollectionGroups/0/ruleCollections/0/rules/0/ipProtocols/0"));
    }

    // T40: the rule type decides the order before any priority; inside a type, the group's
    // priority, then the collection's.
    void firewallRuleOrder() {
        Firewall fw;
        fw.id = "fw";
        fw.policy = FirewallPolicy{};
        FirewallRule app;
        app.name = "Deny-google";
        app.ruleType = FirewallRuleType::ApplicationRule;
        app.sourceAddresses = {"*"};
        app.protocols = {{{}, "Https", 443}};
        app.targetFqdns = {"google.com"};
        fw.policy->ruleCollectionGroups = {
            group("late", 300,
                  {collection("Allow-web-c", 100, FirewallAction::Allow,
                              {networkRule("Allow-web", "*", "*", "443")})}),
            group("early", 100, {collection("app", 100, FirewallAction::Deny, {app})}),
            group("ssh", 200,
                  {collection("Allow-collection", 200, FirewallAction::Allow,
                              {networkRule("allow-ssh", "*", "*", "22")}),
                   collection("Deny-collection", 100, FirewallAction::Deny,
                              {networkRule("deny-ssh", "*", "*", "22")})}),
        };
        FirewallPacket p{*Ipv4Address::parse("10.0.0.4"),
                         Ipv4Address::parse("142.250.1.1"),
                         Protocol::Tcp,
                         443,
                         "google.com",
                         false};
        FirewallDecision d = evaluateFirewall(fw, p);
        QCOMPARE(d.rule, std::string("Allow-web")); // network before application, whatever the groups
        QCOMPARE(d.action, FirewallAction::Allow);
        p.destinationPort = 22;
        d = evaluateFirewall(fw, p);
        QCOMPARE(d.rule, std::string("deny-ssh")); // collection 100 before 200 in one group
        QCOMPARE(d.action, FirewallAction::Deny);
        p.destinationPort = 8080;
        d = evaluateFirewall(fw, p);
        QVERIFY(d.defaultDeny());
        // A packet to a public IP of the firewall is DNAT's or denied: filter rules never see it.
        p.destinationPort = 443;
        p.toPublicIp = true;
        QVERIFY(evaluateFirewall(fw, p).defaultDeny());
        // No policy at all: everything is denied (§12.3).
        Firewall bare;
        QVERIFY(evaluateFirewall(bare, p).defaultDeny());
    }

    void firewallSnatRanges() {
        Firewall fw;
        const auto a = [](const char* s) { return *Ipv4Address::parse(s); };
        QVERIFY(firewallKeepsSource(fw, a("10.2.0.4")));
        QVERIFY(firewallKeepsSource(fw, a("100.64.5.10"))); // RFC 6598 (FWSNAT 2023)
        QVERIFY(!firewallKeepsSource(fw, a("150.1.2.3")));
        fw.policy = FirewallPolicy{};
        fw.policy->snat = FirewallSnat{};
        fw.policy->snat->privateRanges = std::vector<std::string>{"150.1.0.0/16"};
        QVERIFY(firewallKeepsSource(fw, a("150.1.2.3")));
        QVERIFY(!firewallKeepsSource(fw, a("10.2.0.4"))); // the IANA default is replaced
        fw.policy->snat->privateRanges = std::vector<std::string>{"255.255.255.255/32"};
        QVERIFY(!firewallKeepsSource(fw, a("10.2.0.4"))); // always translate
        fw.policy->snat->privateRanges = std::vector<std::string>{"0.0.0.0/0"};
        QVERIFY(firewallKeepsSource(fw, a("8.8.8.8"))); // never translate
        QVERIFY(fqdnMatches("*.contoso.com", "www.Contoso.com"));
        QVERIFY(!fqdnMatches("*.contoso.com", "contoso.com"));
    }

    // T44 (a), (b), T45: the /32 in its VNet and directly peered VNets only, and when a user route
    // invalidates it.
    void privateEndpointRoutes() {
        auto n = network(withPrefix(kPeHub, "10.1.1.0/24"));
        const EffectiveRoute* own = routeTo(*n, "client", "10.1.1.4/32");
        QVERIFY(own);
        QCOMPARE(own->state, RouteState::Invalid); // RouteTableEnabled, a /24 inside the VNet
        QCOMPARE(own->invalidReason, RouteLoss::InvalidatedByUserRoute);
        const EffectiveRoute* peered = routeTo(*n, "p1", "10.1.1.4/32");
        QVERIFY(peered && peered->state == RouteState::Active &&
                peered->nextHopType == NextHopType::InterfaceEndpoint);
        QVERIFY(!routeTo(*n, "f1", "10.1.1.4/32")); // not transitive
        // Global peering: the regions differ (T48 (a)).
        const EffectiveRoute* global = routeTo(*n, "p1", "10.1.0.0/16");
        QVERIFY(global && global->nextHopType == NextHopType::VNetGlobalPeering);
        QCOMPARE(routeTo(*n, "p1", "10.3.0.0/16")->nextHopType, NextHopType::VNetGlobalPeering);
        // Supernets and 0/0 do not invalidate it (§14.2).
        for (const char* prefix : {"10.0.0.0/8", "0.0.0.0/0"}) {
            auto m = network(withPrefix(kPeHub, prefix));
            QCOMPARE(routeTo(*m, "client", "10.1.1.4/32")->state, RouteState::Active);
        }
        // The private endpoint by id, address or FQDN.
        auto m = network(withPrefix(kPeHub, "0.0.0.0/0"));
        Topology t = m->topology();
        t.vms.push_back(
            load(
                R"("vms": [{"id": "c", "nics": [{"id": "c-nic", "subnet": "client", "ipConfigurations": [{"privateIp": "10.1.2.4"}]}]}],
          "vnets": [{"id": "pe-vnet", "addressSpace": ["10.1.0.0/16"], "subnets": [{"id": "client", "addressPrefix": "10.1.2.0/24"}]}])")
                .vms.front());
        auto withVm = network(std::move(t));
        for (const char* to : {"pe", "10.1.1.4", "SQL1.database.windows.net"}) {
            const Trace tr = trace(*withVm, "c", to, 1433);
            QCOMPARE(tr.verdict, Verdict::Delivered);
            QCOMPARE(tr.hops.back().kind, HopKind::PrivateEndpoint);
            QCOMPARE(tr.hops.front().route->nextHopType, std::string("InterfaceEndpoint"));
        }
    }

    // Azure's rules for the new objects (§12.1, §14.1, §16).
    void version2Lints() {
        const std::string hub = R"(
  "vnets": [{"id": "hub", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "afws", "name": "AzureFirewallSubnet", "addressPrefix": "10.0.0.0/27", "routeTable": "rt"},
     {"id": "app", "name": "app", "addressPrefix": "10.0.1.0/24"}]},
     {"id": "other", "addressSpace": ["10.1.0.0/16"], "subnets": [{"id": "o", "addressPrefix": "10.1.0.0/24"}]}],
  "routeTables": [{"id": "rt", "routes": [{"name": "d", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.9"}]}],
  "firewalls": [{"id": "fw1", "vnet": "hub", "privateIp": "10.0.1.4"}, {"id": "fw2", "vnet": "hub"}, {"id": "fw3", "vnet": "other"}],
  "privateEndpoints": [{"id": "pe", "subnet": "app", "privateIp": "10.0.2.4"}],
  "applicationSecurityGroups": [{"id": "web"}],
  "vms": [{"id": "a", "nics": [{"id": "an", "subnet": "app", "ipConfigurations": [{"privateIp": "10.0.1.5", "applicationSecurityGroups": ["web"]}]}]},
          {"id": "b", "nics": [{"id": "bn", "subnet": "o", "ipConfigurations": [{"privateIp": "10.1.0.5", "applicationSecurityGroups": ["web"]}]}]}])";
        const auto codes = lintCodes(hub);
        for (const char* code : {"FIREWALL_SUBNET_SIZE", "FIREWALL_PER_VNET", "FIREWALL_SUBNET_MISSING",
                                 "FIREWALL_IP_OUTSIDE_SUBNET", "FIREWALL_DEFAULT_ROUTE",
                                 "PRIVATE_ENDPOINT_OUTSIDE_SUBNET", "ASG_VNETS"})
            QVERIFY2(codes.count(code), code);
        // An id "internet" on a new kind of object is reported, not a crash.
        QVERIFY(lintCodes(R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": []}],
          "applicationSecurityGroups": [{"id": "internet"}])")
                    .count("ID_RESERVED"));
        // Every version 2 oracle file is clean.
        QDir dir(QString::fromStdString(sourceDir() + "/tests/regressions/v2"));
        for (const auto& f : dir.entryList({"*.pathlight.json"})) {
            const Topology t = fromFile("tests/regressions/v2/" + f.toStdString());
            for (const auto& d : lintTopology(t, EndpointCatalog::builtIn()))
                QVERIFY2(d.severity != Severity::Error,
                         qPrintable(f + ": " + QString::fromStdString(d.code)));
        }
    }

    // VNet-to-VNet connections (azure-facts-2 §17.4, T49 (c, d)): without BGP each side routes the
    // other VNet's whole address space to its gateway as static routes, and nothing beyond it; with
    // BGP the gateways exchange routes (transit) unless their ASNs are equal; removing a gateway
    // removes its connections; the lints catch what Azure refuses.
    void vnet2VnetConnections() {
        const Topology t = fromFile("tests/regressions/v2/t49d-vnet2vnet-no-transit.pathlight.json");
        auto n = network(t);
        const EffectiveRoute* r = routeTo(*n, "snet49c-1-fe", "10.142.0.0/16");
        QVERIFY(r);
        QCOMPARE(r->nextHopType, NextHopType::VirtualNetworkGateway);
        QCOMPARE(r->origin, RouteOrigin::GatewayStatic);
        QVERIFY(!routeTo(*n, "snet49c-1-fe", "10.151.0.0/16")); // no transit without BGP
        QVERIFY(routeTo(*n, "snet49c-4-fe", "10.151.0.0/16"));
        QVERIFY(routeTo(*n, "snet49c-4-fe", "10.111.0.0/16"));

        Topology bgp = fromFile("tests/regressions/v2/t49d2-vnet2vnet-bgp-transit.pathlight.json");
        QVERIFY(routeTo(*network(bgp), "snet49c-1-fe", "10.151.0.0/16"));
        bgp.gateways[2].bgp->asn = 65010; // TestVNet5 now has TestVNet1's ASN: TestVNet1 drops the path
        QVERIFY(!routeTo(*network(bgp), "snet49c-1-fe", "10.151.0.0/16"));
        QVERIFY(routeTo(*network(bgp), "snet49c-4-fe", "10.151.0.0/16"));

        const Removal removal = planRemoval(t, {"gw49c-4"});
        QVERIFY(std::count(removal.removed.begin(), removal.removed.end(), "conn49c-1-4"));
        QVERIFY(std::count(removal.removed.begin(), removal.removed.end(), "conn49d-4-5"));

        const std::string pair = R"(
  "vnets": [{"id": "a", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "ga", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]},
            {"id": "b", "addressSpace": ["SPACE"], "subnets": [{"id": "gb", "name": "GatewaySubnet", "addressPrefix": "GWSUBNET"}]}],
  "gateways": [{"id": "gwa", "type": "Vpn", "vnet": "a", "bgp": {"asn": 65010}},
               {"id": "gwb", "type": "Vpn", "vnet": "b", "bgp": {"asn": ASN}},
               {"id": "gwa2", "type": "ExpressRoute", "vnet": "a"}],
  "connections": [{"id": "c", "type": "Vnet2Vnet", "gateway": "gwa", "peerGateway": "PEER", "bgp": true}])";
        auto body = [&](const char* space, const char* gwSubnet, const char* asn, const char* peer) {
            std::string b = pair;
            for (auto [key, value] :
                 {std::pair{"SPACE", space}, {"GWSUBNET", gwSubnet}, {"ASN", asn}, {"PEER", peer}})
                b.replace(b.find(key), std::string(key).size(), value);
            return b;
        };
        QVERIFY(!lintCodes(body("10.1.0.0/16", "10.1.255.0/27", "65020", "gwb")).count("VNET2VNET_OVERLAP"));
        QVERIFY(lintCodes(body("10.0.128.0/17", "10.0.200.0/27", "65020", "gwb")).count("VNET2VNET_OVERLAP"));
        QVERIFY(lintCodes(body("10.1.0.0/16", "10.1.255.0/27", "65010", "gwb")).count("VNET2VNET_SAME_ASN"));
        QVERIFY(lintCodes(body("10.1.0.0/16", "10.1.255.0/27", "65020", "gwa2")).count("CONNECTION_TYPE"));
        // A dangling peer gateway is a load error that names the key.
        LoadResult dangling =
            loadTopologyFromText(doc(body("10.1.0.0/16", "10.1.255.0/27", "65020", "nowhere")));
        QVERIFY(!dangling.ok());
        QVERIFY(errorsOf(dangling).find("/connections/0/peerGateway") != std::string::npos);
    }

    // A NAT gateway with public IP prefixes only (version 2): traffic leaves with an address of
    // the first prefix; the key makes the file version 2 and round-trips.
    void natGatewayPublicIpPrefixes() {
        const Topology t = load(R"(
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "s", "addressPrefix": "10.0.1.0/24", "natGateway": "nat", "defaultOutboundAccess": false}]}],
  "natGateways": [{"id": "nat", "publicIps": [], "publicIpPrefixes": ["20.90.4.0/30"]}],
  "vms": [{"id": "vm", "nics": [{"id": "n", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}])");
        QCOMPARE(t.natGateways[0].publicIpPrefixes.size(), std::size_t(1));
        auto n = network(t);
        const Trace tr = trace(*n, "vm", "8.8.8.8", 443);
        QCOMPARE(tr.verdict, Verdict::Delivered);
        QCOMPARE(tr.apparentSource->toString(), std::string("20.90.4.0"));
        const std::string text = topologyToText(t);
        QVERIFY(text.find("\"version\": 2") != std::string::npos);
        QVERIFY(text.find("\"publicIpPrefixes\"") != std::string::npos);
        QCOMPARE(topologyToText(*loadTopologyFromText(text).topology), text);
        // Neither addresses nor prefixes: nothing leaves through it.
        Topology bare = t;
        bare.natGateways[0].publicIpPrefixes.clear();
        QVERIFY(trace(*network(bare), "vm", "8.8.8.8", 443).verdict != Verdict::Delivered);
    }

    // Where no edit of the design helps, the finding still gets an explained alternative (the
    // README's "every error finding comes with fixes or an alternative"; newcomer 2026-11-30).
    void findingsWithoutEditsAreExplained() {
        const struct {
            const char* file;
            const char* flow;
            const char* fix;
        } cases[] = {
            {"t41d-ilb-ha-ports-no-healthy-backend", nullptr, "REPAIR_HEALTH_PROBE"},
            {"t50a-icmp-egress-methods", "f50-natgw-esp", "INSTANCE_PUBLIC_IP_FOR_PROTOCOL"},
            {"t50a-icmp-egress-methods", "f50-natgw-icmp", "INSTANCE_PUBLIC_IP_FOR_PROTOCOL"},
        };
        for (const auto& c : cases) {
            const Topology t = fromFile(std::string("tests/regressions/v2/") + c.file + ".pathlight.json");
            auto n = network(t);
            const Flow& flow = c.flow ? *n->index().flow(c.flow) : t.flows.front();
            const Trace tr = traceFlow(*n, FlowSpec::fromFlow(flow));
            bool explained = false;
            for (const auto& [finding, fixes] : fixesForTrace(*n, tr))
                for (const auto& f : fixes)
                    explained =
                        explained || (f.code == c.fix && !f.applicable() && !f.explanation.english().empty());
            QVERIFY2(explained, qPrintable(QString(c.fix) + " missing: " + describe(tr)));
        }
    }

    // PRIVATE_ENDPOINT_BYPASS's fix (azure-facts-2 §14.2, T45): route-table policies on the
    // endpoint's subnet where they are off, and a route for its subnet in the client's table: the
    // /32 turns Invalid and the flow crosses the appliance (which SNATs in T45); undo is exact.
    void privateEndpointBypassIsSteered() {
        for (const char* file :
             {"t45a-private-endpoint-policies-disabled", "t45e-private-endpoint-policies-udr-default"}) {
            const Topology t = fromFile(std::string("tests/regressions/v2/") + file + ".pathlight.json");
            auto n = network(t);
            const Trace before = traceFlow(*n, FlowSpec::fromFlow(t.flows.front()));
            QVERIFY2(hasFinding(before, finding::kPrivateEndpointBypass), file);
            std::optional<Fix> steer;
            for (const auto& [finding, fixes] : fixesForTrace(*n, before))
                for (const auto& f : fixes)
                    if (f.code == "STEER_PRIVATE_ENDPOINT_TRAFFIC" && f.applicable()) steer = f;
            QVERIFY2(steer, file);
            QVERIFY(!steer->azureCli.empty() && !steer->powerShell.empty() && !steer->bicep.empty());
            Topology changed = t;
            QVERIFY(applyEdit(changed, steer->edit).english().empty());
            const Trace after = traceFlow(*network(changed), FlowSpec::fromFlow(changed.flows.front()));
            QCOMPARE(after.verdict, Verdict::Delivered);
            QVERIFY2(!hasFinding(after, finding::kPrivateEndpointBypass), qPrintable(describe(after)));
            QCOMPARE(after.apparentSource->toString(), std::string("10.70.1.4")); // through the NVA
            QVERIFY(applyEdit(changed, invertEdit(steer->edit)).english().empty());
            QCOMPARE(topologyToText(changed), topologyToText(t));
        }
    }

    // The fixes of the version 2 findings deliver their flow and undo exactly.
    void version2Fixes() {
        const Topology hub = fromFile("resources/examples/08-firewall-hub-private-endpoint.pathlight.json");
        checkFix(hub, "f-dns-out", "FIREWALL_ALLOW_RULE");
        checkFix(hub, "f-ssh", "FIREWALL_REMOVE_DENY_RULE");
        checkFix(fromFile("tests/regressions/v2/t37-firewall-dnat.pathlight.json"), "f37-dnat-spoke-hub-udr",
                 "REMOVE_ROUTE_TO_FIREWALL_FRONT_END");
        checkFix(
            fromFile("tests/regressions/v2/t49b-forwarded-traffic-false.pathlight.json"),
            fromFile("tests/regressions/v2/t49b-forwarded-traffic-false.pathlight.json").flows.front().id,
            "ALLOW_FORWARDED_TRAFFIC");
        // The allow rule goes into an allow collection Azure evaluates before the deny.
        auto n = network(hub);
        const Trace dns = traceFlow(*n, FlowSpec::fromFlow(*n->index().flow("f-dns-out")));
        for (const auto& [finding, fixes] : fixesForTrace(*n, dns))
            for (const auto& f : fixes)
                if (f.code == std::string("FIREWALL_ALLOW_RULE")) {
                    QCOMPARE(f.edit.steps[0].previousText, std::string("spokes-and-branch"));
                    QCOMPARE(f.edit.steps[0].firewallRule.ipProtocols, std::vector<std::string>{"UDP"});
                    QVERIFY(f.azureCli.find("--rule-type NetworkRule") != std::string::npos);
                }
    }

    // A private endpoint's /32 beats the 0/0 user route to the firewall: said, not hidden.
    void privateEndpointBypassIsSaid() {
        auto n = network(fromFile("resources/examples/08-firewall-hub-private-endpoint.pathlight.json"));
        const Trace t = traceFlow(*n, FlowSpec::fromFlow(*n->index().flow("f-web-sql-local")));
        QCOMPARE(t.verdict, Verdict::Delivered);
        QVERIFY(hasFinding(t, finding::kPrivateEndpointBypass));
        const Trace viaFirewall = traceFlow(*n, FlowSpec::fromFlow(*n->index().flow("f-db-sql")));
        QVERIFY(!hasFinding(viaFirewall, finding::kPrivateEndpointBypass));
        QVERIFY(!hasFinding(viaFirewall, finding::kPrivateEndpointNoSnat)); // the application rule translated
        // T44 (d): a network rule keeps the source: delivered, with the documented warning.
        auto t44 =
            network(fromFile("tests/regressions/v2/t44-private-endpoint-through-firewall.pathlight.json"));
        const Trace noSnat = traceFlow(*t44, FlowSpec::fromFlow(*t44->index().flow("f44d-network-rule")));
        QCOMPARE(noSnat.verdict, Verdict::Delivered);
        QVERIFY(hasFinding(noSnat, finding::kPrivateEndpointNoSnat));
    }

    // ESP is filtered by NSGs like any protocol, without ports (§18).
    void espThroughNsgs() {
        auto n = network(R"(
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "a", "addressPrefix": "10.0.1.0/24"}, {"id": "b", "addressPrefix": "10.0.2.0/24", "nsg": "n"}]}],
  "nsgs": [{"id": "n", "securityRules": [{"name": "deny-esp", "priority": 100, "direction": "Inbound", "access": "Deny", "protocol": "Esp",
            "sourceAddressPrefixes": ["*"], "sourcePortRanges": ["*"], "destinationAddressPrefixes": ["*"], "destinationPortRanges": ["*"]}]}],
  "vms": [{"id": "x", "nics": [{"id": "xn", "subnet": "a", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]},
          {"id": "y", "nics": [{"id": "yn", "subnet": "b", "ipConfigurations": [{"privateIp": "10.0.2.4"}]}]}])");
        QCOMPARE(trace(*n, "x", "y", 0, Protocol::Esp).verdict, Verdict::Denied);
        QCOMPARE(trace(*n, "x", "y", 0, Protocol::Ah).verdict, Verdict::Delivered);
        QCOMPARE(trace(*n, "x", "y", 443, Protocol::Tcp).verdict, Verdict::Delivered);
    }
};

QTEST_APPLESS_MAIN(TestVersion2)
#include "tst_version2.moc"
