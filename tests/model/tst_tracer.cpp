// The forwarding walk: egress precedence, appliances, gateways, sites, loops, and the stated
// variants of the seed scenarios (azure-facts T19, T20, T30, T33, T34; scenarios.md).

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "analysis/reachability.h"
#include "report/trace_json.h"
#endif

using namespace pathlight;
using namespace pathlight::test;

namespace {

Topology example(const char* name) {
    LoadResult r = loadTopologyFromFile(sourceDir() + "/resources/examples/" + name + ".pathlight.json");
    if (!r.ok()) throw std::runtime_error("example does not load");
    return std::move(*r.topology);
}

Trace flow(const Network& n, const char* id) {
    return traceFlow(n, FlowSpec::fromFlow(*n.index().flow(id)));
}

Vm& vm(Topology& t, const char* id) {
    for (auto& v : t.vms)
        if (v.id == id) return v;
    throw std::runtime_error("no vm");
}

std::vector<std::string> nodes(const Trace& t) {
    std::vector<std::string> out;
    for (const auto& h : t.hops)
        out.push_back(h.node);
    return out;
}

std::string egress(const std::string& subnetExtra, const std::string& nicExtra,
                   const std::string& more = {}) {
    return R"(
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.0.1.0/24")" +
           subnetExtra + R"(}]}],
  "natGateways": [{"id": "nat", "publicIps": ["20.5.5.5"]}],
  "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4")" +
           nicExtra + R"(}]}]}])" + more;
}

} // namespace

class TestTracer : public QObject {
    Q_OBJECT
private slots:
    // The reachability matrix (the model's, the view only draws it): rows are the non-NVA VMs and
    // the hosts, columns add the endpoints, and each cell is the trace of that pair.
    void reachabilityMatrixTracesEveryPair() {
        for (const char* name : {"01-forced-tunneling-kms", "05-route-server-nva-forced-tunnel"}) {
            Topology t = example(name);
            auto n = network(t);
            const Reachability r = reachabilityMatrix(*n, Protocol::Tcp, 443);
            std::size_t workloads = 0;
            for (const auto& vm : n->topology().vms)
                workloads += !vm.nva;
            for (const auto& site : n->topology().sites)
                workloads += site.hosts.size();
            QCOMPARE(r.sources.size(), workloads);
            QCOMPARE(r.destinations.size(), workloads + n->topology().endpoints.size());
            QCOMPARE(r.cells.size(), r.sources.size() * r.destinations.size());
            for (std::size_t s = 0; s < r.sources.size(); ++s)
                for (std::size_t d = 0; d < r.destinations.size(); ++d) {
                    if (r.sources[s] == r.destinations[d]) {
                        QVERIFY(r.self(s, d)); // not traced: the packet never leaves the machine
                        QVERIFY(r.cell(s, d).hops.empty());
                        continue;
                    }
                    QVERIFY(!r.self(s, d));
                    FlowSpec spec;
                    spec.source = r.sources[s];
                    spec.destination = r.destinations[d];
                    spec.port = 443;
                    QCOMPARE(r.cell(s, d).verdict, traceFlow(*n, spec).verdict);
                }
        }
        Topology big = example("01-forced-tunneling-kms");
        auto n = network(big);
        const Reachability cut = reachabilityMatrix(*n, Protocol::Tcp, 443, 1);
        QCOMPARE(cut.sources.size(), std::size_t(1));
        QVERIFY(cut.sourcesTruncated || n->topology().vms.size() + n->topology().sites.size() <= 1);
    }

