#include "cli/cli_service_tags.h"

#include "catalog/service_tags.h"
#include "cli/cli_import.h"
#include "io/atomic_file.h"
#include "live/live_import.h"
#include "text/message_text.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>

namespace pathlight {

namespace {

// The Service Tag Discovery API's version (Microsoft.Network, as the live import's other reads).
constexpr const char* kApiVersion = "2023-09-01";

} // namespace

int commandServiceTags(const QStringList& args, Streams io) {
    const Options o = parseOptions(
        args, {"--subscription", "--location", "--endpoint", "--token-from", "--timeout", "-o"}, {});
    const QString usage = Cli::tr("usage: pathlight-cli service-tags --subscription ID [--location REGION] "
                                  "[--endpoint URL] [--token-from az|env] [--timeout SECONDS] -o OUT.json");
    if (!o.error.isEmpty()) {
        io.err << o.error << "\n" << usage << "\n";
        return 2;
    }
    if (!o.positional.isEmpty()) {
        io.err << Cli::tr("unexpected argument \"%1\"").arg(visible(o.positional[0].toStdString())) << "\n"
               << usage << "\n";
        return 2;
    }
    for (const char* needed : {"--subscription", "-o"})
        if (!o.values.contains(needed)) {
            io.err << Cli::tr("option %1 is missing").arg(needed) << "\n" << usage << "\n";
            return 2;
        }
    const QString subscription = o.values["--subscription"].trimmed();
    if (const auto refusal = live::checkScope({{subscription}, {}})) {
        Diagnostic d;
        d.code = "LIVE_SCOPE";
        d.message = *refusal;
        printDiagnostic(io.err, d);
        return 2;
    }
    // A region name as ARM spells it ("westeurope"); it only picks where the request is served.
    const QString location = o.values.value("--location", "westeurope");
    if (!QRegularExpression("^[a-z0-9]{1,40}$").match(location).hasMatch()) {
        io.err << Cli::tr("--location expects a region name such as westeurope, found \"%1\"")
                      .arg(visible(location.toStdString()))
               << "\n";
        return 2;
    }
    // Where the answer goes is checked before anything is sent.
    const QFileInfo target(o.values["-o"]);
    if (target.isDir() || !target.absoluteDir().exists()) {
        io.err << Cli::tr("cannot write %1: not a file in a folder that exists")
                      .arg(visible(o.values["-o"].toStdString()))
               << "\n";
        return 2;
    }
    live::ArmClientSettings settings;
    if (!liveSettingsFromOptions(o, settings, io)) return 2;
    auto token = liveTokenFromOptions(o, settings.endpoint, io);
    if (!token) return 2;
    live::ArmClient client(settings, *token);
    token->fill('\0');
    const QString path = "/subscriptions/" + live::pathSegment(subscription) +
                         "/providers/Microsoft.Network/locations/" + location +
                         "/serviceTags?api-version=" + kApiVersion;
    live::ArmResponse answer;
    QEventLoop loop;
    client.get(path, [&](const live::ArmResponse& r) {
        answer = r;
        loop.quit();
    });
    loop.exec();
    const QString where = visible(answer.url.toString(QUrl::RemoveQuery).toStdString());
    if (!answer.ok()) {
        Diagnostic d;
        d.code = live::failureCode(answer.failure);
        d.pointer = answer.url.toString(QUrl::RemoveQuery).toStdString();
        d.message = live::failureMessage(answer, settings);
        printDiagnostic(io.err, d);
        return 2;
    }
    // Read back as --service-tags will read it: a body that is no tag list is not written.
    const ServiceTagRead read =
        parseServiceTags(answer.body, answer.url.toString(QUrl::RemoveQuery).toStdString());
    if (!read.database) {
        io.err << Cli::tr("%1: the answer is not a service tag list:").arg(where) << "\n";
        for (const auto& d : read.errors)
            printDiagnostic(io.err, d);
        return 2;
    }
    for (const auto& d : read.warnings)
        printDiagnostic(io.err, d);
    const QString out = o.values["-o"];
    if (const QString error = writeFileAtomically(out, QByteArray::fromStdString(answer.body.dump(2)) + "\n");
        !error.isEmpty()) {
        io.err << visible(error.toStdString()) << "\n";
        return 2;
    }
    io.out << Cli::tr("%1: %n service tag(s), cloud %2, change number %3, written to %4", nullptr,
                      int(read.database->tags().size()))
                  .arg(where, visible(read.database->cloud), QString::number(read.database->changeNumber),
                       visible(out.toStdString()))
           << "\n";
    return 0;
}

} // namespace pathlight
