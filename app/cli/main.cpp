// pathlight-cli: headless tracing, routes and checks. Links Qt Core only (for translations).

#include "cli/cli_commands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("pathlight-cli");
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = pathlight::runCli(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
