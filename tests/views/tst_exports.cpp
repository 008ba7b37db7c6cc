// The outputs people keep using: the draw.io export (structure, containment, canvas positions,
// escaping, the path layer), SVG text kept as text, and the report's summary.

#ifndef Q_MOC_RUN
#include "../support/test_support.h"
#include "analysis/analysis.h"
#include "canvas/drawio_writer.h"
#include "canvas/topology_scene.h"
#include "gui/document.h"
#include "gui/main_window.h"
#include "io/topology_io.h"
#include "panels/flows_panel.h"
#include "report/report_writer.h"
#endif

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace pathlight;

namespace {

struct Cell {
    QString id, parent, value, source, target;
    bool vertex = false, edge = false;
    QRectF geometry;
};

// The cells of a .drawio text, in order; `error` says what does not parse or is out of place.
std::vector<Cell> parseDrawio(const QByteArray& text, QString* error) {
    std::vector<Cell> cells;
    QXmlStreamReader xml(text);
    QStringList path;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) path.removeLast();
        if (!xml.isStartElement()) continue;
        path << xml.name().toString();
        const auto a = xml.attributes();
        if (xml.name() == u"mxCell") {
            if (path.join('/') != "mxfile/diagram/mxGraphModel/root/mxCell")
                *error += "a cell outside the root: " + path.join('/') + "\n";
            cells.push_back({a.value("id").toString(),
                             a.value("parent").toString(),
                             a.value("value").toString(),
                             a.value("source").toString(),
                             a.value("target").toString(),
                             a.value("vertex") == u"1",
                             a.value("edge") == u"1",
                             {}});
        } else if (xml.name() == u"mxGeometry" && !cells.empty() && a.value("relative") != u"1") {
            cells.back().geometry = QRectF(a.value("x").toDouble(), a.value("y").toDouble(),
                                           a.value("width").toDouble(), a.value("height").toDouble());
        }
    }
    if (xml.hasError()) *error += "XML error: " + xml.errorString() + "\n";
    return cells;
}

} // namespace

#ifndef Q_MOC_RUN
namespace {
const char* const kOneVnet = R"("vnets": [{"id": "v1", "name": "N", "addressSpace": ["10.0.0.0/16"],
    "subnets": [{"id": "s1", "name": "S", "addressPrefix": "10.0.1.0/24"}]}])";
} // namespace
#endif

static void initResources() {
    Q_INIT_RESOURCE(pathlight); // outside any namespace, as Qt requires
}

