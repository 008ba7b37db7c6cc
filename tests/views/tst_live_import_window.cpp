// File ▸ Import from Azure… offscreen, against a recorded Azure Resource Manager on 127.0.0.1:
// the dialog shows the requests before anything is sent, the import runs without blocking the
// window and opens as a new document with its report, cancel leaves the document as it was, and
// the token is nowhere but in memory.

#include "../support/recorded_arm_estate.h"
#include "gui/document.h"
#include "gui/live_import_dialog.h"
#include "gui/main_window.h"
#include "gui/service_tag_store.h"
#include "io/topology_io.h"
#include "live/live_import.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace pathlight;
using namespace pathlight::test;

static void initResources() {
    Q_INIT_RESOURCE(pathlight);
}

class TestLiveImportWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        initResources();
        QCoreApplication::setOrganizationName("PathlightTests"); // keep the user's settings alone
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("liveImport");
    }

    void dialogFlow() {
        ArmTestServer server;
        QVERIFY(server.listening());
        record(server, estate(server.endpoint()));
        MainWindow w;
        w.show();
        w.askUnsaved = [](const QString&) { return int(QMessageBox::Discard); };
        QStringList reported;
        w.reportLoadErrors = [&](const QString&, const QStringList& errors) { reported = errors; };
        const QString secret = "pasted.secret.token";
        w.runLiveImportDialog = [&](LiveImportDialog& d) {
            d.subscriptionsField()->setText(QString::fromStdString(kSub));
            d.resourceGroupsField()->setText("rg1");
            d.endpointField()->setText(server.endpoint());
            d.pastedChoice()->setChecked(true);
            // Nothing readable without a token; the requests are listed before anything is sent.
            if (d.readButton()->isEnabled()) return int(QDialog::Rejected);
            d.tokenField()->setText(secret);
            const QString requests = d.requestsView()->toPlainText();
            if (!d.readButton()->isEnabled() || !server.received().empty() ||
                !requests.contains("GET " + server.endpoint() + "/subscriptions/" +
                                   QString::fromStdString(kSub) + "?api-version=2022-12-01") ||
                !requests.contains("POST " + server.endpoint() +
                                   "/providers/Microsoft.ResourceGraph/resources"))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        QAction* action = nullptr;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->text() == MainWindow::tr("Import from &Azure…")) action = a;
        QVERIFY(action);
        QSignalSpy finished(&w, &MainWindow::liveImportFinished);
        action->trigger();
        QVERIFY(w.liveImportRunning()); // returned at once: the window's event loop runs the import
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY2(finished[0][0].toBool(), qPrintable(reported.join("\n")));
        const Topology& t = w.document()->topology();
        QCOMPARE(t.vnets.size(), std::size_t(1));
        QCOMPARE(t.routeServers.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(t.title).contains(QString::fromStdString(kSub)));
        QCOMPARE(t.vms.size(), std::size_t(1)); // standing for the NIC, taken as an NVA
        QTRY_VERIFY(w.findChild<QDockWidget*>("ImportReportDock")->isVisible());
        QCOMPARE(server.received().front().authorization, "Bearer " + secret.toUtf8());
        // Remembered: endpoint, subscription, groups; never the token.
        QSettings settings;
        QCOMPARE(settings.value("liveImport/endpoint").toString(), server.endpoint());
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
        QVERIFY(!QString::fromStdString(topologyToText(t)).contains(secret));
        // One undo step gives the previous document back.
        QVERIFY(w.document()->undoStack()->canUndo());
    }

    // File ▸ Update service tags from Azure…: the one request is listed before it is sent, the
    // answer becomes the loaded tags (kept for the next start), the token goes nowhere.
    void serviceTagsFromAzure() {
        QFile::remove(storedServiceTagsPath());
        ArmTestServer server;
        QFile excerpt(
            QStringLiteral(PATHLIGHT_SOURCE_DIR "/tests/data/service-tags/ServiceTags_Public_excerpt.json"));
        QVERIFY(excerpt.open(QIODevice::ReadOnly));
        const QByteArray path = QByteArray::fromStdString(
            "/subscriptions/" + kSub + "/providers/Microsoft.Network/locations/westeurope/serviceTags");
        server.on("GET", path, {{200, excerpt.readAll(), {}, false}});
        MainWindow w;
        QVERIFY(w.openFile(PATHLIGHT_SOURCE_DIR
                           "/tests/regressions/service-tags/storage-westeurope-nsg.pathlight.json"));
        QStringList reported;
        w.reportLoadErrors = [&](const QString&, const QStringList& errors) { reported = errors; };
        const QString secret = "tags.secret.token";
        w.runLiveImportDialog = [&](LiveImportDialog& d) {
            d.subscriptionsField()->setText(QString::fromStdString(kSub));
            d.endpointField()->setText(server.endpoint());
            d.pastedChoice()->setChecked(true);
            d.tokenField()->setText(secret);
            if (d.resourceGroupsField()->isVisible() || !server.received().empty() ||
                !d.requestsView()->toPlainText().startsWith("GET " + server.endpoint() +
                                                            QString::fromUtf8(path)))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        QAction* action = w.findChild<QAction*>("UpdateServiceTagsLive");
        QVERIFY(action);
        QSignalSpy read(&w, &MainWindow::serviceTagsRead);
        action->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
        QVERIFY2(read[0][0].toBool(), qPrintable(reported.join("\n")));
        QVERIFY(w.document()->serviceTags());
        QCOMPARE(w.document()->serviceTags()->changeNumber, std::int64_t(374));
        QCOMPARE(server.received().front().authorization, "Bearer " + secret.toUtf8());
        for (const auto& t : w.document()->traces())
            if (t.flowId == "to-storage") QCOMPARE(t.verdict, Verdict::Delivered);
        QFile stored(storedServiceTagsPath());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains(secret.toUtf8()));
        stored.close();
        QFile::remove(storedServiceTagsPath());
    }

    // Cancel while the second page is awaited: the document stays, nothing is imported.
    void cancel() {
        ArmTestServer server;
        server.on("POST", kGraph, {{200, {}, {}, true}}, "\"$skipToken\":\"page2\"");
        record(server, estate(server.endpoint()));
        MainWindow w;
        const std::string before = topologyToText(w.document()->topology());
        live::ArmClientSettings settings;
        settings.endpoint = QUrl(server.endpoint());
        QSignalSpy finished(&w, &MainWindow::liveImportFinished);
        w.startLiveImport(settings, "tok", {{QString::fromStdString(kSub)}, {}});
        QTRY_COMPARE(server.count(kGraph), 2);
        auto* progress = w.findChild<QProgressDialog*>("LiveImportProgress");
        QVERIFY(progress);
        QTRY_COMPARE(progress->labelText(), QString("Read 4 resources; 1 requests left"));
        QPushButton* cancel = progress->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished[0][0].toBool(), false);
        QVERIFY(!w.liveImportRunning());
        QCOMPARE(topologyToText(w.document()->topology()), before);
    }
};

QTEST_MAIN(TestLiveImportWindow)
#include "tst_live_import_window.moc"
