// The desktop integration and the Debian package (README, "Install"): the validators accept the
// desktop entry, the AppStream file and the MIME type; the man pages render without warnings; the
// bash completion offers the file's ids and runs nothing from the command line; and the package
// built by CPack installs into a temporary root where its programs run. Each check is skipped
// when its tool is not installed (scripts/setup.sh installs them all).

#include "pathlight_version.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = {}) {
    QProcess p;
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert("LC_ALL", "C.UTF-8");
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!p.waitForFinished(120000)) return {-1, {}, "did not finish: " + program};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString built(const QString& path) {
    return QStringLiteral(PATHLIGHT_BINARY_DIR "/") + path;
}

QString example(const char* name) {
    return QStringLiteral(PATHLIGHT_SOURCE_DIR "/resources/examples/") + name + ".pathlight.json";
}

// The ids of a kind ("flows", or "nics" of every VM) as the file lists them, read with Qt's JSON.
QStringList idsIn(const QString& path, const QString& kind) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    const QJsonObject topology = QJsonDocument::fromJson(file.readAll()).object();
    QStringList ids;
    if (kind == "flows")
        for (const auto& flow : topology["flows"].toArray())
            ids << flow.toObject()["id"].toString();
    else
        for (const auto& vm : topology["vms"].toArray())
            for (const auto& nic : vm.toObject()["nics"].toArray())
                ids << nic.toObject()["id"].toString();
    return ids;
}

