// Cumulative latency along a trace from the document's per-link assumptions, and the "latency"
// block's round trip through the file.

#ifndef Q_MOC_RUN
#include "../support/test_support.h"
#include "io/topology_io.h"
#include "trace/latency.h"
#include "trace/tracer.h"
#endif

#include <fstream>
#include <sstream>

using namespace pathlight;
using namespace pathlight::test;

namespace {
std::string exampleText(const char* name) {
    std::ifstream in(sourceDir() + "/resources/examples/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}
Trace traceOf(const Network& n, const std::string& id) {
    for (const auto& t : traceAllFlows(n))
        if (t.flowId == id) return t;
    throw std::runtime_error("no flow " + id);
}
} // namespace

class TestLatency : public QObject {
    Q_OBJECT
private slots:
    void forcedTunnelGoesOverExpressRouteThenTheInternet() {
        LoadResult r = loadTopologyFromText(exampleText("01-forced-tunneling-kms.pathlight.json"));
        QVERIFY(r.ok());
        const auto net = network(*r.topology);
        const Trace t = traceOf(*net, "f-kms"); // vm-win → gw-er → er-circuit → onprem → azure-kms
        const auto l = hopLatencies(net->topology(), t);
        QCOMPARE(l.size(), t.hops.size());
        QCOMPARE(l[0].cumulative, 0.0);
        QCOMPARE(std::string(toString(l[1].kind)), std::string("intraRegion"));
        QCOMPARE(std::string(toString(l[2].kind)), std::string("expressRoute"));
        QCOMPARE(std::string(toString(l[3].kind)), std::string("expressRoute"));
        QCOMPARE(std::string(toString(l.back().kind)), std::string("internet"));
        const LatencyAssumptions d;
        QCOMPARE(l.back().cumulative, d.intraRegionMs + 2 * d.expressRouteMs + d.internetMs);
        // A document's own figures are used, and survive save and load.
        Topology edited = *r.topology;
        edited.latency.expressRouteMs = 7;
        const Json saved = topologyToJson(edited);
        QCOMPARE(saved["latency"]["expressRouteMs"].get<double>(), 7.0);
        QVERIFY(!saved["latency"].contains("vpnMs")); // defaults are not written
        LoadResult again = loadTopologyFromText(saved.dump());
        QVERIFY(again.ok());
        QCOMPARE(again.topology->latency.expressRouteMs, 7.0);
        const auto net2 = network(*again.topology);
        QCOMPARE(hopLatencies(net2->topology(), traceOf(*net2, "f-kms")).back().cumulative,
                 d.intraRegionMs + 14 + d.internetMs);
        QVERIFY(!topologyToJson(*r.topology).contains("latency"));
    }

    void badLatencyValuesAreRefusedWithTheirPointer() {
        LoadResult r = loadTopologyFromText(doc(R"("latency": {"vpnMs": -3, "internetMs": "fast"})"));
        QVERIFY(!r.ok());
        QString pointers;
        for (const auto& d : r.diagnostics)
            pointers += QString::fromStdString(d.pointer) + " ";
        QVERIFY2(pointers.contains("/latency/vpnMs") && pointers.contains("/latency/internetMs"),
                 qPrintable(pointers));
    }
};

QTEST_GUILESS_MAIN(TestLatency)
#include "tst_latency.moc"