    // T19: NAT gateway > instance public IP > default outbound access > nothing.
    void t19OutboundPrecedence() {
        const Trace nat = trace(*network(egress(R"(, "natGateway": "nat")", R"(, "publicIp": "20.9.9.9")")),
                                "vm", "8.8.8.8");
        QCOMPARE(nat.apparentSource->toString(), std::string("20.5.5.5"));
        QCOMPARE(nat.apparentSourceKind, SourceKind::NatGateway);
        QVERIFY((nodes(nat) == std::vector<std::string>{"vm", "nat", "internet"}));
        const Trace pip = trace(*network(egress("", R"(, "publicIp": "20.9.9.9")")), "vm", "8.8.8.8");
        QCOMPARE(pip.apparentSource->toString(), std::string("20.9.9.9"));
        const Trace doa = trace(*network(egress("", "")), "vm", "8.8.8.8");
        QCOMPARE(doa.verdict, Verdict::Delivered);
        QVERIFY(!doa.apparentSource.has_value());
        QCOMPARE(doa.apparentSourceKind, SourceKind::DefaultOutboundAccess);
        QVERIFY(doa.apparentSourceIsAzurePublic);
        const Trace none =
            trace(*network(egress(R"(, "defaultOutboundAccess": false)", "")), "vm", "8.8.8.8");
        QCOMPARE(none.verdict, Verdict::Dropped);
        QVERIFY(hasFinding(none, finding::kNoEgress));
    }

