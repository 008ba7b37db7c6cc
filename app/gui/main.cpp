// pathlight: the desktop application. With no file it opens the built-in demo scenario.

#include "gui/main_window.h"
#include "gui/open_windows.h"
#include "pathlight_version.h"
#include "text/language.h"
#include "topology/topology_index.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

#include <cstdio>

#include "gui/document.h"
#include "io/terminal_device.h"
#include "panels/flows_panel.h"

int main(int argc, char** argv) {
    Q_INIT_RESOURCE(pathlight); // icons and examples live in the views library
    // --help and --version print and leave: they need no display (a terminal over ssh has none).
    for (int i = 1; i < argc; ++i)
        if (const std::string_view a = argv[i];
            a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName("Pathlight");
    QApplication::setOrganizationName("Pathlight");
    QApplication::setApplicationVersion(PATHLIGHT_VERSION);
    // The desktop entry this window belongs to (its icon, and the Wayland app id).
    QGuiApplication::setDesktopFileName(PATHLIGHT_APP_ID);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design and debug hybrid Azure networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        "files",
        QApplication::translate(
            "main", "Topology files to open, each in a window of its own (default: the built-in demo)."),
        "[file...]");
    QCommandLineOption screenshot(
        "screenshot", QApplication::translate("main", "Save a PNG of the window after it opens, then quit."),
        "png");
    parser.addOption(screenshot);
    QCommandLineOption select(
        "select", QApplication::translate("main", "Select this object and show it in the inspector."), "id");
    parser.addOption(select);
    QCommandLineOption flow("flow", QApplication::translate("main", "Show this flow's path."), "id");
    parser.addOption(flow);
    QCommandLineOption language(
        "lang", QApplication::translate("main", "Interface language: en, ja or zh_TW (remembered)."), "code");
    parser.addOption(language);
    QCommandLineOption import(
        "import",
        QApplication::translate(
            "main", "Import these Azure files or folders (repeat the option for several) as a new "
                    "document, instead of opening a topology."),
        "path");
    parser.addOption(import);
    QCommandLineOption compare(
        "compare",
        QApplication::translate("main",
                                "Compare the opened design with this topology file (File ▸ Compare with…)."),
        "file");
    parser.addOption(compare);
    QCommandLineOption exportTo(
        "export",
        QApplication::translate("main",
                                "Export the diagram (with --flow, that flow's path) to this file, by its "
                                "extension: .png, .svg, .pdf or .drawio; then quit."),
        "file");
    parser.addOption(exportTo);
    parser.process(app);

    auto refuse = [](const QString& text) {
        const QByteArray why = pathlight::terminalSafe(text.toUtf8());
        std::fprintf(stderr, "%s\n", why.constData());
        return 2;
    };
    // Refused before any window exists: an unknown language (say, "--lang --screenshot x.png"
    // took the next option as the code) or a screenshot target that is not a file (a FIFO would
    // block the grab forever, a folder cannot take it).
    for (const QCommandLineOption* option :
         {&screenshot, &select, &flow, &language, &import, &compare, &exportTo})
        if (parser.isSet(*option) && parser.value(*option).startsWith("--"))
            return refuse(QApplication::translate("main", "--%1 needs a value; it took the option %2")
                              .arg(option->names().constFirst(), parser.value(*option)));
    // What names something inside a document, or the one window grabbed, needs a single file.
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        for (const QCommandLineOption* option : {&screenshot, &select, &flow, &compare, &exportTo})
            if (parser.isSet(*option))
                return refuse(QApplication::translate("main", "--%1 goes with a single file (got %2)")
                                  .arg(option->names().constFirst())
                                  .arg(files.size()));
    if (parser.isSet(language) && !pathlight::availableLanguages().contains(parser.value(language)))
        return refuse(QApplication::translate("main", "unknown language %1 (use %2)")
                          .arg(parser.value(language), pathlight::availableLanguages().join(", ")));
    if (parser.isSet(screenshot)) {
        const QFileInfo target(parser.value(screenshot));
        if (target.exists() && !target.isFile())
            return refuse(
                QApplication::translate("main", "cannot write the screenshot %1 (not a regular file)")
                    .arg(parser.value(screenshot)));
        // Only a .png is written: a mistyped option (the topology's own path) must not be replaced.
        if (target.suffix().compare("png", Qt::CaseInsensitive) != 0)
            return refuse(
                QApplication::translate("main", "cannot write the screenshot %1 (its name must end in .png)")
                    .arg(parser.value(screenshot)));
    }
    if (parser.isSet(exportTo)) {
        const QFileInfo target(parser.value(exportTo));
        const QString suffix = target.suffix().toLower();
        if ((target.exists() && !target.isFile()) ||
            !QStringList{"png", "svg", "pdf", "drawio"}.contains(suffix))
            return refuse(QApplication::translate(
                              "main", "cannot export to %1 (a file ending in .png, .svg, .pdf or .drawio)")
                              .arg(parser.value(exportTo)));
        if (parser.isSet(screenshot))
            return refuse(QApplication::translate("main", "--export and --screenshot: one or the other"));
    }
    const bool unattended = parser.isSet(screenshot) || parser.isSet(exportTo);
    // How every window of this run reports and asks (tests and unattended runs replace the boxes).
    const auto prepare = [&](pathlight::MainWindow& window) {
        if (parser.isSet(language)) window.setLanguage(parser.value(language));
        if (!unattended) return;
        // No one is there to answer a modal box: problems go to stderr and the program ends.
        window.reportLoadErrors = [](const QString& path, const QStringList& lines) {
            // The same filter as the CLI's: a path or a name cannot drive the terminal.
            QString text = QApplication::translate("main", "%1 cannot be opened:").arg(path) + "\n";
            for (const QString& line : lines)
                text += "  " + line + "\n";
            const QByteArray bytes = pathlight::terminalSafe(text.toUtf8());
            std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
        };
        window.askRecover = [](const QString&) { return false; };
        // An imported document is unsaved: the unattended run ends without asking.
        window.askUnsaved = [](const QString&) { return int(QMessageBox::Discard); };
    };
    const QString path = files.isEmpty() ? pathlight::Document::demoPath() : files.first();
    if (parser.isSet(import) && !files.isEmpty())
        return refuse(QApplication::translate("main", "--import and a file to open: one or the other"));
    // With --import, the demo first, so that an import that fails leaves the usual window.
    QList<QPointer<pathlight::MainWindow>> windows =
        pathlight::openWindows(files.isEmpty() ? QStringList{path} : files, prepare);
    // No file could be opened (each one's reasons were shown): nothing was opened, so no window.
    // The demo instead looked as if the file had opened; an empty window left behind showed a
    // bare canvas at 938 % and an empty matrix (newcomer walks).
    if (windows.isEmpty()) return 2;
    if (parser.isSet(import) && !windows.constFirst()->importAzureFiles(parser.values(import)) && unattended)
        return 2;
    pathlight::MainWindow& window = *windows.constFirst();
    if (parser.isSet(compare) && !window.compareWith(parser.value(compare)) && unattended) return 2;
    for (const auto& other : windows)
        other->show();
    // Work autosaved but never saved (a crash, kill -9) is offered back at start-up, before the
    // welcome screen (which then is not shown when work came back: it said "the demo is open
    // behind this window" over the recovered work, and hid the recovery question).
    const bool welcome = files.isEmpty() && !unattended && !parser.isSet(import) &&
                         QSettings().value("welcome/show", true).toBool();
    if (!unattended)
        QTimer::singleShot(0, &window, [&window, welcome] {
            window.offerRecoveries();
            if (welcome && !window.document()->isModified()) window.showGallery(true);
        });
    // An id the document does not have is said, not ignored: unattended it ends the run.
    const pathlight::Topology& topology = window.document()->topology();
    if (parser.isSet(flow)) {
        const bool known = std::any_of(topology.flows.begin(), topology.flows.end(), [&](const auto& f) {
            return QString::fromStdString(f.id) == parser.value(flow);
        });
        const QString why = QApplication::translate("main", "no flow %1 in %2").arg(parser.value(flow), path);
        if (!known && unattended) return refuse(why);
        if (!known) window.statusBar()->showMessage(why, 8000);
        window.flowsPanel()->selectFlow(parser.value(flow));
    }
    if (parser.isSet(select)) {
        const bool known = window.document()->network()->index().contains(parser.value(select).toStdString());
        const QString why =
            QApplication::translate("main", "no object %1 in %2").arg(parser.value(select), path);
        if (!known && unattended) return refuse(why);
        if (!known) window.statusBar()->showMessage(why, 8000);
        window.inspectObject(parser.value(select));
    }
    if (parser.isSet(screenshot)) {
        // For documentation and checks under xvfb: let the layout settle, grab, quit.
        QTimer::singleShot(800, &window, [&] {
            // Through a temporary file: a grab that fails leaves what was there.
            QSaveFile out(parser.value(screenshot));
            if (out.open(QIODevice::WriteOnly) && window.grab().save(&out, "PNG") && out.commit())
                return app.quit();
            const QByteArray why = pathlight::terminalSafe(
                QApplication::translate("main",
                                        "cannot write the screenshot %1 (a PNG in a folder that exists)")
                    .arg(parser.value(screenshot))
                    .toUtf8());
            std::fprintf(stderr, "%s\n", why.constData());
            app.exit(2);
        });
    }
    if (parser.isSet(exportTo)) {
        // As File ▸ Export diagram… does, once the scene is drawn and the flow's path shown.
        QTimer::singleShot(300, &window, [&] {
            const QString error = window.exportDiagram(parser.value(exportTo));
            if (error.isEmpty()) return app.quit();
            const QByteArray why = pathlight::terminalSafe(error.toUtf8());
            std::fprintf(stderr, "%s\n", why.constData());
            app.exit(2);
        });
    }
    const int code = app.exec();
    qDeleteAll(windows); // those still open (a screenshot quits without closing them); null for the rest
    return code;
}
