// The reply path (trace-contract.md, "Additions"): every delivered request is traced back, and
// the connection is asymmetric when the reply has no route, is dropped, arrives from another
// address or bypasses a stateful device the request crossed. Oracles: azure-facts §2.3, §4.1
// (NSGs are stateful), §8 (guest routing, NVAs); field case 14.

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "advice/fix_advisor.h"
#include "analysis/analysis.h"
#include "report/trace_json.h"
#endif

#include <QDir>

using namespace pathlight;
using namespace pathlight::test;

namespace {

// Spoke A (10.1.0.0/16) and spoke B (10.2.0.0/16) peered to a hub with an NVA at 10.0.1.4 and to
// each other; A's subnet sends B's space to the NVA (the user route beats the peering's). `nva` is the NVA's
// extra keys, `backRoute` B's user routes.
std::string hub(const std::string& nva, const std::string& backRoute, const std::string& nsg = {}) {
    return R"(
  "vnets": [
    {"id": "hub", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "hub-s", "addressPrefix": "10.0.1.0/24"}]},
    {"id": "a", "addressSpace": ["10.1.0.0/16"], "subnets": [{"id": "a-s", "addressPrefix": "10.1.1.0/24", "routeTable": "rt-a"}]},
    {"id": "b", "addressSpace": ["10.2.0.0/16"], "subnets": [{"id": "b-s", "addressPrefix": "10.2.1.0/24", "routeTable": "rt-b")" +
           nsg + R"(}]}],
  "peerings": [
    {"id": "p-a", "vnets": ["hub", "a"], "allowForwardedTraffic": true},
    {"id": "p-b", "vnets": ["hub", "b"], "allowForwardedTraffic": true},
    {"id": "p-ab", "vnets": ["a", "b"], "allowForwardedTraffic": true}],
  "routeTables": [
    {"id": "rt-a", "routes": [{"name": "to-b", "addressPrefix": "10.2.0.0/16", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4"}]},
    {"id": "rt-b", "routes": [)" +
           backRoute + R"(]}],
  "nsgs": [{"id": "nsg-b", "securityRules": [
    {"name": "Deny-A", "priority": 100, "direction": "Inbound", "access": "Deny", "protocol": "*",
     "sourceAddressPrefixes": ["10.9.0.0/16"], "destinationAddressPrefixes": ["*"], "sourcePortRanges": ["*"], "destinationPortRanges": ["*"]},
    {"name": "Deny-All-Out", "priority": 100, "direction": "Outbound", "access": "Deny", "protocol": "*",
     "sourceAddressPrefixes": ["*"], "destinationAddressPrefixes": ["*"], "sourcePortRanges": ["*"], "destinationPortRanges": ["*"]}]}],
  "vms": [
    {"id": "nva", "nva": {"osIpForwarding": true)" +
           nva +
           R"(}, "nics": [{"id": "nic-nva", "subnet": "hub-s", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]},
    {"id": "vm-a", "nics": [{"id": "nic-a", "subnet": "a-s", "ipConfigurations": [{"privateIp": "10.1.1.4"}]}]},
    {"id": "vm-b", "nics": [{"id": "nic-b", "subnet": "b-s", "ipConfigurations": [{"privateIp": "10.2.1.4"}]}]}])";
}

const char* kBackThroughNva =
    R"({"name": "to-a", "addressPrefix": "10.1.0.0/16", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4"})";

std::vector<std::string> returnNodes(const Trace& t) {
    std::vector<std::string> out;
    for (const auto& h : t.returnHops)
        out.push_back(h.node);
    return out;
}

} // namespace

class TestReply : public QObject {
    Q_OBJECT
private slots:
    // A stateful NVA the reply bypasses drops the connection; a plain router (a version 1 NVA
    // without SNAT, as in Azure's route-table tutorial) does not (azure-facts §8, field case 15).
    void replyBypassingAStatefulNvaIsAsymmetric() {
        const Trace stateful = trace(*network(hub(R"(, "stateful": true)", "")), "vm-a", "vm-b");
        QCOMPARE(stateful.verdict, Verdict::Asymmetric);
        QVERIFY(hasFinding(stateful, finding::kAsymmetricReturn));
        QVERIFY((returnNodes(stateful) == std::vector<std::string>{"vm-b", "vm-a"}));
        const Trace plain = trace(*network(hub("", "")), "vm-a", "vm-b");
        QCOMPARE(plain.verdict, Verdict::Delivered);
        // The same NVA on both paths: the connection completes, through it both ways.
        const Trace symmetric =
            trace(*network(hub(R"(, "stateful": true)", kBackThroughNva)), "vm-a", "vm-b");
        QCOMPARE(symmetric.verdict, Verdict::Delivered);
        QVERIFY((returnNodes(symmetric) == std::vector<std::string>{"vm-b", "nva", "vm-a"}));
        // A reply that crosses a stateful NVA the request did not: B → A is direct only for A.
        const Trace added = trace(*network(hub(R"(, "stateful": true)", kBackThroughNva)), "vm-b", "vm-a");
        QCOMPARE(added.verdict, Verdict::Delivered); // B's route sends the request through it too
    }

    // NSGs are stateful: an outbound deny-all on the destination's subnet does not stop the reply
    // of an allowed request, and the reply's hops carry no NSG decision (§4.1).
    void nsgsLetTheReplyPass() {
        const Trace t = trace(*network(hub("", kBackThroughNva, R"(, "nsg": "nsg-b")")), "vm-a", "vm-b");
        QCOMPARE(t.verdict, Verdict::Delivered);
        for (const auto& h : t.returnHops)
            QVERIFY(h.nsg.empty());
    }

    // An NVA's SNAT is undone where the reply reaches its address: the reply goes to the NVA,
    // which sends it on to the original client (the request's source).
    void snatIsUndoneOnTheWayBack() {
        const Trace t =
            trace(*network(hub(R"(, "stateful": true, "snat": {"enabled": true})", "")), "vm-a", "vm-b");
        QCOMPARE(t.verdict, Verdict::Delivered);
        QCOMPARE(t.apparentSource->toString(), std::string("10.0.1.4"));
        QVERIFY((returnNodes(t) == std::vector<std::string>{"vm-b", "nva", "vm-a"}));
        QCOMPARE(t.returnHops[1].after.destination->toString(), std::string("10.1.1.4"));
        QCOMPARE(t.returnHops.back().after.source->toString(), std::string("10.2.1.4"));
    }

    // A reply routed to None never comes back (§1.1): asymmetric, the reply's last hop says where.
    void replyWithoutRouteIsAsymmetric() {
        const Trace t = trace(
            *network(hub("", R"({"name": "drop-a", "addressPrefix": "10.1.0.0/16", "nextHopType": "None"})")),
            "vm-a", "vm-b");
        QCOMPARE(t.verdict, Verdict::Asymmetric);
        QVERIFY(hasFinding(t, finding::kAsymmetricReturn));
        QCOMPARE(t.returnHops.size(), std::size_t(1));
        QVERIFY(t.returnHops.back().step.sourceText && *t.returnHops.back().step.sourceText);
    }

    // The fixes for a stateful bypass, ranked: SNAT on the NVA, then a route back through it;
    // each verified to deliver the flow.
    void statefulBypassFixesVerify() {
        const Topology topology =
            load(hub(R"(, "stateful": true)", "") +
                 R"(, "flows": [{"id": "f", "source": "vm-a", "destination": "vm-b", "port": 443}])");
        Analysis analysis(topology, std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn()));
        const auto& fixes = analysis.fixes("f");
        QCOMPARE(fixes.size(), std::size_t(1));
        QCOMPARE(fixes[0].fixes.size(), std::size_t(2));
        QCOMPARE(fixes[0].fixes[0].fix.code, std::string(fixcode::kEnableNvaSnat));
        QCOMPARE(fixes[0].fixes[1].fix.code, std::string(fixcode::kReplyRouteThroughNva));
        for (const auto& v : fixes[0].fixes) {
            QVERIFY(v.verification && v.verification->error.empty());
            QVERIFY(v.verification->targetDelivered);
        }
    }

    // The NVA SNAT fix does what its commands do: private and platform destinations are excluded,
    // so its differential shows only the Internet flow changing (field case 15).
    void snatFixCarriesItsExclusions() {
        LoadResult r = loadTopologyFromFile(
            sourceDir() + "/tests/regressions/field/15-nva-no-snat-internet.pathlight.json");
        QVERIFY(r.ok());
        Analysis analysis(*r.topology, std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn()));
        const auto& fixes = analysis.fixes("f-pub-web");
        QVERIFY(!fixes.empty() && !fixes[0].fixes.empty());
        const VerifiedFix& snat = fixes[0].fixes[0];
        QCOMPARE(snat.fix.code, std::string(fixcode::kEnableNvaSnat));
        QVERIFY(snat.verification && snat.verification->targetDelivered);
        for (const auto& change : snat.verification->changes)
            QCOMPARE(change.flow, std::string("f-pub-web"));
        const auto& step = snat.fix.edit.steps.front();
        QVERIFY(step.setsExclusions);
        QCOMPARE(step.prefixes.size(), std::size_t(4));
        for (const auto& p : step.prefixes)
            QVERIFY(snat.fix.linuxCommand.find("-d " + p.toString() + " -j RETURN") != std::string::npos);
    }

    // A guest answers through the NIC that has its default gateway; a reply from a secondary
    // NIC's address leaving by the primary NIC is dropped (§8, field case 14), and the guest
    // route on the secondary NIC cures it.
    void guestAnswersThroughItsDefaultGateway() {
        LoadResult r = loadTopologyFromFile(
            sourceDir() + "/tests/regressions/field/14-secondary-nic-inbound.pathlight.json");
        QVERIFY(r.ok());
        Analysis analysis(*r.topology, std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn()));
        const Trace* t = analysis.trace("f-client-nic2");
        QVERIFY(t);
        QCOMPARE(t->verdict, Verdict::Asymmetric);
        QCOMPARE(t->returnHops.front().nic, std::string("nic-dual1"));
        const auto& fixes = analysis.fixes("f-client-nic2");
        QVERIFY(!fixes.empty() && !fixes[0].fixes.empty());
        QCOMPARE(fixes[0].fixes[0].fix.code, std::string(fixcode::kGuestRouteSecondaryNic));
        QVERIFY(fixes[0].fixes[0].verification->targetDelivered);
    }

    // The breaker's cases (tests/regressions/breaker/README.md): every flow gives its expected
    // verdict, and every error finding's first fix, when it is applicable, is verified to deliver
    // the flow (fixes that do not are never listed first); a route fix never names an
    // ExpressRoute gateway; two route tables created by one fix get two Bicep symbols.
    void breakerCasesHold() {
        QDir dir(QString::fromStdString(sourceDir() + "/tests/regressions/breaker"));
        const auto files = dir.entryList({"*.pathlight.json"});
        QVERIFY(files.size() >= 7);
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        for (const QString& name : files) {
            LoadResult r = loadTopologyFromFile(dir.filePath(name).toStdString());
            QVERIFY2(r.ok(), qPrintable(name));
            Analysis analysis(*r.topology, catalog);
            for (const Trace& t : analysis.traces()) {
                const QString where = name + " " + QString::fromStdString(t.flowId);
                QVERIFY2(t.matchesExpectation(), qPrintable(where + ": " + describe(t)));
                const auto& fixes = analysis.fixes(t.flowId);
                for (std::size_t k = 0; k < fixes.size(); ++k) {
                    if (t.findings[k].severity != Severity::Error || fixes[k].fixes.empty()) continue;
                    const VerifiedFix& first = fixes[k].fixes.front();
                    if (first.fix.applicable())
                        QVERIFY2(first.verification && first.verification->targetDelivered,
                                 qPrintable(where));
                    for (const auto& v : fixes[k].fixes) {
                        if (name.startsWith("no-route-expressroute"))
                            QVERIFY2(v.fix.azureCli.find("VirtualNetworkGateway") == std::string::npos,
                                     qPrintable(where));
                        if (v.fix.bicep.find("resource rt ") != std::string::npos &&
                            v.fix.bicep.find("resource rt ", v.fix.bicep.find("resource rt ") + 1) !=
                                std::string::npos)
                            QFAIL(qPrintable(where + ": two Bicep resources named rt"));
                    }
                }
            }
        }
    }

    // On-premises and the Internet: a host's request comes back through the gateway to the host;
    // a reply to a service on the Internet mirrors the request. trace --json carries returnHops.
    void returnHopsInEveryDeliveredTrace() {
        for (const char* name :
             {"01-forced-tunneling-kms", "05-route-server-nva-forced-tunnel", "02-nsg-does-not-stop-kms"}) {
            LoadResult r =
                loadTopologyFromFile(sourceDir() + "/resources/examples/" + name + ".pathlight.json");
            QVERIFY(r.ok());
            Analysis analysis(*r.topology,
                              std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn()));
            for (const auto& t : analysis.traces()) {
                const auto j = traceToJson(t, analysis);
                QVERIFY(j.contains("returnHops"));
                if (t.verdict == Verdict::Delivered) {
                    QVERIFY2(!t.returnHops.empty(), t.flowId.c_str());
                    QCOMPARE(t.returnHops.back().node, t.hops.front().node);
                    QCOMPARE(j["returnHops"].size(), t.returnHops.size());
                    // Every reply hop says what happens there (example 02's last one was "").
                    for (const auto& hop : j["returnHops"])
                        QVERIFY2(!hop["step"].get<std::string>().empty(), t.flowId.c_str());
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestReply)
#include "tst_reply.moc"
