// NSG evaluation: order, default rules, service tags, hidden platform allowances
// (azure-facts §3-4, oracles T13-T18, T25).

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "security/effective_rules.h"
#endif

using namespace pathlight;
using namespace pathlight::test;

namespace {

std::string rule(const char* name, int priority, const char* dir, const char* access, const char* proto,
                 const char* src, const char* dst, const char* port) {
    return std::string(R"({"name": ")") + name + R"(", "priority": )" + std::to_string(priority) +
           R"(, "direction": ")" + dir + R"(", "access": ")" + access + R"(", "protocol": ")" + proto +
           R"(", "sourceAddressPrefixes": [")" + src +
           R"("], "sourcePortRanges": ["*"], "destinationAddressPrefixes": [")" + dst +
           R"("], "destinationPortRanges": [")" + port + R"("]})";
}

// T13's layout: Subnet1 (NSG1) with VM1 (NIC NSG2) and VM2; Subnet2 with VM3 (NIC NSG2); Subnet3 with VM4.
std::string t13(const std::string& nsg1Rules, const std::string& nsg2Rules) {
    return R"(
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "subnet1", "addressPrefix": "10.0.1.0/24", "nsg": "nsg1"},
     {"id": "subnet2", "addressPrefix": "10.0.2.0/24"},
     {"id": "subnet3", "addressPrefix": "10.0.3.0/24"}]}],
  "nsgs": [{"id": "nsg1", "securityRules": [)" +
           nsg1Rules + R"(]}, {"id": "nsg2", "securityRules": [)" + nsg2Rules + R"(]}],
  "vms": [
    {"id": "vm1", "nics": [{"id": "nic1", "subnet": "subnet1", "nsg": "nsg2", "ipConfigurations": [{"privateIp": "10.0.1.4", "publicIp": "20.0.0.1"}]}]},
    {"id": "vm2", "nics": [{"id": "nic2", "subnet": "subnet1", "ipConfigurations": [{"privateIp": "10.0.1.5", "publicIp": "20.0.0.2"}]}]},
    {"id": "vm3", "nics": [{"id": "nic3", "subnet": "subnet2", "nsg": "nsg2", "ipConfigurations": [{"privateIp": "10.0.2.4", "publicIp": "20.0.0.3"}]}]},
    {"id": "vm4", "nics": [{"id": "nic4", "subnet": "subnet3", "ipConfigurations": [{"privateIp": "10.0.3.4", "publicIp": "20.0.0.4"}]}]}])";
}

const NsgDecision& lastDecision(const Trace& t) {
    for (auto h = t.hops.rbegin(); h != t.hops.rend(); ++h)
        if (!h->nsg.empty()) return h->nsg.back();
    throw std::runtime_error("no NSG decision in the trace");
}

// A VM in a subnet whose route table and NSG the test supplies, plus a forced-tunnel option.
std::string kmsCase(const std::string& nsgRules, const std::string& routes, bool forcedTunnel) {
    std::string s = R"(
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "s", "addressPrefix": "10.0.1.0/24", "nsg": "nsg")" +
                    std::string(routes.empty() ? "" : R"(, "routeTable": "rt")") + R"(},
     {"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]}],
  "nsgs": [{"id": "nsg", "securityRules": [)" +
                    nsgRules + R"(]}],
  "vms": [{"id": "vm", "os": "windows", "nics": [{"id": "nic", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}])";
    if (!routes.empty()) s += R"(, "routeTables": [{"id": "rt", "routes": [)" + routes + "]}]";
    if (forcedTunnel)
        s +=
            R"(, "sites": [{"id": "dc", "addressSpace": ["192.168.0.0/16"], "bgp": {"asn": 65010, "advertise": ["192.168.0.0/16", "0.0.0.0/0"]},
                 "edge": {"publicIps": ["203.0.113.10"]}, "circuits": ["er"]}],
               "circuits": [{"id": "er"}],
               "gateways": [{"id": "ergw", "type": "ExpressRoute", "vnet": "v"}],
               "connections": [{"id": "c", "type": "ExpressRoute", "gateway": "ergw", "circuit": "er"}])";
    return s;
}

