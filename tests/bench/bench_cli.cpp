// The end-to-end target of the analysis core (issue "one analysis per document"): on the scale
// estate (hub, 500 spokes, 2,000 VMs, 500 NSGs x 50 rules, a site announcing 5,000 prefixes) with
// 10,000 flows of mixed verdicts, `pathlight-cli trace FILE --json` (every flow, findings, fixes
// verified) in under 2 s and at most twice the bare text trace of the same run. Both commands run
// in process, reading the file from disk, writing to a discarded stream. Medians:
//   build/tests/bench_cli -median 5
// PATHLIGHT_BENCH_SMALL=1 shrinks the estate so CTest can check that the benchmark runs.

#ifndef Q_MOC_RUN
#include "cli/cli_commands.h"
#include "hub_spoke.h"
#include "io/topology_io.h"
#endif

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <fstream>

using namespace pathlight;

class BenchCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        const bool small = qEnvironmentVariableIsSet("PATHLIGHT_BENCH_SMALL");
        const int spokes = small ? 20 : 500, prefixes = small ? 200 : 5000;
        Topology t = bench::hubAndSpoke(spokes, prefixes);
        bench::addMixedFlows(t, spokes, prefixes, small ? 400 : 10000);
        file_ = dir_.filePath("scale.pathlight.json");
        std::ofstream(file_.toStdString()) << topologyToText(t);
    }

    // The bare text trace: read, routes, NSGs, every flow traced and printed.
    void traceText() { run({"trace", file_}); }

    // trace --json: the same plus every finding's fixes, each verified against every flow.
    void traceJson() { run({"trace", file_, "--json"}); }

private:
    void run(const QStringList& args) {
        QBENCHMARK {
            QBuffer out, err;
            out.open(QIODevice::WriteOnly);
            err.open(QIODevice::WriteOnly);
            QTextStream o(&out), e(&err);
            const int code = runCli(args, o, e);
            o.flush();
            QVERIFY2(code == 0 || code == 1, qPrintable(QString::fromUtf8(err.data())));
            QVERIFY(out.size() > 0);
        }
    }

    QTemporaryDir dir_;
    QString file_;
};

QTEST_GUILESS_MAIN(BenchCli)
#include "bench_cli.moc"