class TestExports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        initResources();
        QCoreApplication::setOrganizationName("PathlightExportTests"); // the user's settings stay alone
        QStandardPaths::setTestModeEnabled(true);                      // and the user's recovery files
    }

    // File ▸ Export diagram… as .drawio: containers, the canvas's positions, links and the path.
    void drawioKeepsTheCanvas() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        w.flowsPanel()->selectFlow("f-kms");
        const QString path = dir.filePath("demo.drawio");
        QCOMPARE(w.exportDiagram(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QString error;
        const std::vector<Cell> cells = parseDrawio(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(cells.size() > 3);
        QCOMPARE(cells[0].id, QString("0"));
        QCOMPARE(cells[1].id, QString("1"));
        QCOMPARE(cells[1].parent, QString("0"));
        QHash<QString, const Cell*> byId;
        for (const Cell& c : cells) {
            QVERIFY2(!byId.contains(c.id), qPrintable(c.id));
            if (!c.parent.isEmpty()) QVERIFY2(byId.contains(c.parent), qPrintable(c.id)); // parent first
            byId.insert(c.id, &c);
        }
        // Every box at the canvas's place: its geometry relative to its container adds up to the
        // scene rectangle, and its container is the box's container.
        const Diagram drawn = w.scene()->drawnDiagram();
        int contained = 0;
        for (const DiagramBox& box : drawn.boxes) {
            const Cell* c = byId.value("box:" + box.id);
            QVERIFY2(c && c->vertex, qPrintable(box.id));
            QCOMPARE(c->parent, box.parent.isEmpty() ? QString("1") : "box:" + box.parent);
            QPointF absolute = c->geometry.topLeft();
            for (const Cell* p = byId.value(c->parent); p && p->vertex; p = byId.value(p->parent))
                absolute += p->geometry.topLeft();
            QCOMPARE(absolute, box.rect.topLeft());
            QCOMPARE(c->geometry.size(), box.rect.size());
            QVERIFY(c->value.startsWith(box.title));
            if (!box.parent.isEmpty()) {
                ++contained;
                const Cell* p = byId.value(c->parent);
                QVERIFY2(QRectF(QPointF(), p->geometry.size()).contains(c->geometry), qPrintable(box.id));
            }
        }
        QVERIFY(contained > 0);
        QVERIFY(byId.value("box:vm-win")->parent == "box:snet-app");
        QVERIFY(byId.value("box:snet-app")->parent == "box:vnet-app");
        // Links as edges between their boxes; the path on a layer of its own (parent "0").
        int links = 0, pathEdges = 0;
        QString layer;
        for (const Cell& c : cells)
            if (!c.vertex && !c.edge && c.parent == "0") layer = c.id;
        QVERIFY(!layer.isEmpty() && layer != "1");
        for (const Cell& c : cells) {
            if (!c.edge) continue;
            QVERIFY(byId.contains(c.source) && byId.contains(c.target));
            links += c.parent == "1";
            pathEdges += c.parent == layer;
        }
        QCOMPARE(links, int(drawn.links.size()));
        const Trace* kms = w.document()->analysis().trace("f-kms");
        QVERIFY(kms);
        QVERIFY(pathEdges > 0 && pathEdges < int(kms->hops.size()) + 1);
        // The structure, by xmllint and a RELAX NG grammar of draw.io's file, where installed.
        const QString xmllint = QStandardPaths::findExecutable("xmllint");
        if (!xmllint.isEmpty()) {
            QProcess p;
            p.start(xmllint, {"--noout", "--relaxng",
                              QString(PATHLIGHT_SOURCE_DIR) + "/tests/views/drawio.rng", path});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
    }

    // Names are untrusted: markup, quotes and line breaks stay the label's text.
    void drawioEscapesNames() {
        const std::string hostile = "<b>&amp;\"x'</b>\n]]><mxCell id=\"0\"/>";
        Topology t = test::load(kOneVnet);
        t.vnets[0].name = hostile;
        t.vnets[0].subnets[0].name = hostile;
        const Diagram diagram = buildDiagram(t);
        QString error;
        const std::vector<Cell> cells =
            parseDrawio(drawioDocument(diagram, {{QString::fromStdString(hostile), "#ff0000", {"v1", "s1"}}},
                                       QString::fromStdString(hostile), "layer"),
                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int zero = 0, named = 0;
        for (const Cell& c : cells) {
            zero += c.id == "0";
            // The label is the canvas's title (which shows a line break as ␊), markup and all.
            const DiagramBox* box = diagram.find(c.id.mid(4));
            named += box && box->title.startsWith("<b>&amp;\"x'</b>") && c.value.startsWith(box->title);
        }
        QCOMPARE(zero, 1);
        QVERIFY(named >= 2);
    }

    // SVG keeps labels as text (searchable, editable), not as outlines.
    void svgKeepsTextAsText() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        const QString path = dir.filePath("demo.svg");
        QCOMPARE(w.exportDiagram(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains("<text"));
        QVERIFY(svg.contains(QRegularExpression("<text[^>]*>[^<]*vnet-app")));
    }

    // The report opens with the summary: counts by verdict, errors with fixes, the matrix image.
    void reportStartsWithASummary() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        const QString path = dir.filePath("report.html");
        QCOMPARE(w.exportReport(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        const qsizetype summary = html.indexOf("<h2>Summary</h2>");
        QVERIFY(summary > 0 && summary < html.indexOf("<h2>Flows</h2>"));
        int rejected = 0;
        for (const Trace& t : w.document()->traces())
            rejected += t.verdict == Verdict::Rejected;
        QVERIFY(rejected > 0);
        QVERIFY2(html.contains(QString("<td class=\"rejected\">rejected</td><td>%1</td>").arg(rejected)),
                 qPrintable(html.left(3000)));
        const qsizetype errors = html.indexOf("Errors and their fixes");
        QVERIFY(errors > summary &&
                html.indexOf("SOURCE_NOT_AZURE_PUBLIC", errors) < html.indexOf("<h2>Flows</h2>"));
        QVERIFY(html.indexOf("Fix: ", errors) < html.indexOf("<h2>Flows</h2>"));
        const qsizetype matrix = html.indexOf("<h3>Reachability</h3>");
        QVERIFY(matrix > errors);
        const qsizetype image = html.indexOf("data:image/png;base64,", matrix);
        QVERIFY(image > 0 && image < html.indexOf("<h2>Flows</h2>"));
        const QString base64 = html.mid(image + 22, html.indexOf('"', image) - image - 22);
        QImage png;
        QVERIFY(png.loadFromData(QByteArray::fromBase64(base64.toLatin1()), "PNG"));
        QVERIFY(png.width() >= 480 && png.height() >= 320);
        // Markdown: the matrix as a PNG beside the report.
        QCOMPARE(w.exportReport(dir.filePath("report.md")), QString());
        QVERIFY(QImage(dir.filePath("report-reachability.png")).width() >= 480);
        QFile md(dir.filePath("report.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().contains("](report-reachability.png)"));
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