#define REQUIRE_TOOL(name)                                                                                   \
    if (QStandardPaths::findExecutable(name).isEmpty()) QSKIP(name " is not installed (scripts/setup.sh)")

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private slots:
    void desktopEntryValidates() {
        REQUIRE_TOOL("desktop-file-validate");
        const QString entry = built("packaging/" PATHLIGHT_APP_ID ".desktop");
        const Run r = run("desktop-file-validate", {entry});
        QVERIFY2(r.code == 0 && r.out.isEmpty() && r.err.isEmpty(), qPrintable(r.out + r.err));
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\nExec=pathlight %F\n"));
        QVERIFY(text.contains("\nMimeType=application/x-pathlight+json;\n"));
    }

    void metainfoValidates() {
        REQUIRE_TOOL("appstreamcli");
        const QString metainfo = built("packaging/" PATHLIGHT_APP_ID ".metainfo.xml");
        const Run r = run("appstreamcli", {"validate", "--no-net", "--no-color", metainfo});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<release version=\"" PATHLIGHT_VERSION "\""));
        QVERIFY(text.contains("<launchable type=\"desktop-id\">" PATHLIGHT_APP_ID ".desktop</launchable>"));
        QVERIFY(text.contains("<screenshot type=\"default\">"));
    }

    // Well-formed, accepted by update-mime-database, and *.pathlight.json is then this type (not
    // plain JSON) with Pathlight's icon, as a file manager asks Qt or GLib.
    void mimeTypeIsRecognised() {
        REQUIRE_TOOL("xmllint");
        REQUIRE_TOOL("update-mime-database");
        const QString xml = QStringLiteral(PATHLIGHT_SOURCE_DIR "/packaging/pathlight-mime.xml");
        const Run lint = run("xmllint", {"--noout", xml});
        QVERIFY2(lint.code == 0 && lint.err.isEmpty(), qPrintable(lint.err));
        QTemporaryDir share;
        QVERIFY(QDir().mkpath(share.filePath("mime/packages")));
        QVERIFY(QFile::copy(xml, share.filePath("mime/packages/pathlight.xml")));
        // A private copy of the system's types too: application/json, the parent, comes from there.
        QVERIFY(QFile::copy("/usr/share/mime/packages/freedesktop.org.xml",
                            share.filePath("mime/packages/freedesktop.org.xml")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_DATA_DIRS", share.path());
        const Run update = run("update-mime-database", {share.filePath("mime")}, env);
        QVERIFY2(update.code == 0 && update.err.isEmpty(), qPrintable(update.err));
        QFile globs(share.filePath("mime/globs2"));
        QVERIFY(globs.open(QIODevice::ReadOnly));
        QVERIFY(globs.readAll().contains("60:application/x-pathlight+json:*.pathlight.json"));
        // Qt reads XDG_DATA_DIRS when its database is first used, which is here.
        qputenv("XDG_DATA_DIRS", share.path().toUtf8());
        qputenv("XDG_DATA_HOME", share.filePath("none").toUtf8());
        const QMimeType type =
            QMimeDatabase().mimeTypeForFile("hub.pathlight.json", QMimeDatabase::MatchExtension);
        QCOMPARE(type.name(), QStringLiteral("application/x-pathlight+json"));
        QVERIFY(type.inherits("application/json"));
        QCOMPARE(type.iconName(), QStringLiteral("pathlight"));
        QCOMPARE(QMimeDatabase().mimeTypeForFile("other.json", QMimeDatabase::MatchExtension).name(),
                 QStringLiteral("application/json"));
    }

    void manPagesRender() {
        REQUIRE_TOOL("man");
        for (const QString page : {"pathlight", "pathlight-cli"}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("MANWIDTH", "80");
            const Run r = run("man", {"--warnings", "-l", built("packaging/man/" + page + ".1")}, env);
            QVERIFY2(r.code == 0 && r.err.isEmpty(), qPrintable(page + ": " + r.err));
            QVERIFY2(r.out.contains("NAME") && r.out.contains("SYNOPSIS") &&
                         r.out.contains("Pathlight " PATHLIGHT_VERSION),
                     qPrintable(r.out));
            // Every line fits the width asked for (nothing overflows the terminal).
            for (const QString& line : r.out.split('\n'))
                QVERIFY2(line.size() <= 80, qPrintable(page + ": " + line));
        }
    }

    // The completion of `pathlight-cli trace FILE --flow <Tab>` and `routes FILE --nic <Tab>` lists
    // the file's ids (through the built pathlight-cli); a command line holding $(...) or `...`
    // as the file name runs nothing.
    void bashCompletionOffersIdsAndRunsNothing() {
        REQUIRE_TOOL("bash");
        const QString script = QStringLiteral(PATHLIGHT_SOURCE_DIR "/packaging/completion/pathlight-cli");
        QTemporaryDir dir;
        const auto complete = [&](const QStringList& words) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("PATH", built("app") + ":" + env.value("PATH"));
            QStringList quoted;
            for (const QString& w : words)
                quoted << "'" + QString(w).replace("'", "'\\''") + "'";
            const QString program = QString("cd '%1' && source '%2' && COMP_WORDS=(%3) && COMP_CWORD=%4 && "
                                            "_pathlight_cli && printf '%s\\n' \"${COMPREPLY[@]}\"")
                                        .arg(dir.path(), script, quoted.join(' '))
                                        .arg(words.size() - 1);
            return run("bash", {"--norc", "--noprofile", "-c", program}, env);
        };
        const QString kms = example("01-forced-tunneling-kms");
        const QStringList flows = idsIn(kms, "flows");
        QVERIFY(flows.size() > 1);
        Run r = complete({"pathlight-cli", "trace", kms, "--flow", ""});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, flows.join('\n') + '\n');
        // Only those that start with what is typed.
        const QString prefix = flows.first().left(flows.first().size() - 1);
        r = complete({"pathlight-cli", "trace", kms, "--flow", prefix});
        QStringList expected;
        for (const QString& id : flows)
            if (id.startsWith(prefix)) expected << id;
        QCOMPARE(r.out, expected.join('\n') + '\n');
        const QString hub = example("05-route-server-nva-forced-tunnel");
        r = complete({"pathlight-cli", "routes", hub, "--nic", ""});
        QCOMPARE(r.out, idsIn(hub, "nics").join('\n') + '\n');
        r = complete({"pathlight-cli", "tr"});
        QCOMPARE(r.out, QStringLiteral("trace\n"));
        r = complete({"pathlight-cli", "trace", kms, "--j"});
        QCOMPARE(r.out, QStringLiteral("--json\n"));
        r = complete({"pathlight-cli", "ids", kms, ""});
        QCOMPARE(r.out, QStringLiteral("flows\nnics\n"));
        // Nothing typed is evaluated: no file appears, whatever the shell would have done with it.
        for (const QString word :
             {"$(touch ran-1)", "`touch ran-2`", "\"$(touch ran-3)\"", "~/$(touch ran-4)"}) {
            r = complete({"pathlight-cli", "trace", word, "--flow", ""});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(r.out, QStringLiteral("\n")); // no id: there is no such file
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    }

    // The package as `cmake --build build --target package` makes it (CPack, with the build as it
    // is), unpacked with dpkg -x: its files are where the desktop looks, and its programs run.
    void packageInstallsAndRuns() {
        REQUIRE_TOOL("cpack");
        REQUIRE_TOOL("dpkg-deb");
        REQUIRE_TOOL("dpkg-shlibdeps");
        QTemporaryDir out;
        const Run pack =
            run("cpack", {"-G", "DEB", "--config", built("CPackConfig.cmake"), "-B", out.path()});
        QVERIFY2(pack.code == 0, qPrintable(pack.out + pack.err));
        const QString deb = out.filePath("pathlight_" PATHLIGHT_VERSION "_amd64.deb");
        QVERIFY2(QFile::exists(deb), qPrintable(pack.out));
        // dpkg-shlibdeps found the libraries' packages.
        const Run depends = run("dpkg-deb", {"--field", deb, "Depends"});
        for (const char* package :
             {"libqt6core6", "libqt6widgets6", "libqt6svg6", "libgvc6", "libqcustomplot"})
            QVERIFY2(depends.out.contains(package), qPrintable(depends.out));
        const QString root = out.filePath("root");
        const Run unpack = run("dpkg-deb", {"-x", deb, root});
        QVERIFY2(unpack.code == 0, qPrintable(unpack.err));
        for (const QString path :
             {"usr/bin/pathlight", "usr/bin/pathlight-cli",
              "usr/share/applications/" PATHLIGHT_APP_ID ".desktop",
              "usr/share/metainfo/" PATHLIGHT_APP_ID ".metainfo.xml", "usr/share/mime/packages/pathlight.xml",
              "usr/share/icons/hicolor/scalable/apps/pathlight.svg",
              "usr/share/icons/hicolor/48x48/apps/pathlight.png",
              "usr/share/icons/hicolor/256x256/apps/pathlight.png",
              "usr/share/icons/hicolor/48x48/mimetypes/application-x-pathlight+json.png",
              "usr/share/man/man1/pathlight.1.gz", "usr/share/man/man1/pathlight-cli.1.gz",
              "usr/share/bash-completion/completions/pathlight-cli",
              "usr/share/pathlight/examples/01-forced-tunneling-kms.pathlight.json"})
            QVERIFY2(QFileInfo(root + "/" + path).isFile(), qPrintable(path));
        // The installed programs: their version, a trace of an installed example (the trace
        // needs the translations and the endpoint catalog, which the program carries).
        const QString cli = root + "/usr/bin/pathlight-cli";
        Run r = run(cli, {"--version"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("pathlight-cli " PATHLIGHT_VERSION "\n"));
        const QString kms = root + "/usr/share/pathlight/examples/01-forced-tunneling-kms.pathlight.json";
        const QString flow = idsIn(kms, "flows").first();
        r = run(cli, {"trace", kms, "--flow", flow, "--json"});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        const QJsonArray traced = QJsonDocument::fromJson(r.out.toUtf8()).object()["flows"].toArray();
        QCOMPARE(traced.size(), 1);
        QVERIFY(!traced[0].toObject()["hops"].toArray().isEmpty());
        // The translations are found: the Japanese text is not the English one.
        const Run english = run(cli, {"trace", kms, "--flow", flow, "--lang", "en"});
        const Run japanese = run(cli, {"trace", kms, "--flow", flow, "--lang", "ja"});
        QVERIFY(!english.out.isEmpty() && !japanese.out.isEmpty());
        QVERIFY2(japanese.out != english.out, qPrintable(japanese.out));
        const QString gui = root + "/usr/bin/pathlight";
        QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
        offscreen.insert("QT_QPA_PLATFORM", "offscreen");
        offscreen.insert("XDG_CONFIG_HOME", out.filePath("config")); // not the user's settings
        offscreen.insert("XDG_DATA_HOME", out.filePath("data"));
        r = run(gui, {"--version"}, offscreen);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("Pathlight " PATHLIGHT_VERSION "\n"));
        const QString png = out.filePath("window.png");
        r = run(gui, {kms, "--flow", flow, "--screenshot", png}, offscreen);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage shot(png);
        QVERIFY(shot.width() > 400 && shot.height() > 300);
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
