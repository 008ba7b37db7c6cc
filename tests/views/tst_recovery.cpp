// Nothing lost: a real Pathlight window in a child process edits, autosaves and is killed with
// SIGKILL; a new window finds the work, whether the document had a file (opened again by another
// spelling of its path) or was never saved. Saving where the user may not write keeps the
// document modified.

#ifndef Q_MOC_RUN
#include "../support/window_support.h"
#include "advice/fix_advisor.h"
#include "gui/document.h"
#include "gui/main_window.h"
#endif

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace pathlight;
using namespace pathlight::test;

static void initResources() {
    Q_INIT_RESOURCE(pathlight); // outside any namespace, as Qt requires
}

namespace {

void initNames() {
    initResources();
    QCoreApplication::setOrganizationName("PathlightRecoveryTests");
    QCoreApplication::setApplicationName("Pathlight");
    QStandardPaths::setTestModeEnabled(true); // never the user's own recovery copies
}

// The child: opens the file (or a new document when there is none), makes one edit, autosaves
// every 100 ms and runs until it is killed.
int runChild(const QString& path) {
    MainWindow w;
    w.askRecover = [](const QString&) { return false; };
    if (path.isEmpty()) {
        w.document()->clearToNew();
        if (w.placeObject("vnet", QPointF(0, 0), QString()).isEmpty()) return 3;
    } else {
        if (!w.openFile(path)) return 3;
        if (!w.applyFix(firstFixOf(w, "f-kms"), "f-kms")) return 4;
    }
    w.setAutosaveInterval(100);
    w.show();
    return QApplication::exec();
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private:
    // Starts the child on path, waits for its recovery copy to appear, kills it with SIGKILL.
    static int copiesOnDisk() {
        return int(QDir(Document::recoveryFolder()).entryList({"*.pathlight.json"}, QDir::Files).size());
    }

    // Also checks that a live process's copy is not offered: while the child runs, its copy is on
    // disk and recoveryCopies() does not list it; once killed, it does.
    static bool editAndKill(const QString& path) {
        const int before = int(Document::recoveryCopies().size());
        const int onDisk = copiesOnDisk();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("PATHLIGHT_RECOVERY_CHILD", path.isEmpty() ? QStringLiteral("-") : path);
        env.insert("QT_QPA_PLATFORM", "offscreen");
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(10000)) return false;
        QElapsedTimer clock;
        clock.start();
        while (copiesOnDisk() == onDisk && clock.elapsed() < 20000) {
            if (child.state() == QProcess::NotRunning) {
                qWarning() << "child ended early:" << child.exitCode() << child.readAllStandardError();
                return false;
            }
            QTest::qWait(50);
        }
        QTest::qWait(100); // the copy is written; its lock was taken before
        if (copiesOnDisk() == onDisk || Document::recoveryCopies().size() != before) {
            qWarning() << "a live process's copy was listed (or none was written)";
            child.kill();
            child.waitForFinished(10000);
            return false;
        }
        child.kill(); // SIGKILL: no close event, no clean-up
        child.waitForFinished(10000);
        return child.exitStatus() == QProcess::CrashExit && Document::recoveryCopies().size() > before;
    }

private slots:
    void initTestCase() {
        initNames();
        QDir(Document::recoveryFolder()).removeRecursively();
    }
    void cleanup() { QDir(Document::recoveryFolder()).removeRecursively(); }

    void fileRecoveredAfterKill() {
        QTemporaryDir dir;
        const QString path = copyOf(dir, "01-forced-tunneling-kms");
        QVERIFY(editAndKill(path));
        // Opened again through a symlink and a relative spelling: the copy is still found.
        const QString link = dir.filePath("link.pathlight.json");
        QVERIFY(QFile::link(path, link));
        MainWindow w;
        bool offered = false;
        w.askRecover = [&](const QString&) { return offered = true; };
        QVERIFY(w.openFile(QDir::current().relativeFilePath(link)));
        QVERIFY(offered);
        QCOMPARE(verdictOf(w, "f-kms"), QString("delivered")); // the fix made before the kill
        QVERIFY(w.document()->isModified());
        // Saved: the copy is gone and nothing is offered again.
        QVERIFY(w.saveDocument());
        QVERIFY(Document::recoveryCopies().isEmpty());
    }

