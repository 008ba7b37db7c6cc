#include "cli/cli_import.h"

#include "import/importer.h"
#include "io/atomic_file.h"
#include "text/import_text.h"
#include "text/message_text.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace pathlight {

namespace {

// "subscription=..., resourceGroup=..., location=..." into the template context; an error text
// for an unknown key or a pair without "=".
QString parseContext(const QString& text, armimport::DeploymentContext& context) {
    QSet<QString> seen;
    for (const QString& pair : text.split(',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            return Cli::tr("--context expects key=value pairs, found \"%1\"")
                .arg(visible(pair.toStdString()));
        const QString key = pair.left(eq).trimmed();
        const std::string value = pair.mid(eq + 1).trimmed().toStdString();
        if (seen.contains(key))
            return Cli::tr("--context: \"%1\" is given twice").arg(visible(key.toStdString()));
        seen.insert(key);
        // A value goes into ARM ids: one path segment of printable characters, as Azure's names are.
        const bool usable = !value.empty() && value.size() <= 90 && value.find('/') == std::string::npos &&
                            std::none_of(value.begin(), value.end(), [](char c) {
                                return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
                            });
        if (!usable)
            return Cli::tr("--context: %1 must be 1 to 90 printable characters without \"/\", found \"%2\"")
                .arg(visible(key.toStdString()), visible(value));
        if (key == "subscription" || key == "subscriptionId")
            context.subscriptionId = value;
        else if (key == "resourceGroup")
            context.resourceGroup = value;
        else if (key == "location")
            context.location = value;
        else if (key == "deployment")
            context.deploymentName = value;
        else
            return Cli::tr(
                       "--context: unknown key \"%1\" (subscription, resourceGroup, location, deployment)")
                .arg(visible(key.toStdString()));
    }
    return {};
}

} // namespace

int commandImport(const QStringList& args, Streams io) {
    Options o = parseOptions(args,
                             {"-o", "--parameters", "--context", "--report", "--subscription",
                              "--resource-group", "--endpoint", "--token-from", "--timeout"},
                             {"--suggest-flows", "--live"});
    const bool live = o.flags.contains("--live");
    if (!o.error.isEmpty() || o.positional.isEmpty() != live || !o.values.contains("-o")) {
        io.err << (o.error.isEmpty()
                       ? Cli::tr("usage: pathlight-cli import INPUT... [--parameters FILE] "
                                 "[--context subscription=...,resourceGroup=...] [--suggest-flows] "
                                 "[--report FILE.json] -o OUT.pathlight.json")
                       : o.error)
               << "\n";
        if (o.error.isEmpty())
            io.err << Cli::tr("   or: pathlight-cli import --live --subscription ID [--resource-group RG]... "
                              "[--endpoint URL] [--token-from az|env] [--timeout SECONDS] [--suggest-flows] "
                              "[--report FILE.json] -o OUT.pathlight.json")
                   << "\n";
        return 2;
    }
    const QStringList fileOnly{"--parameters", "--context"};
    const QStringList liveOnly{"--subscription", "--resource-group", "--endpoint", "--token-from",
                               "--timeout"};
    for (const QString& option : live ? fileOnly : liveOnly)
        if (o.values.contains(option)) {
            io.err << (live ? Cli::tr("%1 is for files, not with --live") : Cli::tr("%1 needs --live"))
                          .arg(option)
                   << "\n";
            return 2;
        }
    // Never write over what is read: -o and --report must be neither an input (or a file in an
    // input folder), the parameters file, nor each other (breaker, 2026-12-01).
    auto same = [](const QString& a, const QString& b) {
        const QFileInfo fa(a), fb(b);
        const QString ca = fa.exists() ? fa.canonicalFilePath() : fa.absoluteFilePath();
        const QString cb = fb.exists() ? fb.canonicalFilePath() : fb.absoluteFilePath();
        return ca == cb;
    };
    QStringList targets{o.values["-o"]};
    if (o.values.contains("--report")) targets << o.values["--report"];
    if (targets.size() == 2 && same(targets[0], targets[1])) {
        io.err << Cli::tr("-o and --report name the same file") << "\n";
        return 2;
    }
    QStringList reads = o.positional;
    if (o.values.contains("--parameters")) reads << o.values["--parameters"];
    for (const QString& target : targets)
        for (const QString& read : reads) {
            const QFileInfo r(read);
            const QFileInfo t(target);
            const bool inFolder = r.isDir() && t.exists() &&
                                  t.canonicalFilePath().startsWith(r.canonicalFilePath() + "/") &&
                                  t.suffix().compare("json", Qt::CaseInsensitive) == 0;
            if (same(target, read) || inFolder) {
                io.err << Cli::tr("%1 is an input: the import does not write over what it reads")
                              .arg(visible(target.toStdString()))
                       << "\n";
                return 2;
            }
        }
    if (live) return commandImportLive(o, io);
    armimport::ImportOptions options;
    for (const QString& input : o.positional)
        options.inputs.push_back(input.toStdString());
    options.parameters = o.values.value("--parameters").toStdString();
    if (const QString failure = parseContext(o.values.value("--context"), options.context);
        !failure.isEmpty()) {
        io.err << failure << "\n";
        return 2;
    }
    armimport::ImportResult result = armimport::importAzureFiles(options);
    return writeImported(std::move(result), {}, o, io);
}

int writeImported(armimport::ImportResult result, const QString& title, const Options& o, Streams io) {
    for (const QString& line : reportLines(result.report, 40))
        io.out << line << "\n";
    if (!result.ok()) {
        io.err << Cli::tr("nothing imported:") << "\n";
        for (const auto& d : result.errors)
            printDiagnostic(io.err, d);
        return 2;
    }
    Topology& topology = *result.topology;
    topology.title = (title.isEmpty() ? importTitle(result.report) : title).toStdString();
    if (o.flags.contains("--suggest-flows")) {
        std::size_t leftOut = 0;
        const std::vector<Flow> flows = namedSuggestedFlows(topology, &leftOut);
        io.out << Cli::tr("%n suggested flows added", nullptr, int(flows.size())) << "\n";
        if (leftOut > 0)
            io.out << Cli::tr("%n more suggested flows left out (at most 50 of each kind)", nullptr,
                              int(leftOut))
                   << "\n";
        topology.flows.insert(topology.flows.end(), flows.begin(), flows.end());
    }
    if (o.values.contains("--report")) {
        const std::string report = armimport::reportToJson(result.report).dump(2) + "\n";
        if (const QString failure =
                writeFileAtomically(o.values["--report"], QByteArray::fromStdString(report));
            !failure.isEmpty()) {
            io.err << failure << "\n";
            return 2;
        }
    }
    if (const QString failure =
            writeFileAtomically(o.values["-o"], QByteArray::fromStdString(topologyToText(topology)));
        !failure.isEmpty()) {
        io.err << failure << "\n";
        return 2;
    }
    io.out << Cli::tr("wrote %1").arg(visible(o.values["-o"].toStdString())) << "\n";
    return 0;
}

} // namespace pathlight
