// Regression: every flow of every example scenario traces to its `expect`, and the details each
// scenario states (apparent source, findings, path) hold (shared/spec/scenarios.md).

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "trace/trace_check.h"
#include "validation/lints.h"
#endif

#include <QDir>

using namespace pathlight;
using namespace pathlight::test;

namespace {
std::shared_ptr<const Network> exampleNetwork(const std::string& name) {
    LoadResult r = loadTopologyFromFile(sourceDir() + "/resources/examples/" + name + ".pathlight.json");
    if (!r.ok()) throw std::runtime_error("example does not load: " + errorsOf(r));
    return network(std::move(*r.topology));
}
Trace flow(const Network& n, const char* id) {
    return traceFlow(n, FlowSpec::fromFlow(*n.index().flow(id)));
}
bool passesThrough(const Trace& t, const char* node) {
    for (const auto& h : t.hops)
        if (h.node == node) return true;
    return false;
}
} // namespace

class TestScenarios : public QObject {
    Q_OBJECT
private slots:
    void everyFlowMatchesItsExpectation_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("flowId");
        int flows = 0;
        // The examples and the field cases (shared/field, kept in tests/regressions/field).
        // And the version 2 oracles of azure-facts-2 (T36-T49, re-addressed: tests/regressions/v2).
        for (const char* folder :
             {"/resources/examples", "/tests/regressions/field", "/tests/regressions/v2"}) {
            QDir dir(QString::fromStdString(sourceDir() + folder));
            for (const auto& f : dir.entryList({"*.pathlight.json"})) {
                LoadResult r = loadTopologyFromFile(dir.filePath(f).toStdString());
                QVERIFY(r.ok());
                for (const auto& fl : r.topology->flows) {
                    QVERIFY2(!fl.expect.empty(), qPrintable(f + ": flow without expect"));
                    QTest::newRow(qPrintable(f + " " + QString::fromStdString(fl.id)))
                        << dir.filePath(f) << QString::fromStdString(fl.id);
                    ++flows;
                }
            }
        }
        QVERIFY(flows >= 38);
    }
    void everyFlowMatchesItsExpectation() {
        QFETCH(QString, file);
        QFETCH(QString, flowId);
        LoadResult r = loadTopologyFromFile(file.toStdString());
        auto n = network(std::move(*r.topology));
        const Trace t = traceFlow(*n, FlowSpec::fromFlow(*n->index().flow(flowId.toStdString())));
        // Well formed (Batfish-style): hops at real objects, connected, a sentence where it stops.
        const auto problems = traceProblems(*n, t);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
        QVERIFY2(t.matchesExpectation(),
                 qPrintable("expected " + QString::fromStdString(t.expect) + ", " + describe(t)));
        // The oracle's apparent source: an address, or a firewall's subnet for "one of its
        // instance addresses" (any address of the prefix but the firewall's front end).
        const Flow& written = *n->index().flow(flowId.toStdString());
        if (const auto it = written.keys.find("expectSource"); it != written.keys.end()) {
            const std::string want = it->get<std::string>();
            QVERIFY2(t.apparentSource,
                     qPrintable("no apparent source, expected " + QString::fromStdString(want)));
            if (const auto prefix = Ipv4Prefix::parse(want); prefix && want.find('/') != std::string::npos) {
                QVERIFY2(
                    prefix->contains(*t.apparentSource),
                    qPrintable(QString::fromStdString(t.apparentSource->toString() + " not in " + want)));
                for (const auto& fw : n->topology().firewalls)
                    QVERIFY(firewallPrivateIp(n->topology(), fw) != t.apparentSource);
            } else {
                QCOMPARE(t.apparentSource->toString(), want);
            }
        }
        // The rule that decided: an NSG rule on the way, a firewall rule, or its default deny.
        if (const auto it = written.keys.find("expectRule"); it != written.keys.end()) {
            const std::string want = it->get<std::string>();
            bool found = false;
            for (const auto& h : t.hops) {
                for (const auto& d : h.nsg)
                    found = found || d.rule == want;
                if (h.firewall)
                    found = found || h.firewall->rule == want ||
                            (want == "default-deny" && h.firewall->defaultDeny());
            }
            QVERIFY2(found,
                     qPrintable("rule " + QString::fromStdString(want) + " did not decide: " + describe(t)));
        }
        // The oracle's path: the nodes the request crosses, in order (a peering against a tunnel).
        if (const auto it = written.keys.find("expectHops"); it != written.keys.end()) {
            std::vector<std::string> got;
            for (const auto& h : t.hops)
                got.push_back(h.node);
            QVERIFY2(got == it->get<std::vector<std::string>>(), qPrintable("path: " + describe(t)));
        }
        // A finding the oracle names (a warning that does not change the verdict, say).
        if (const auto it = written.keys.find("expectFinding"); it != written.keys.end())
            QVERIFY2(
                hasFinding(t, it->get<std::string>()),
                qPrintable(QString::fromStdString(it->get<std::string>()) + " not said: " + describe(t)));
        // Every trace starts at its source and never names a Route Server as a hop.
        QVERIFY(!t.hops.empty());
        for (const auto& h : t.hops)
            QVERIFY(h.kind != HopKind::RouteServer || &h == &t.hops.back());
    }

    void s1ForcedTunnelingKms() {
        auto n = exampleNetwork("01-forced-tunneling-kms");
        const Trace t = flow(*n, "f-kms");
        QCOMPARE(t.apparentSource->toString(), std::string("203.0.113.10"));
        QVERIFY(hasFinding(t, finding::kForcedTunnel) && hasFinding(t, finding::kSourceNotAzurePublic));
        QVERIFY((std::vector<std::string>{t.hops[0].node, t.hops[1].node, t.hops[2].node, t.hops[3].node,
                                          t.hops[4].node} ==
                 std::vector<std::string>{"vm-win", "gw-er", "er-circuit", "onprem", "azure-kms"}));
        for (const auto& f : t.findings)
            if (f.code == finding::kForcedTunnel) QVERIFY(f.severity != Severity::Error);
        const Trace web = flow(*n, "f-web");
        QVERIFY(hasFinding(web, finding::kForcedTunnel));
        QCOMPARE(web.findings.front().severity, Severity::Info);
    }

    void s2HiddenKmsAllowance() {
        auto n = exampleNetwork("02-nsg-does-not-stop-kms");
        const Trace t = flow(*n, "f-kms-1688");
        QVERIFY(hasFinding(t, finding::kHiddenPlatformAllow));
        const NsgDecision& d = t.hops[0].nsg[0];
        QCOMPARE(d.rule, std::string("Deny-Internet-Outbound"));
        QVERIFY(d.hidden);
        QCOMPARE(d.ipFlowVerify, Access::Deny);
        const Trace port1687 = flow(*n, "f-kms-1687");
        QCOMPARE(port1687.hops[0].nsg[0].rule, std::string("Deny-Internet-Outbound"));
        QVERIFY(!port1687.hops[0].nsg[0].hidden);
        QVERIFY(hasFinding(port1687, finding::kNsgDeny));
        QCOMPARE(flow(*n, "f-kms-lkm-denied").hops[0].nsg[0].rule, std::string("Deny-Licensing"));
    }

    void s3AppGatewayInstances() {
        auto n = exampleNetwork("03-appgw-probes-blocked");
        const Trace t = flow(*n, "f-probe");
        QCOMPARE(t.apparentSource->toString(), std::string("10.8.48.4"));
        QVERIFY(hasFinding(t, finding::kAppGwInstanceSource));
        QVERIFY(hasFinding(t, finding::kBroadServiceTag));
        // Both: why the rule misses (instances, not the frontend) and the deny that stopped it
        // (issue 13), each with its own remedy.
        QVERIFY(hasFinding(t, finding::kNsgDeny));
        QCOMPARE(t.verdict, Verdict::Denied);
        // The direction reads as a word of the sentence, not Azure's property value.
        for (const auto& f : t.findings)
            if (f.code == finding::kNsgDeny) {
                const std::string text = f.message.english();
                QVERIFY2(text.find("this inbound traffic") != std::string::npos, text.c_str());
            }
    }

    void s4SecondaryNic() {
        auto n = exampleNetwork("04-secondary-nic-no-gateway");
        const Trace t = flow(*n, "f-secondary");
        QVERIFY(hasFinding(t, finding::kNoGuestGateway));
        QCOMPARE(t.hops[0].nic, std::string("nic-iis-2"));
    }

    void s5RouteServerNva() {
        auto n = exampleNetwork("05-route-server-nva-forced-tunnel");
        const Trace t = flow(*n, "f-internet");
        QCOMPARE(t.apparentSource->toString(), std::string("20.210.1.10"));
        for (const char* node : {"gw-cloud", "er-lab", "gw-onprem", "vm-nva100"})
            QVERIFY2(passesThrough(t, node), node);
        QVERIFY(!passesThrough(t, "rs"));
        QVERIFY(hasFinding(t, finding::kForcedTunnel));
        // The client's default route is learned over ExpressRoute and comes from the NVA.
        QCOMPARE(t.hops[0].route->nextHopType, std::string("VirtualNetworkGateway"));
    }

    void s6VpnForcedTunnel() {
        auto n = exampleNetwork("06-vpn-bgp-forced-tunnel");
        const Trace browse = flow(*n, "f-browse");
        QCOMPARE(browse.apparentSource->toString(), std::string("198.51.100.7"));
        QVERIFY(hasFinding(browse, finding::kForcedTunnel));
        QVERIFY(hasFinding(flow(*n, "f-rdp-in"), finding::kAsymmetricReturn));
    }

    void s7MicrosoftPeering() {
        auto n = exampleNetwork("07-arc-microsoft-peering");
        QVERIFY(hasFinding(flow(*n, "f-agentserviceapi"), finding::kMsPeeringNotAdvertised));
        for (const char* id : {"f-login-microsoftonline", "f-management", "f-his-global"})
            QCOMPARE(flow(*n, id).apparentSource->toString(), std::string("203.0.113.100"));
    }

    // field/08: a user route to VirtualNetworkGateway while ExpressRoute and VPN gateways coexist
    // is refused by Azure (azure-facts §1.4, UDR): a lint error, and the trace follows what Azure
    // deploys (the ExpressRoute path), naming the refused route.
    void f8GatewayUdrForbiddenWhileGatewaysCoexist() {
        LoadResult r = loadTopologyFromFile(sourceDir() +
                                            "/tests/regressions/field/08-er-vpn-coexistence.pathlight.json");
        QVERIFY(r.ok());
        bool linted = false;
        for (const auto& d : lintTopology(*r.topology, EndpointCatalog::builtIn()))
            linted = linted || (d.code == "GATEWAY_UDR_FORBIDDEN" && d.severity == Severity::Error);
        QVERIFY(linted);
        auto n = network(std::move(*r.topology));
        const Trace t = flow(*n, "f-8-udr");
        QCOMPARE(t.verdict, Verdict::Delivered);
        QVERIFY(hasFinding(t, finding::kGatewayUdrForbidden));
        QCOMPARE(t.hops.at(1).node, std::string("gw-er8")); // not the VPN gateway
        // The refused route is not among the subnet's effective routes.
        for (const auto& row : n->subnetRoutes("snet-8udr")->table())
            QVERIFY(row.name != "onprem-via-vpn");
        QVERIFY(!hasFinding(flow(*n, "f-8-hq"), finding::kGatewayUdrForbidden));
    }
};

QTEST_APPLESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