const std::string kKmsRoutes =
    R"({"name": "DirectRouteToKMS", "addressPrefix": "23.102.135.246/32", "nextHopType": "Internet"},
       {"name": "DirectRouteToAZKMS01", "addressPrefix": "20.118.99.224/32", "nextHopType": "Internet"},
       {"name": "DirectRouteToAZKMS02", "addressPrefix": "40.83.235.53/32", "nextHopType": "Internet"})";

} // namespace

class TestSecurity : public QObject {
    Q_OBJECT
private slots:
    // T13, inbound from the Internet with no custom rules.
    void t13InboundOrder() {
        auto n = network(t13("", ""));
        const Trace vm1 = trace(*n, "198.51.100.9", "20.0.0.1", 80);
        QCOMPARE(vm1.verdict, Verdict::Denied);
        QCOMPARE(vm1.hops.back().nsg.size(), std::size_t(1)); // NSG2 never evaluated
        QCOMPARE(lastDecision(vm1).nsg, std::string("nsg1"));
        QCOMPARE(lastDecision(vm1).rule, std::string("DenyAllInBound"));
        QCOMPARE(trace(*n, "198.51.100.9", "20.0.0.2", 80).verdict, Verdict::Denied);
        const Trace vm3 = trace(*n, "198.51.100.9", "20.0.0.3", 80);
        QCOMPARE(lastDecision(vm3).nsg, std::string("nsg2"));
        // VM4 has no NSG: a Standard public IP admits nothing (§6.4; T13's "allowed" is the retired Basic
        // SKU).
        const Trace vm4 = trace(*n, "198.51.100.9", "20.0.0.4", 80);
        QCOMPARE(vm4.verdict, Verdict::Denied);
        QVERIFY(hasFinding(vm4, finding::kPublicIpNoNsg));

        auto allow1 = network(t13(rule("web", 100, "Inbound", "Allow", "Tcp", "Internet", "*", "80"), ""));
        const Trace both = trace(*allow1, "198.51.100.9", "20.0.0.1", 80);
        QCOMPARE(both.verdict, Verdict::Denied);
        QCOMPARE(lastDecision(both).nsg, std::string("nsg2"));
        QCOMPARE(trace(*allow1, "198.51.100.9", "20.0.0.2", 80).verdict, Verdict::Delivered);
    }

    // T13, outbound.
    void t13OutboundOrder() {
        auto n = network(t13("", ""));
        for (const char* vm : {"vm1", "vm2", "vm3", "vm4"}) {
            const Trace t = trace(*n, vm, "93.184.216.34", 80);
            QVERIFY2(t.verdict == Verdict::Delivered, qPrintable(describe(t)));
            if (!t.hops.front().nsg.empty())
                QCOMPARE(t.hops.front().nsg.back().rule, std::string("AllowInternetOutBound"));
        }
        auto deny2 = network(t13("", rule("no-web", 100, "Outbound", "Deny", "Tcp", "*", "*", "80")));
        const Trace vm1 = trace(*deny2, "vm1", "93.184.216.34", 80);
        QCOMPARE(vm1.verdict, Verdict::Denied);
        QCOMPARE(vm1.hops.front().nsg.size(), std::size_t(1)); // NSG1 never evaluated
        QCOMPARE(trace(*deny2, "vm3", "93.184.216.34", 80).verdict, Verdict::Denied);
        QCOMPARE(trace(*deny2, "vm2", "93.184.216.34", 80).verdict, Verdict::Delivered);
    }

    // T14: default rule hits.
    void t14DefaultRules() {
        auto n = network(t13("", ""));
        const Trace intra = trace(*n, "vm3", "vm1", 22);
        QCOMPARE(intra.verdict, Verdict::Delivered);
        QCOMPARE(intra.hops.front().nsg.front().rule, std::string("AllowVnetOutBound"));
        QCOMPARE(lastDecision(intra).rule, std::string("AllowVnetInBound"));
        QCOMPARE(lastDecision(intra).priority, 65000);
        QCOMPARE(lastDecision(trace(*n, "198.51.100.9", "20.0.0.1", 443)).priority, 65500);
        // Probes from 168.63.129.16: the VirtualNetwork tag includes it (#38326), so with the
        // documented expansion AllowVnetInBound (65000) matches before AllowAzureLoadBalancerInBound.
        const NsgEvaluator& eval = n->nsgs();
        PacketHeader probe;
        probe.source = wellknown::kWireServer;
        probe.destination = Ipv4Address(10, 0, 1, 4);
        probe.destinationPort = 80;
        NsgContext ctx{n->subnetRoutes("subnet1"), false};
        QCOMPARE(eval.evaluate(0, Direction::Inbound, probe, ctx).access, Access::Allow);
        // A deny on VirtualNetwork therefore blocks probes (§3.3).
        auto denyVnet =
            network(t13(rule("no-vnet", 100, "Inbound", "Deny", "*", "VirtualNetwork", "*", "*"), ""));
        NsgContext ctx2{denyVnet->subnetRoutes("subnet1"), false};
        QCOMPARE(denyVnet->nsgs().evaluate(0, Direction::Inbound, probe, ctx2).rule, std::string("no-vnet"));
    }

