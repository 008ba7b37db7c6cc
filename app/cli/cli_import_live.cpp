// pathlight-cli import --live: the network of Azure subscriptions and resource groups read from
// Azure Resource Manager (app/live), imported as files are (writeImported).

#include "cli/cli_import.h"

#include "live/access_token.h"
#include "live/live_import.h"
#include "text/message_text.h"

#include <QElapsedTimer>
#include <QEventLoop>

namespace pathlight {

namespace {

// "a,b" and repeated options alike.
QStringList listOption(const Options& o, const QString& name) {
    QStringList out;
    for (const QString& value : o.lists.value(name))
        for (const QString& part : value.split(',', Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

void printError(QTextStream& err, const std::string& where, const Message& message, const char* code) {
    Diagnostic d;
    d.code = code;
    d.pointer = where;
    d.message = message;
    printDiagnostic(err, d);
}

} // namespace

bool liveSettingsFromOptions(const Options& o, live::ArmClientSettings& settings, Streams io) {
    if (o.values.contains("--endpoint")) settings.endpoint = live::normalizeEndpoint(o.values["--endpoint"]);
    if (const auto refusal = live::checkEndpoint(settings.endpoint)) {
        printError(io.err, {}, *refusal, "ENDPOINT");
        return false;
    }
    if (o.values.contains("--timeout")) {
        bool number = false;
        const double seconds = o.values["--timeout"].toDouble(&number);
        if (!number || !(seconds > 0) || seconds > 3600) {
            io.err << Cli::tr("--timeout expects seconds above 0 and at most 3600, found \"%1\"")
                          .arg(visible(o.values["--timeout"].toStdString()))
                   << "\n";
            return false;
        }
        settings.timeoutMs = std::max(1, int(seconds * 1000));
    }
    return true;
}

std::optional<QByteArray> liveTokenFromOptions(const Options& o, const QUrl& endpoint, Streams io) {
    // The environment's when it is set (or asked for), else the Azure CLI's. Never an option: a
    // command line is visible to other users and kept in shell histories.
    QString from = o.values.value("--token-from");
    if (from.isEmpty()) from = qEnvironmentVariableIsSet(live::kTokenVariable) ? "env" : "az";
    if (from != "env" && from != "az") {
        io.err << Cli::tr("--token-from expects az or env, found \"%1\"").arg(visible(from.toStdString()))
               << "\n";
        return std::nullopt;
    }
    if (from == "env") {
        Message why;
        auto t = live::tokenFromEnvironment(&why);
        if (!t) printError(io.err, live::kTokenVariable, why, "TOKEN");
        return t;
    }
    live::AzureCliToken cli;
    QEventLoop loop;
    QObject::connect(&cli, &live::AzureCliToken::finished, &loop, &QEventLoop::quit);
    cli.start(endpoint);
    loop.exec();
    if (!cli.ok()) {
        printError(io.err, "az", cli.error(), "TOKEN");
        return std::nullopt;
    }
    return cli.token();
}

int commandImportLive(const Options& o, Streams io) {
    live::LiveScope scope{listOption(o, "--subscription"), listOption(o, "--resource-group")};
    if (const auto refusal = live::checkScope(scope)) {
        printError(io.err, {}, *refusal, "LIVE_SCOPE");
        return 2;
    }
    live::ArmClientSettings settings;
    if (!liveSettingsFromOptions(o, settings, io)) return 2;
    auto tokenRead = liveTokenFromOptions(o, settings.endpoint, io);
    if (!tokenRead) return 2;
    QByteArray token = std::move(*tokenRead);
    live::LiveImport fetcher(settings, token, scope);
    token.fill('\0');
    // Progress on stderr, at most once a second; the report goes to stdout as for files.
    QElapsedTimer clock;
    clock.start();
    qint64 shown = 0;
    QObject::connect(&fetcher, &live::LiveImport::progressed, [&](const live::LiveProgress& p) {
        if (clock.elapsed() - shown < 1000) return;
        shown = clock.elapsed();
        io.err << Cli::tr("read %n resources; %1 requests left", nullptr, p.resourcesRead).arg(p.requestsLeft)
               << "\n";
        io.err.flush();
    });
    QEventLoop loop;
    QObject::connect(&fetcher, &live::LiveImport::finished, &loop, &QEventLoop::quit);
    fetcher.start();
    loop.exec();
    const live::LiveProgress done = fetcher.progress();
    io.err << Cli::tr("read %n resources in %1 requests from %2", nullptr, done.resourcesRead)
                  .arg(done.requestsDone)
                  .arg(visible(settings.endpoint.toString().toStdString()))
           << "\n";
    return writeImported(live::importFetched(fetcher.takeFetch()), live::liveImportTitle(scope), o, io);
}

} // namespace pathlight
