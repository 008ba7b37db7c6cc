// Languages and lessons: switching the language at run time retranslates the window (and is
// remembered); every scenario opens from the gallery and traces to its `expect`.

#ifndef Q_MOC_RUN
#include "gui/document.h"
#include "gui/main_window.h"
#include "panels/flows_panel.h"
#include "panels/scenario_gallery.h"
#include "text/language.h"
#endif

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace pathlight;

static void initResources() {
    Q_INIT_RESOURCE(pathlight);
}

class TestLanguages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        initResources();
        // Its own settings: CTest runs the GUI tests in parallel, and the language is a setting.
        QCoreApplication::setOrganizationName("PathlightLanguageTests");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("language");
    }
    void cleanup() {
        QSettings().remove("language");
        installLanguage("en");
    }

    // View ▸ Language from the menu itself, several times in a row: the menus are rebuilt after the
    // click is handled (it crashed 4 times in 8 when they were deleted inside their own signal).
    void switchingFromTheMenuRepeatedly() {
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        w.show();
        const QStringList codes = {"ja", "zh_TW", "en", "ja", "en", "zh_TW", "ja", "en"};
        for (const QString& code : codes) {
            QAction* chosen = nullptr;
            for (QMenu* menu : w.menuBar()->findChildren<QMenu*>())
                for (QAction* a : menu->actions())
                    if (a->isCheckable() && a->data().toString() == code) chosen = a;
            QVERIFY2(chosen, qPrintable(code));
            chosen->trigger(); // as a click does: the menu's action emits triggered
            QTRY_COMPARE(w.language(), code);
        }
        QCOMPARE(w.menuBar()->actions().size(), 5);
        QCOMPARE(w.menuBar()->actions().front()->text(), QString("&File"));
    }

    void switchingLanguageRetranslatesTheWindow() {
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        w.setLanguage("en");
        QCOMPARE(w.menuBar()->actions().front()->text(), QString("&File"));
        QCOMPARE(w.findChild<QDockWidget*>("FlowsDock")->windowTitle(), QString("Flows"));
        w.setLanguage("ja");
        QCOMPARE(w.language(), QString("ja"));
        QCOMPARE(w.menuBar()->actions().front()->text(), QString("ファイル(&F)"));
        QCOMPARE(w.findChild<QDockWidget*>("FlowsDock")->windowTitle(), QString("フロー"));
        QCOMPARE(w.flowsPanel()->headerItem()->text(1), QString("判定"));
        QCOMPARE(w.flowsPanel()->topLevelItem(0)->text(1), QString("宛先が拒否")); // the verdict, too
        QCOMPARE(QSettings().value("language").toString(), QString("ja"));         // remembered
        w.setLanguage("zh_TW");
        QCOMPARE(w.menuBar()->actions().front()->text(), QString("檔案(&F)"));
        QCOMPARE(w.findChild<QDockWidget*>("ProblemsDock")->windowTitle(), QString("問題"));
        // Menus were rebuilt, not duplicated: one File menu, working shortcuts.
        QCOMPARE(w.menuBar()->actions().size(), 5);
        w.setLanguage("en");
        QCOMPARE(w.menuBar()->actions().front()->text(), QString("&File"));
        // A new window starts in the remembered language.
        w.setLanguage("ja");
        MainWindow second;
        QCOMPARE(second.menuBar()->actions().front()->text(), QString("ファイル(&F)"));
    }

    void systemLocaleDecidesByDefault() {
        QCOMPARE(languageForLocale("ja_JP"), QString("ja"));
        QCOMPARE(languageForLocale("zh_TW"), QString("zh_TW"));
        QCOMPARE(languageForLocale("zh_HK"), QString("zh_TW"));
        QCOMPARE(languageForLocale("zh_CN"), QString("en"));
        QCOMPARE(languageForLocale("de_DE"), QString("en"));
    }

    void everyScenarioOpensFromTheGalleryAndMeetsItsExpectations() {
        MainWindow w;
        ScenarioGallery* gallery = w.showGallery(false);
        QCOMPARE(int(gallery->entries().size()), 7);
        for (int i = 0; i < 7; ++i) {
            gallery = w.showGallery(false);
            gallery->list()->setCurrentRow(i);
            QVERIFY(!gallery->list()->item(i)->icon().isNull()); // the thumbnail
            QVERIFY(gallery->detailText().contains(gallery->entries()[std::size_t(i)].goal.toHtmlEscaped()));
            gallery->openSelected();
            QCOMPARE(w.document()->path(), gallery->entries()[std::size_t(i)].file);
            QVERIFY(!w.document()->traces().empty());
            for (const Trace& t : w.document()->traces())
                QVERIFY2(t.matchesExpectation(), qPrintable(QString::fromStdString(t.flowId)));
        }
    }

    void galleryTextsInEveryLanguage() {
        for (const QString& language : availableLanguages()) {
            const auto entries = loadGallery(language);
            QCOMPARE(int(entries.size()), 7);
            for (const auto& e : entries)
                QVERIFY(!e.title.isEmpty() && !e.problem.isEmpty() && !e.goal.isEmpty());
        }
        QVERIFY(loadGallery("ja")[0].title.contains("強制トンネリング"));
        QVERIFY(loadGallery("zh_TW")[0].title.contains("強制通道"));
        // The welcome screen is the same gallery with a way to open a file and the startup switch.
        MainWindow w;
        w.setLanguage("ja");
        ScenarioGallery* welcome = w.showGallery(true);
        QCOMPARE(welcome->objectName(), QString("WelcomeScreen"));
        QVERIFY(welcome->list()->item(0)->text().contains("強制トンネリング"));
        QVERIFY(welcome->windowTitle().contains("ようこそ"));
        if (qEnvironmentVariableIsSet("PATHLIGHT_SHOTS")) { // for looking at it: PATHLIGHT_SHOTS=dir
            welcome->resize(1100, 700);
            welcome->grab().save(qEnvironmentVariable("PATHLIGHT_SHOTS") + "/welcome-ja.png");
            w.setLanguage("zh_TW");
            ScenarioGallery* gallery = w.showGallery(false);
            gallery->list()->setCurrentRow(6);
            gallery->resize(1100, 700);
            gallery->grab().save(qEnvironmentVariable("PATHLIGHT_SHOTS") + "/gallery-zh_TW.png");
        }
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
