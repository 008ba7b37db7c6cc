// The window end to end under the offscreen platform: the demo opens and is drawn faithfully,
// flows list their verdicts and draw their paths, bad files are refused without losing the
// document, automatic placement puts every object inside its container.

#ifndef Q_MOC_RUN
#include "canvas/diagram.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "gui/document.h"
#include "gui/main_window.h"
#include "io/topology_io.h"
#include "panels/flows_panel.h"
#include "panels/inspector_panel.h"
#endif

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace pathlight;

static void initResources() {
    Q_INIT_RESOURCE(pathlight);
}

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        initResources();
        qputenv("PATHLIGHT_NO_DIALOGS", "1");
        QCoreApplication::setOrganizationName("PathlightTests"); // keep the user's settings alone
    }

    void opensTheDemoAndDrawsIt() {
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        const Topology& t = w.document()->topology();
        QCOMPARE(QString::fromStdString(t.title),
                 QString("Forced tunneling over ExpressRoute breaks Windows activation"));
        for (const char* id : {"vnet-app", "snet-app", "snet-gateway", "vm-win", "vm-sles", "gw-er",
                               "er-circuit", "onprem", "host-dc"})
            QVERIFY2(w.scene()->boxItem(id), id);
        // VMs are drawn inside their subnet, subnets inside their VNet.
        QVERIFY(
            w.scene()->boxItem("snet-app")->box().rect.contains(w.scene()->boxItem("vm-win")->box().rect));
        QVERIFY(
            w.scene()->boxItem("vnet-app")->box().rect.contains(w.scene()->boxItem("snet-app")->box().rect));
        QCOMPARE(w.flowsPanel()->topLevelItemCount(), int(t.flows.size()));
        QVERIFY(w.windowTitle().contains("Forced tunneling"));
    }

    void selectingFlowsDrawsTheirPaths() {
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        w.flowsPanel()->clearSelection();
        QCOMPARE(w.scene()->pathItemCount(), 0);
        w.flowsPanel()->selectFlow("f-kms");
        QCOMPARE(w.scene()->pathItemCount(), 1);
        QCOMPARE(w.flowsPanel()->selectedFlowIds(), QStringList{"f-kms"});
        // The verdict column shows the model's verdict, with the expectation met.
        auto* item = w.flowsPanel()->topLevelItem(0);
        QCOMPARE(item->text(1), QString("rejected"));
        QVERIFY(item->text(3).contains("✓"));
        w.flowsPanel()->selectAll();
        QCOMPARE(w.scene()->pathItemCount(), w.flowsPanel()->topLevelItemCount());
    }

    void badFilesAreRefusedAndTheDocumentKept() {
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad.pathlight.json");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "pathlight.topology", "version": 1, "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/33"], "subnets": []}]})");
        f.close();
        QVERIFY(!w.openFile(bad));
        QCOMPARE(w.document()->path(), Document::demoPath());
        QVERIFY(w.scene()->boxItem("vm-win"));
        QVERIFY(!w.openFile(dir.filePath("missing.json")));
    }

    void everyExampleOpens() {
        MainWindow w;
        for (const char* name :
             {"02-nsg-does-not-stop-kms", "03-appgw-probes-blocked", "04-secondary-nic-no-gateway",
              "05-route-server-nva-forced-tunnel", "06-vpn-bgp-forced-tunnel", "07-arc-microsoft-peering"}) {
            QVERIFY2(w.openFile(QString(":/examples/%1.pathlight.json").arg(name)), name);
            QVERIFY(w.flowsPanel()->topLevelItemCount() > 0);
            for (int i = 0; i < w.flowsPanel()->topLevelItemCount(); ++i)
                QVERIFY2(w.flowsPanel()->topLevelItem(i)->text(3).contains("✓"), name);
            // The file's layout keeps every object inside its container.
            const Diagram& d = w.scene()->diagram();
            for (const auto& box : d.boxes)
                if (!box.parent.isEmpty())
                    QVERIFY2(d.find(box.parent)->rect.contains(box.rect),
                             qPrintable(QString(name) + ": " + box.id));
        }
    }

    void automaticPlacementWithoutLayout() {
        QFile f(":/examples/05-route-server-nva-forced-tunnel.pathlight.json");
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        LoadResult r = loadTopologyFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        QVERIFY(r.ok());
        r.topology->layout = Json::object();
        const Diagram d = buildDiagram(*r.topology);
        for (const auto& box : d.boxes) {
            if (box.parent.isEmpty()) continue;
            const DiagramBox* parent = d.find(box.parent);
            QVERIFY(parent);
            QVERIFY2(parent->rect.contains(box.rect), qPrintable(box.id + " outside " + box.parent));
        }
        // Siblings do not overlap.
        for (const auto& a : d.boxes)
            for (const auto& b : d.boxes)
                if (&a != &b && a.parent == b.parent && !a.parent.isEmpty())
                    QVERIFY2(!a.rect.intersects(b.rect), qPrintable(a.id + " overlaps " + b.id));
        QVERIFY(d.find("internet"));
        QCOMPARE(int(d.links.size()), 3); // two ExpressRoute connections and one Route Server BGP peer
    }

    void zoomAndInspector() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(Document::demoPath()));
        w.view()->resetZoom();
        QCOMPARE(w.view()->zoom(), 1.0);
        w.view()->zoomBy(1.25);
        QCOMPARE(w.view()->zoom(), 1.25);
        w.view()->fitAll();
        QVERIFY(w.view()->zoom() != 1.25);
        w.scene()->boxItem("vm-win")->setSelected(true);
        auto* inspector = w.findChild<InspectorPanel*>();
        QVERIFY(inspector);
        QVERIFY(inspector->toPlainText().contains("10.1.1.4"));
        QVERIFY(
            inspector->toPlainText().contains("VirtualNetworkGateway")); // the forced-tunnel default route
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