    // T15: a 0.0.0.0/0 UDR makes VirtualNetwork cover everything.
    void t15VirtualNetworkUnderForcedTunnel() {
        auto n = network(R"(
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "s", "addressPrefix": "10.0.1.0/24", "nsg": "nsg", "routeTable": "rt"}, {"id": "fw", "addressPrefix": "10.0.9.0/24"}]}],
  "routeTables": [{"id": "rt", "routes": [{"name": "nva", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.9.4"}]}],
  "nsgs": [{"id": "nsg", "securityRules": [)" +
                         rule("allow-vnet", 100, "Outbound", "Allow", "*", "*", "VirtualNetwork", "*") + "," +
                         rule("deny-internet", 200, "Outbound", "Deny", "*", "*", "Internet", "*") + R"(]}],
  "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]},
          {"id": "nva", "nics": [{"id": "nn", "subnet": "fw", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": "10.0.9.4", "publicIp": "20.1.1.1"}]}],
           "nva": {"osIpForwarding": true, "snat": {"enabled": true}}}])");
        const Trace t = trace(*n, "vm", "8.8.8.8", 53, Protocol::Udp);
        QCOMPARE(t.hops.front().nsg.front().rule, std::string("allow-vnet"));
        QVERIFY(hasFinding(t, finding::kBroadServiceTag));
        QVERIFY2(t.verdict == Verdict::Delivered, qPrintable(describe(t)));
        QCOMPARE(t.apparentSource->toString(), std::string("20.1.1.1"));
    }

    // T16: a public on-premises prefix matches both Internet and VirtualNetwork.
    void t16PublicOnPremisesPrefix() {
        const std::string base = R"(
  "sites": [{"id": "dc", "addressSpace": ["150.1.0.0/16"], "hosts": [{"id": "srv", "ip": "150.1.2.3"}], "bgp": {"asn": 65010}, "circuits": ["er"]}],
  "circuits": [{"id": "er"}],
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.0.1.0/24", "nsg": "nsg"},
     {"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.0.255.0/27"}]}],
  "gateways": [{"id": "g", "type": "ExpressRoute", "vnet": "v"}],
  "connections": [{"id": "c", "type": "ExpressRoute", "gateway": "g", "circuit": "er"}],
  "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}],)";
        auto denied =
            network(base + R"("nsgs": [{"id": "nsg", "securityRules": [)" +
                    rule("deny-internet", 200, "Outbound", "Deny", "*", "*", "Internet", "*") + "]}]");
        QCOMPARE(trace(*denied, "vm", "srv", 443).verdict, Verdict::Denied);
        auto allowed =
            network(base + R"("nsgs": [{"id": "nsg", "securityRules": [)" +
                    rule("allow-vnet", 100, "Outbound", "Allow", "*", "*", "VirtualNetwork", "*") + "," +
                    rule("deny-internet", 200, "Outbound", "Deny", "*", "*", "Internet", "*") + "]}]");
        const Trace t = trace(*allowed, "vm", "srv", 443);
        QVERIFY2(t.verdict == Verdict::Delivered, qPrintable(describe(t)));
        QCOMPARE(t.hops.back().node, std::string("srv"));
    }

    // T17: platform addresses bypass NSGs (except AzurePlatform* tags) and UDRs.
    void t17PlatformBypass() {
        const std::string denyAll = rule("deny-all", 100, "Outbound", "Deny", "*", "*", "*", "*");
        const std::string udr =
            R"({"name": "nva", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.99"})";
        auto n = network(kmsCase(denyAll, udr, false));
        for (int port : {80, 32526}) {
            const Trace t = trace(*n, "vm", "168.63.129.16", port);
            QVERIFY2(t.verdict == Verdict::Delivered, qPrintable(describe(t)));
            QVERIFY(t.hops.front().nsg.front().hidden);
            QCOMPARE(t.hops.front().nsg.front().ipFlowVerify, Access::Deny);
            QCOMPARE(t.hops.size(), std::size_t(2)); // never sent to the NVA
        }
        QCOMPARE(trace(*n, "vm", "168.63.129.16", 53, Protocol::Udp).verdict, Verdict::Delivered);
        QCOMPARE(trace(*n, "vm", "169.254.169.254", 80).verdict, Verdict::Delivered);
        QCOMPARE(trace(*n, "vm", "168.63.129.16", 8080).verdict, Verdict::Denied); // not a platform port
        auto dnsDenied = network(
            kmsCase(rule("no-dns", 100, "Outbound", "Deny", "*", "*", "AzurePlatformDNS", "*"), "", false));
        QCOMPARE(trace(*dnsDenied, "vm", "168.63.129.16", 53, Protocol::Udp).verdict, Verdict::Denied);
        auto imdsDenied = network(
            kmsCase(rule("no-imds", 100, "Outbound", "Deny", "*", "*", "AzurePlatformIMDS", "*"), "", false));
        QCOMPARE(trace(*imdsDenied, "vm", "169.254.169.254", 80).verdict, Verdict::Denied);
    }

    // T18 and scenario 2: KMS's hidden allowance exists only while 0.0.0.0/0 goes to the Internet.
    void t18KmsUnderForcedTunnel() {
        const std::string denyInternet =
            rule("deny-internet", 200, "Outbound", "Deny", "*", "*", "Internet", "*");
        auto plain = network(kmsCase(denyInternet, "", false));
        const Trace hidden = trace(*plain, "vm", "azure-kms", 1688);
        QCOMPARE(hidden.verdict, Verdict::Delivered);
        QVERIFY(hasFinding(hidden, finding::kHiddenPlatformAllow));
        QCOMPARE(hidden.hops.front().nsg.front().platformAllowance, std::string("AzurePlatformLKM"));
        QCOMPARE(trace(*plain, "vm", "20.118.99.224", 1687).verdict, Verdict::Denied);

        auto tunnel = network(kmsCase("", "", true));
        const Trace rejected = trace(*tunnel, "vm", "azure-kms", 1688);
        QCOMPARE(rejected.verdict, Verdict::Rejected);
        QCOMPARE(rejected.apparentSource->toString(), std::string("203.0.113.10"));
        QVERIFY(hasFinding(rejected, finding::kForcedTunnel) &&
                hasFinding(rejected, finding::kSourceNotAzurePublic));

        // The documented fix: three /32 routes to the Internet.
        auto fixed = network(kmsCase("", kKmsRoutes, true));
        for (const char* kms : {"20.118.99.224", "40.83.235.53", "23.102.135.246"}) {
            const Trace t = trace(*fixed, "vm", kms, 1688);
            QVERIFY2(t.verdict == Verdict::Delivered, qPrintable(describe(t)));
            QVERIFY(t.apparentSourceIsAzurePublic);
            QCOMPARE(t.hops.front().route->source, std::string("User"));
        }
        QCOMPARE(trace(*fixed, "vm", "198.51.100.20", 443).apparentSource->toString(),
                 std::string("203.0.113.10"));

        // Forced tunnel + NSG deny Internet: the allowance is off, so even the /32 routes are denied.
        auto strict = network(kmsCase(denyInternet, kKmsRoutes, true));
        QCOMPARE(trace(*strict, "vm", "azure-kms", 1688).verdict, Verdict::Denied);
    }

    // T25: Application Gateway private deployment NSG (outbound part).
    void t25PrivateAppGatewayNsg() {
        auto n =
            network(R"(
  "vnets": [{"id": "v", "addressSpace": ["10.10.0.0/16"], "subnets": [{"id": "agw", "addressPrefix": "10.10.4.0/24", "nsg": "nsg"}]}],
  "nsgs": [{"id": "nsg", "securityRules": [)" +
                    rule("AllowHttp", 1028, "Inbound", "Allow", "Tcp", "*", "*", "80") + "," +
                    rule("AllowLB", 1045, "Inbound", "Allow", "*", "AzureLoadBalancer", "*", "*") + "," +
                    rule("DenyAllIn", 4095, "Inbound", "Deny", "*", "*", "*", "*") + "," +
                    rule("AllowTls", 400, "Outbound", "Allow", "Tcp", "10.10.4.0/24", "20.63.8.49", "443") +
                    "," + rule("AllowPeer", 401, "Outbound", "Allow", "Tcp", "*", "10.13.0.4", "80") + "," +
                    rule("DenyAllOut", 4096, "Outbound", "Deny", "*", "*", "*", "*") + R"(]}])");
        const NsgEvaluator& eval = n->nsgs();
        NsgContext ctx{n->subnetRoutes("agw"), false};
        auto out = [&](const char* dst, int port) {
            PacketHeader p;
            p.source = Ipv4Address(10, 10, 4, 4);
            p.destination = *Ipv4Address::parse(dst);
            p.destinationPort = port;
            return eval.evaluate(0, Direction::Outbound, p, ctx).access;
        };
        QCOMPARE(out("20.63.8.49", 443), Access::Allow);
        QCOMPARE(out("10.13.0.4", 80), Access::Allow);
        QCOMPARE(out("20.63.8.50", 443), Access::Deny);
        QCOMPARE(out("10.13.0.4", 8080), Access::Deny);
        PacketHeader in;
        in.source = Ipv4Address(198, 51, 100, 1);
        in.destination = Ipv4Address(10, 10, 4, 10);
        in.destinationPort = 80;
        QCOMPARE(eval.evaluate(0, Direction::Inbound, in, ctx).rule, std::string("AllowHttp"));
        in.destinationPort = 22;
        QCOMPARE(eval.evaluate(0, Direction::Inbound, in, ctx).rule, std::string("DenyAllIn"));
    }

    void portsAndProtocols() {
        auto n =
            network(kmsCase(rule("range", 100, "Outbound", "Deny", "Udp", "*", "*", "1000-2000"), "", false));
        QCOMPARE(trace(*n, "vm", "8.8.8.8", 1500, Protocol::Udp).verdict, Verdict::Denied);
        QCOMPARE(trace(*n, "vm", "8.8.8.8", 1500, Protocol::Tcp).verdict, Verdict::Delivered);
        QCOMPARE(trace(*n, "vm", "8.8.8.8", 2001, Protocol::Udp).verdict, Verdict::Delivered);
        QCOMPARE(trace(*n, "vm", "8.8.8.8", 999, Protocol::Udp).verdict, Verdict::Delivered);
    }

    // The effective rules list: subnet NSG first, its rules by direction and priority, defaults last.
    void effectiveRulesInAzuresOrder() {
        const Topology t = load(R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
              {"id": "s", "addressPrefix": "10.0.1.0/24", "nsg": "ns"}]}],
            "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "s", "nsg": "nn",
              "ipConfigurations": [{"name": "c", "privateIp": "10.0.1.4"}]}]}],
            "nsgs": [{"id": "ns", "securityRules": [
                       {"name": "b", "priority": 300, "direction": "Inbound", "access": "Deny", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"},
                       {"name": "a", "priority": 100, "direction": "Outbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"},
                       {"name": "c", "priority": 200, "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}]},
                     {"id": "nn"}])");
        const TopologyIndex index(t);
        const auto rules = effectiveSecurityRules(index, "nic");
        QCOMPARE(int(rules.size()), 3 + 6 + 6);
        QCOMPARE(rules[0].rule.name, std::string("c")); // inbound 200 before inbound 300
        QCOMPARE(rules[1].rule.name, std::string("b"));
        QCOMPARE(rules[2].rule.name, std::string("a"));
        QVERIFY(!rules[0].onNic && rules[0].associatedWith == "s");
        QVERIFY(rules[3].isDefault);
        QVERIFY(rules.back().onNic && rules.back().nsg == "nn" &&
                rules.back().rule.name == "DenyAllOutBound");
        QCOMPARE(int(effectiveSecurityRules(index, "s").size()), 9); // the subnet alone: its NSG
        QVERIFY(effectiveSecurityRules(index, "nothing").empty());
    }
};

QTEST_APPLESS_MAIN(TestSecurity)
#include "tst_security.moc"
