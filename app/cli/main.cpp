// pathlight-cli: headless tracing, routes and checks. Links Qt Core only (for translations).

#include "cli/cli_commands.h"
#include "io/terminal_device.h"
#include "text/language.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("pathlight-cli");
    // Everything printed passes through TerminalDevice: names from a file cannot drive the terminal.
    QFile stdoutFile, stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    stderrFile.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    pathlight::TerminalDevice stdoutDevice(&stdoutFile), stderrDevice(&stderrFile);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    // --lang CODE (anywhere) picks the language of the human-readable output; JSON stays English.
    // Without it the environment's locale decides (LANG, LC_ALL), as for any command-line tool.
    QStringList args = app.arguments().mid(1);
    QString language;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == "--lang" && i + 1 < args.size()) {
            language = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith("--lang=")) {
            language = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    if (!language.isEmpty() && !pathlight::availableLanguages().contains(language)) {
        err << QCoreApplication::translate("Cli", "unknown language \"%1\" (available: %2)")
                   .arg(language, pathlight::availableLanguages().join(", "))
            << "\n";
        return 2;
    }
    pathlight::installLanguage(language);
    const int code = pathlight::runCli(args, out, err);
    out.flush();
    err.flush();
    return code;
}
