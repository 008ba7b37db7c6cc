// Several files at once (README, "The desktop application"): each opens in a window of its own, a
// file that cannot be opened gets none, File ▸ Quit closes every window (a Cancel stops it), and
// the program's command line refuses what needs a single file. Help ▸ About shows the version,
// the libraries' licences and the documentation the facts come from.

#ifndef Q_MOC_RUN
#include "../support/window_support.h"
#include "gui/about_dialog.h"
#include "gui/document.h"
#include "gui/main_window.h"
#include "gui/open_windows.h"
#include "pathlight_version.h"
#endif

#include <QApplication>
#include <QDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace pathlight;
using namespace pathlight::test;

static void initResources() {
    Q_INIT_RESOURCE(pathlight); // outside any namespace, as Qt requires
}

namespace {

// The File menu's action with this text (mnemonics removed).
QAction* fileAction(MainWindow& w, const QString& text) {
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text().remove('&') == text) return a;
    return nullptr;
}

} // namespace

class TestSeveralWindows : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        initResources();
        QCoreApplication::setOrganizationName("PathlightSeveralWindowsTests");
        QStandardPaths::setTestModeEnabled(true); // never the user's settings or recovery copies
    }

    void eachFileInItsWindow() {
        QTemporaryDir dir;
        const QString kms = copyOf(dir, "01-forced-tunneling-kms");
        const QString hub = copyOf(dir, "05-route-server-nva-forced-tunnel");
        const QString broken = dir.filePath("broken.pathlight.json");
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ nope");
        f.close();
        QStringList reported;
        const auto windows = openWindows({kms, broken, hub}, [&](MainWindow& w) {
            w.askRecover = [](const QString&) { return false; };
            w.reportLoadErrors = [&](const QString& path, const QStringList&) { reported << path; };
        });
        QCOMPARE(reported, QStringList{broken});
        QCOMPARE(windows.size(), 2);
        QCOMPARE(windows[0]->document()->path(), kms);
        QCOMPARE(windows[1]->document()->path(), hub);
        QVERIFY(windows[0]->testAttribute(Qt::WA_DeleteOnClose));
        // Cascaded: the second does not lie exactly over the first.
        QVERIFY(windows[1]->pos() != windows[0]->pos());

        // Quit closes every window; a Cancel in one stops there and keeps that one open.
        for (const auto& w : windows)
            w->show();
        QVERIFY(windows[1]->placeObject("vnet", QPointF(0, 0), QString()).size());
        QVERIFY(windows[1]->document()->isModified());
        windows[1]->askUnsaved = [](const QString&) { return int(QMessageBox::Cancel); };
        QAction* quit = fileAction(*windows[0], "Quit");
        QVERIFY(quit);
        quit->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!windows[1].isNull() && windows[1]->isVisible());
        windows[1]->askUnsaved = [](const QString&) { return int(QMessageBox::Discard); };
        // (Qt closes the windows in its own order: the first may be open still, or gone.)
        fileAction(*windows[1], "Quit")->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(windows[0].isNull() && windows[1].isNull());
    }

    void noFileOpensNoWindow() {
        QTemporaryDir dir;
        int reported = 0;
        const auto windows = openWindows({dir.filePath("missing.pathlight.json")}, [&](MainWindow& w) {
            w.reportLoadErrors = [&](const QString&, const QStringList&) { ++reported; };
        });
        QVERIFY(windows.isEmpty());
        QCOMPARE(reported, 1);
    }

    // The program itself: --version, --help, and what needs a single file refused with several.
    void commandLine() {
        const auto pathlight = [](const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("QT_QPA_PLATFORM", "offscreen");
            env.insert("LC_ALL", "C");
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(PATHLIGHT_BINARY_DIR "/app/pathlight"), args);
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) +
                                                    "\n--stderr--\n" +
                                                    QString::fromUtf8(p.readAllStandardError()));
        };
        const auto [versionCode, version] = pathlight({"--version"});
        QCOMPARE(versionCode, 0);
        QVERIFY2(version.startsWith(QStringLiteral("Pathlight " PATHLIGHT_VERSION "\n\n--stderr--")),
                 qPrintable(version));
        const auto [helpCode, help] = pathlight({"--help"});
        QCOMPARE(helpCode, 0);
        QVERIFY2(help.contains("[file...]") && help.contains("--screenshot"), qPrintable(help));
        const QString a = PATHLIGHT_SOURCE_DIR "/resources/examples/01-forced-tunneling-kms.pathlight.json";
        const QString b = PATHLIGHT_SOURCE_DIR "/resources/examples/02-nsg-does-not-stop-kms.pathlight.json";
        QTemporaryDir dir;
        for (const QStringList& option : {QStringList{"--screenshot", dir.filePath("x.png")},
                                          {"--flow", "f-kms"},
                                          {"--select", "vm"},
                                          {"--compare", a}}) {
            const auto [code, text] = pathlight(QStringList{a, b} + option);
            QCOMPARE(code, 2);
            QVERIFY2(text.contains(option.first() + " goes with a single file (got 2)"), qPrintable(text));
        }
        QVERIFY(!QFile::exists(dir.filePath("x.png")));
    }

    void aboutShowsVersionLicencesAndSources() {
        MainWindow w;
        QDialog* about = showAboutDialog(&w);
        QString text;
        for (const QTextBrowser* page : about->findChildren<QTextBrowser*>())
            text += page->toHtml();
        QVERIFY(text.contains("Pathlight " PATHLIGHT_VERSION));
        QVERIFY(text.contains(qVersion()));
        for (const char* licence : {"LGPL-3", "GPL-3+", "MIT", "EPL-1.0"})
            QVERIFY2(text.contains(licence), licence);
        for (const char* library : {"Qt", "QCustomPlot", "nlohmann/json", "Graphviz"})
            QVERIFY2(text.contains(library), library);
        const QRegularExpression link("href=\"([^\"]*)\"");
        int learn = 0;
        for (auto it = link.globalMatch(text); it.hasNext();)
            learn += it.next().captured(1).startsWith("https://learn.microsoft.com/");
        QVERIFY2(learn >= 20, qPrintable(QString::number(learn)));
        about->close();
    }
};

QTEST_MAIN(TestSeveralWindows)
#include "tst_several_windows.moc"