    // T20: a private subnet's Internet-next-hop UDR needs an explicit outbound method.
    void t20PrivateSubnetKms() {
        auto n = network(egress(R"(, "defaultOutboundAccess": false, "routeTable": "rt")", "", R"(,
          "routeTables": [{"id": "rt", "routes": [{"name": "kms", "addressPrefix": "20.118.99.224/32", "nextHopType": "Internet"}]}])"));
        const Trace t = trace(*n, "vm", "azure-kms", 1688);
        QCOMPARE(t.verdict, Verdict::Dropped);
        QVERIFY(hasFinding(t, finding::kNoEgress));
    }

    // T30: static VPN sites, default site and UDR-selected forced tunneling.
    void t30DefaultSite() {
        auto n = network(R"(
  "sites": [{"id": "hq", "addressSpace": ["192.168.1.0/24"], "edge": {"publicIps": ["111.111.111.111"]}},
            {"id": "branch1", "addressSpace": ["192.168.2.0/24"]}, {"id": "branch2", "addressSpace": ["192.168.3.0/24"], "hosts": [{"id": "b2host", "ip": "192.168.3.5"}]},
            {"id": "branch3", "addressSpace": ["192.168.4.0/24"]}],
  "vnets": [{"id": "multitier", "addressSpace": ["10.1.0.0/16"], "subnets": [
     {"id": "frontend", "addressPrefix": "10.1.0.0/24"}, {"id": "midtier", "addressPrefix": "10.1.1.0/24", "routeTable": "ft"},
     {"id": "backend", "addressPrefix": "10.1.2.0/24", "routeTable": "ft"}, {"id": "gws", "name": "GatewaySubnet", "addressPrefix": "10.1.200.0/28"}]}],
  "gateways": [{"id": "vpn", "type": "Vpn", "vnet": "multitier", "defaultSite": "hq"}],
  "connections": [{"id": "c1", "type": "Vpn", "gateway": "vpn", "site": "hq"}, {"id": "c2", "type": "Vpn", "gateway": "vpn", "site": "branch1"},
                  {"id": "c3", "type": "Vpn", "gateway": "vpn", "site": "branch2"}, {"id": "c4", "type": "Vpn", "gateway": "vpn", "site": "branch3"}],
  "routeTables": [{"id": "ft", "routes": [{"name": "DefaultRoute", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualNetworkGateway"}]}],
  "vms": [{"id": "fe", "nics": [{"id": "fe-nic", "subnet": "frontend", "ipConfigurations": [{"privateIp": "10.1.0.4"}]}]},
          {"id": "mid", "nics": [{"id": "mid-nic", "subnet": "midtier", "ipConfigurations": [{"privateIp": "10.1.1.4"}]}]},
          {"id": "be", "nics": [{"id": "be-nic", "subnet": "backend", "ipConfigurations": [{"privateIp": "10.1.2.4"}]}]}])");
        for (const char* source : {"mid", "be"}) {
            const Trace t = trace(*n, source, "8.8.8.8");
            QVERIFY2(t.verdict == Verdict::Delivered, qPrintable(describe(t)));
            QVERIFY((nodes(t) == std::vector<std::string>{source, "vpn", "hq", "internet"}));
            QCOMPARE(t.apparentSource->toString(), std::string("111.111.111.111"));
            QVERIFY(hasFinding(t, finding::kForcedTunnel));
        }
        const Trace fe = trace(*n, "fe", "8.8.8.8");
        QVERIFY((nodes(fe) == std::vector<std::string>{"fe", "internet"}));
        for (const char* source : {"fe", "mid", "be"}) {
            const Trace t = trace(*n, source, "192.168.3.5");
            QVERIFY2(t.verdict == Verdict::Delivered, qPrintable(describe(t)));
            QVERIFY((nodes(t) == std::vector<std::string>{source, "vpn", "branch2", "b2host"}));
        }
    }

    // Scenario 5 and T8: without the NVA subnet's UDR the NVA loops on the route it announced.
    void scenario5WithoutNvaRouteLoops() {
        Topology t = example("05-route-server-nva-forced-tunnel");
        for (auto& v : t.vnets)
            for (auto& s : v.subnets)
                s.routeTable.clear();
        auto n = network(std::move(t));
        const Trace tr = flow(*n, "f-internet");
        QCOMPARE(tr.verdict, Verdict::Loop);
        QVERIFY(hasFinding(tr, finding::kNvaRouteLoop));
        QCOMPARE(flow(*n, "f-nva-own").verdict, Verdict::Loop);
        // The NVA subnet's effective default route is the NVA itself (T8).
        const EffectiveRoute* d = n->subnetRoutes("snet-nva")->defaultRoute();
        QCOMPARE(d->origin, RouteOrigin::RouteServer);
        QCOMPARE(d->nextHopIps.front().toString(), std::string("10.100.0.10"));
    }

    // Scenario 5 and T34: IP forwarding off in Azure, or in the guest.
    void scenario5IpForwardingOff() {
        Topology azure = example("05-route-server-nva-forced-tunnel");
        vm(azure, "vm-nva100").nics[0].enableIPForwarding = false;
        const Trace a = flow(*network(std::move(azure)), "f-internet");
        QCOMPARE(a.verdict, Verdict::Dropped);
        QVERIFY(hasFinding(a, finding::kIpForwardingDisabled));
        QCOMPARE(a.findings.back().object, std::string("nic-nva100"));

        Topology guest = example("05-route-server-nva-forced-tunnel");
        vm(guest, "vm-nva100").nva->osIpForwarding = false;
        const Trace g = flow(*network(std::move(guest)), "f-internet");
        QCOMPARE(g.verdict, Verdict::Dropped);
        QVERIFY(hasFinding(g, finding::kIpForwardingDisabled));
    }

    // NVA without SNAT: Azure's egress translates only the NIC's own addresses.
    void nvaWithoutSnatHasNoEgress() {
        Topology t = example("05-route-server-nva-forced-tunnel");
        vm(t, "vm-nva100").nva->snat->enabled = false;
        const Trace tr = flow(*network(std::move(t)), "f-internet");
        QCOMPARE(tr.verdict, Verdict::Dropped);
        QVERIFY(hasFinding(tr, finding::kNoEgress));
    }

    // Scenario 6's other method: a default site without BGP gives the same result.
    void scenario6DefaultSiteVariant() {
        Topology t = example("06-vpn-bgp-forced-tunnel");
        t.connections[0].bgp = false;
        t.sites[0].bgp.reset();
        t.gateways[0].defaultSite = "rtx";
        t.routeTables.push_back(RouteTable{});
        t.routeTables.back().id = "rt-ft";
        Route r;
        r.name = "default-to-gateway";
        r.addressPrefix = Ipv4Prefix();
        r.nextHopType = NextHopType::VirtualNetworkGateway;
        t.routeTables.back().routes.push_back(r);
        t.vnets[0].subnets[1].routeTable = "rt-ft";
        auto n = network(std::move(t));
        const Trace browse = flow(*n, "f-browse");
        QVERIFY2(browse.verdict == Verdict::Delivered, qPrintable(describe(browse)));
        QCOMPARE(browse.apparentSource->toString(), std::string("198.51.100.7"));
        QCOMPARE(flow(*n, "f-rdp-in").verdict, Verdict::Asymmetric);
        QCOMPARE(flow(*n, "f-kms").verdict, Verdict::Rejected);
    }

    // Scenario 1 fixed by hand: /32 KMS routes on the VM subnet, other Internet traffic unchanged.
    void scenario1KmsRoutes() {
        Topology t = example("01-forced-tunneling-kms");
        RouteTable rt;
        rt.id = "rt-kms";
        for (const char* ip : {"20.118.99.224", "40.83.235.53", "23.102.135.246"}) {
            Route r;
            r.name = std::string("kms-") + ip;
            r.addressPrefix = *Ipv4Prefix::parse(std::string(ip) + "/32");
            r.nextHopType = NextHopType::Internet;
            rt.routes.push_back(r);
        }
        t.routeTables.push_back(rt);
        t.vnets[0].subnets[1].routeTable = "rt-kms";
        auto n = network(std::move(t));
        const Trace kms = flow(*n, "f-kms");
        QCOMPARE(kms.verdict, Verdict::Delivered);
        QVERIFY(kms.apparentSourceIsAzurePublic);
        QCOMPARE(flow(*n, "f-kms-legacy").verdict, Verdict::Delivered);
        QCOMPARE(flow(*n, "f-web").apparentSource->toString(), std::string("203.0.113.10"));
        QCOMPARE(flow(*n, "f-suse").verdict, Verdict::Rejected); // the update prefixes need their own routes
    }

    // Scenario 7: adding the community to the route filter makes the endpoint reachable.
    void scenario7RouteFilter() {
        Topology t = example("07-arc-microsoft-peering");
        t.circuits[0].microsoftPeering->routeFilter.push_back("12076:51004");
        const Trace tr = flow(*network(std::move(t)), "f-agentserviceapi");
        QCOMPARE(tr.verdict, Verdict::Delivered);
        QCOMPARE(tr.apparentSource->toString(), std::string("203.0.113.100"));
    }

    // Scenario 3: allowing the gateway subnet prefix lets probes through.
    void scenario3AllowSubnet() {
        Topology t = example("03-appgw-probes-blocked");
        t.nsgs[0].securityRules[0].sourceAddressPrefixes = {"10.8.48.0/24"};
        QCOMPARE(flow(*network(std::move(t)), "f-probe").verdict, Verdict::Delivered);
    }

    // T23: a private backend sees an instance address, a public one the frontend public IP.
    void t23AppGatewayBackendSource() {
        auto n = network(R"(
  "vnets": [{"id": "v", "addressSpace": ["10.1.0.0/16"], "subnets": [{"id": "agw", "addressPrefix": "10.1.0.0/24"}, {"id": "be", "addressPrefix": "10.1.2.0/24"}]}],
  "appGateways": [{"id": "a", "subnet": "agw", "frontendPrivateIp": "10.1.0.200", "frontendPublicIp": "20.30.40.50", "instanceIps": ["10.1.0.4", "10.1.0.5"]}],
  "vms": [{"id": "web", "nics": [{"id": "n", "subnet": "be", "ipConfigurations": [{"privateIp": "10.1.2.4"}]}]}])");
        const Trace priv = trace(*n, "a", "web", 80);
        QCOMPARE(priv.verdict, Verdict::Delivered);
        QCOMPARE(priv.apparentSource->toString(), std::string("10.1.0.4"));
        const Trace pub = trace(*n, "a", "93.184.216.34", 443);
        QCOMPARE(pub.verdict, Verdict::Delivered);
        QCOMPARE(pub.apparentSource->toString(), std::string("20.30.40.50"));
    }

    // T28: Microsoft peering with no route filter learns nothing; with Internet access the
    // site still reaches the service through its edge.
    void t28EmptyRouteFilter() {
        Topology t = example("07-arc-microsoft-peering");
        t.circuits[0].microsoftPeering->routeFilter.clear();
        auto closed = network(t);
        QCOMPARE(flow(*closed, "f-login-microsoftonline").verdict, Verdict::NoRoute);
        t.sites[0].edge->internetAccess = true;
        const Trace open = flow(*network(std::move(t)), "f-login-microsoftonline");
        QCOMPARE(open.verdict, Verdict::Delivered);
        QCOMPARE(open.apparentSource->toString(), std::string("203.0.113.50"));
    }

    void noOwnerIsDropped() {
        auto n = network(egress("", ""));
        const Trace t = trace(*n, "vm", "10.0.1.77", 22);
        QCOMPARE(t.verdict, Verdict::Dropped);
        QVERIFY(hasFinding(t, finding::kNoOwner));
        QCOMPARE(trace(*n, "vm", "10.99.0.1", 22).verdict, Verdict::NoRoute); // reserved None route
    }

    void routingLoopBetweenAppliances() {
        auto n = network(R"(
  "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "a", "addressPrefix": "10.0.1.0/24", "routeTable": "to-b"}, {"id": "b", "addressPrefix": "10.0.2.0/24", "routeTable": "to-a"},
     {"id": "c", "addressPrefix": "10.0.3.0/24", "routeTable": "to-a"}]}],
  "routeTables": [{"id": "to-a", "routes": [{"name": "x", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4"}]},
                  {"id": "to-b", "routes": [{"name": "y", "addressPrefix": "0.0.0.0/0", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.2.4"}]}],
  "vms": [{"id": "nva-a", "nics": [{"id": "na", "subnet": "a", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": "10.0.1.4"}]}], "nva": {"osIpForwarding": true}},
          {"id": "nva-b", "nics": [{"id": "nb", "subnet": "b", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": "10.0.2.4"}]}], "nva": {"osIpForwarding": true}},
          {"id": "client", "nics": [{"id": "nc", "subnet": "c", "ipConfigurations": [{"privateIp": "10.0.3.4"}]}]}])");
        const Trace t = trace(*n, "client", "8.8.8.8");
        QCOMPARE(t.verdict, Verdict::Loop);
        QVERIFY(hasFinding(t, finding::kRoutingLoop));
        QVERIFY(t.hops.size() < 10);
    }

    void badFlowsThrow() {
        auto n = network(egress("", ""));
        QVERIFY_THROWS_EXCEPTION(TraceInputError, trace(*n, "vm", "no.such.fqdn"));
        QVERIFY_THROWS_EXCEPTION(TraceInputError, trace(*n, "10.77.0.1", "8.8.8.8"));
        QVERIFY_THROWS_EXCEPTION(TraceInputError, trace(*n, "s", "8.8.8.8"));
        QVERIFY_THROWS_EXCEPTION(TraceInputError, trace(*n, "what?", "8.8.8.8"));
    }

    // The contract's JSON keys.
    void jsonShape() {
        auto n = network(example("02-nsg-does-not-stop-kms"));
        const auto j = tracesToJson({flow(*n, "f-kms-1688")});
        const auto& f = j["flows"][0];
        for (const char* key : {"id", "verdict", "apparentSourceIp", "hops", "findings", "fixes"})
            QVERIFY2(f.contains(key), key);
        const auto& hop = f["hops"][0];
        for (const char* key : {"node", "route", "nsg", "translatedSource", "nic"})
            QVERIFY2(hop.contains(key), key);
        const auto& nsg = hop["nsg"][0];
        for (const char* key : {"nsg", "rule", "priority", "access", "hidden", "ipFlowVerify", "direction"})
            QVERIFY2(nsg.contains(key), key);
        QCOMPARE(nsg["hidden"].get<bool>(), true);
        QCOMPARE(nsg["ipFlowVerify"].get<std::string>(), std::string("Deny"));
        QCOMPARE(nsg["access"].get<std::string>(), std::string("Allow"));
        for (const char* key : {"source", "state", "addressPrefix", "nextHopType", "nextHopIpAddress"})
            QVERIFY2(hop["route"].contains(key), key);
        const auto& finding = f["findings"][0];
        for (const char* key : {"code", "severity", "message", "hop"})
            QVERIFY2(finding.contains(key), key);
        QCOMPARE(f["findings"][0]["severity"].get<std::string>(), std::string("warning"));
    }
};

QTEST_APPLESS_MAIN(TestTracer)
#include "tst_tracer.moc"
