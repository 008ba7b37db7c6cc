// The analysis core's targets (issue "one analysis per document"), measured with QBENCHMARK on the
// scale estate of bench_tracing (hub, 500 spokes, 2,000 VMs, 500 NSGs x 50 rules, a site announcing
// 5,000 prefixes) with 1,000 flows of mixed verdicts. Run with -median 5 for medians:
//   build/tests/bench_analysis -median 5
// PATHLIGHT_BENCH_SMALL=1 shrinks everything so CTest can check that the benchmark runs.

#ifndef Q_MOC_RUN
#include "advice/fix_advisor.h"
#include "analysis/analysis.h"
#include "edit/topology_patch.h"
#include "hub_spoke.h"
#include "io/topology_io.h"
#include "report/trace_json.h"
#include "trace/tracer.h"
#endif

#include <QTest>

using namespace pathlight;

namespace {

bool small() {
    return qEnvironmentVariableIsSet("PATHLIGHT_BENCH_SMALL");
}

Topology estate() {
    const int spokes = small() ? 20 : 500, prefixes = small() ? 200 : 5000;
    Topology t = bench::hubAndSpoke(spokes, prefixes);
    bench::addMixedFlows(t, spokes, prefixes, small() ? 100 : 1000);
    return t;
}

} // namespace

class BenchAnalysis : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        catalog_ = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        analysis_ = std::make_unique<Analysis>(estate(), catalog_);
        for (const auto& t : analysis_->traces())
            for (const auto& [finding, fixes] : fixesForTrace(analysis_->network(), t))
                for (const auto& fix : fixes)
                    if (fix.applicable()) work_.push_back({&t, fix.edit});
        qInfo("%zu flows, %zu applicable fixes to verify", analysis_->traces().size(), work_.size());
        QVERIFY(!work_.empty());
    }

    // Before: each fix verified on a copy of the topology, a network built from scratch and every
    // flow traced twice (measured on the first 10 fixes; per fix).
    void verifyTenFixesByFullRebuild() {
        QBENCHMARK {
            for (std::size_t i = 0; i < std::min<std::size_t>(10, work_.size()); ++i) {
                FixVerification v;
                auto edited = std::make_shared<Topology>(analysis_->topology());
                QVERIFY(applyEdit(*edited, work_[i].edit).empty());
                auto after = Network::build(edited, catalog_);
                for (const auto& f : analysis_->topology().flows) {
                    const FlowSpec spec = FlowSpec::fromFlow(f);
                    (void)traceFlow(analysis_->network(), spec);
                    (void)traceFlow(*after, spec);
                }
            }
        }
    }

    // Now: the same 10 fixes verified by the analysis (in place, scope rebuild, dependents only).
    void verifyTenFixesByAnalysis() {
        QBENCHMARK {
            for (std::size_t i = 0; i < std::min<std::size_t>(10, work_.size()); ++i)
                (void)analysis_->verify(work_[i].edit, *work_[i].target);
        }
    }

    // Every fix of every flow verified, as trace --json does.
    void verifyEveryFixByAnalysis() {
        QBENCHMARK {
            for (const auto& w : work_)
                (void)analysis_->verify(w.edit, *w.target);
        }
    }

    // One more prefix announced by the on-premises site, as a patch (the site inspector's path):
    // the fabric and gateway routes recomputed, the flows into the changed prefixes re-traced.
    // Alternates with the withdrawal; the analysis ends as it began.
    void announcementPatch() {
        const Json before = topologyToJson(analysis_->topology());
        Json after = before;
        after["sites"][0]["bgp"]["advertise"].push_back("172.31.7.0/24");
        const TopologyPatch patch = makePatch(before, after);
        bool forward = true;
        QBENCHMARK {
            QVERIFY(analysis_->applyPatch(forward ? patch.forward : patch.backward).empty());
            forward = !forward;
        }
        if (!forward) QVERIFY(analysis_->applyPatch(patch.backward).empty());
        QVERIFY(topologyToJson(analysis_->topology()) == before);
    }

    // trace --json's model work end to end: every flow's JSON with its fixes verified.
    void everyFlowAsJsonWithVerifiedFixes() {
        QBENCHMARK {
            std::size_t bytes = 0;
            for (const auto& t : analysis_->traces())
                bytes += traceToJson(t, *analysis_).dump().size();
            QVERIFY(bytes > 0);
        }
    }

private:
    struct Work {
        const Trace* target;
        Edit edit;
    };
    std::shared_ptr<const EndpointCatalog> catalog_;
    std::unique_ptr<Analysis> analysis_;
    std::vector<Work> work_;
};

QTEST_APPLESS_MAIN(BenchAnalysis)
#include "bench_analysis.moc"