    void untitledWorkIsOfferedAtStartUp() {
        QVERIFY(editAndKill(QString()));
        MainWindow w;
        QVERIFY(w.openFile(Document::demoPath()));
        QStringList offered;
        w.chooseRecovery = [&](const QStringList& copies) {
            offered = copies;
            return 0;
        };
        QVERIFY(w.offerRecoveries());
        QCOMPARE(offered.size(), 1);
        QVERIFY2(offered[0].startsWith(QCoreApplication::translate("pathlight::Document", "Untitled")) ||
                     offered[0].startsWith("Untitled"),
                 qPrintable(offered[0]));
        QVERIFY(w.document()->path().isEmpty());
        QCOMPARE(int(w.document()->topology().vnets.size()), 1); // the VNet placed before the kill
        QVERIFY(w.document()->isModified());
        // The recovered document autosaves to the copy it came from: still one copy, not two,
        // and while this window lives another one is not offered it.
        QCOMPARE(w.document()->autosave(), QString());
        QCOMPARE(copiesOnDisk(), 1);
        QVERIFY(Document::recoveryCopies().isEmpty());
        MainWindow beside;
        beside.chooseRecovery = [](const QStringList&) { return 0; };
        QVERIFY(!beside.offerRecoveries());
    }

    void aCopyIsOfferedOnceItsWindowIsGone() {
        {
            MainWindow w;
            w.document()->clearToNew();
            QVERIFY(!w.placeObject("vnet", QPointF(0, 0), QString()).isEmpty());
            QCOMPARE(w.document()->autosave(), QString());
            QCOMPARE(copiesOnDisk(), 1);
            QVERIFY(Document::recoveryCopies().isEmpty()); // its window still works on it
        } // gone without saving or discarding: as after a crash, the copy is left
        QCOMPARE(Document::recoveryCopies().size(), 1);
        // Declined: the copy stays for later.
        MainWindow later;
        later.chooseRecovery = [](const QStringList&) { return -1; };
        QVERIFY(later.offerRecoveries());
        QCOMPARE(Document::recoveryCopies().size(), 1);
    }

    void twoWindowsOnOneFileKeepTheirOwnCopies() {
        // Breaker: two windows on one file shared one copy (each autosave overwrote the other's
        // work) and a window with nothing to save deleted the other's copy at its autosave.
        QTemporaryDir dir;
        const QString path = copyOf(dir, "01-forced-tunneling-kms");
        MainWindow a, b;
        a.askRecover = b.askRecover = [](const QString&) { return false; };
        QVERIFY(a.openFile(path));
        QVERIFY(b.openFile(path));
        QVERIFY(a.applyFix(firstFixOf(a, "f-kms"), "f-kms"));
        QCOMPARE(a.document()->autosave(), QString());
        QCOMPARE(copiesOnDisk(), 1);
        QCOMPARE(b.document()->autosave(), QString()); // nothing to save: a's copy stays
        QCOMPARE(copiesOnDisk(), 1);
        QVERIFY(!b.placeObject("vnet", QPointF(-3000, -3000), QString()).isEmpty());
        QCOMPARE(b.document()->autosave(), QString()); // a copy of its own
        QCOMPARE(copiesOnDisk(), 2);
        QVERIFY(a.document()->recoveryPath() != b.document()->recoveryPath());
        QCOMPARE(a.document()->autosave(), QString());
        QCOMPARE(copiesOnDisk(), 2);
        QVERIFY(Document::recoveryCopies().isEmpty()); // both in use
    }

    void aRecoveredCopyIsClaimedAtOnce() {
        // Breaker: until its first autosave, a recovered copy was offered to another window.
        QVERIFY(editAndKill(QString()));
        QCOMPARE(Document::recoveryCopies().size(), 1);
        MainWindow d;
        d.chooseRecovery = [](const QStringList&) { return 0; };
        QVERIFY(d.offerRecoveries());
        QVERIFY(d.document()->isModified());
        QVERIFY(Document::recoveryCopies().isEmpty()); // d's now, before any autosave
        MainWindow e;
        e.chooseRecovery = [](const QStringList&) { return 0; };
        QVERIFY(!e.offerRecoveries());
    }

    void saveToReadOnlyPlaceKeepsTheDocumentModified() {
        QTemporaryDir dir;
        const QString path = copyOf(dir, "01-forced-tunneling-kms");
        MainWindow w;
        QVERIFY(w.openFile(path));
        QVERIFY(w.applyFix(firstFixOf(w, "f-kms"), "f-kms"));
        QFile::setPermissions(path, QFile::ReadOwner); // read-only, even for root
        const QString error = w.document()->saveAs(path);
        QVERIFY(!error.isEmpty());
        QVERIFY(w.document()->isModified());
        QCOMPARE(verdictOf(w, "f-kms"), QString("delivered"));
        QVERIFY(!w.document()->saveAs(dir.filePath("missing/folder/x.pathlight.json")).isEmpty());
        QVERIFY(w.document()->isModified());
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    initNames();
    if (const QByteArray child = qgetenv("PATHLIGHT_RECOVERY_CHILD"); !child.isEmpty())
        return runChild(child == "-" ? QString() : QString::fromLocal8Bit(child));
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
