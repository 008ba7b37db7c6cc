#include "cli/cli_import.h"

#include "import/importer.h"
#include "import/suggested_flows.h"
#include "io/atomic_file.h"
#include "text/import_text.h"
#include "text/message_text.h"
#include "topology/topology_index.h"

#include <QFileInfo>

namespace pathlight {

namespace {

// "subscription=..., resourceGroup=..., location=..." into the template context; an error text
// for an unknown key or a pair without "=".
QString parseContext(const QString& text, armimport::DeploymentContext& context) {
    for (const QString& pair : text.split(',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            return Cli::tr("--context expects key=value pairs, found \"%1\"")
                .arg(visible(pair.toStdString()));
        const QString key = pair.left(eq).trimmed();
        const std::string value = pair.mid(eq + 1).trimmed().toStdString();
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
    Options o = parseOptions(args, {"-o", "--parameters", "--context", "--report"}, {"--suggest-flows"});
    if (!o.error.isEmpty() || o.positional.isEmpty() || !o.values.contains("-o")) {
        io.err << (o.error.isEmpty()
                       ? Cli::tr("usage: pathlight-cli import INPUT... [--parameters FILE] "
                                 "[--context subscription=...,resourceGroup=...] [--suggest-flows] "
                                 "[--report FILE.json] -o OUT.pathlight.json")
                       : o.error)
               << "\n";
        return 2;
    }
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
    for (const QString& line : reportLines(result.report, 40))
        io.out << line << "\n";
    if (!result.ok()) {
        io.err << Cli::tr("nothing imported:") << "\n";
        for (const auto& d : result.errors)
            printDiagnostic(io.err, d);
        return 2;
    }
    Topology& topology = *result.topology;
    QStringList names;
    for (const auto& f : result.report.files)
        if (f.form != armimport::InputForm::Refused)
            names << QFileInfo(QString::fromStdString(f.path)).fileName();
    topology.title = Cli::tr("Imported from %1").arg(names.join(", ")).toStdString();
    if (o.flags.contains("--suggest-flows")) {
        const TopologyIndex index(topology);
        setObjectNamer([&index](const std::string& id) { return index.displayName(id); });
        std::vector<Flow> flows;
        for (const auto& s : armimport::suggestFlows(topology)) {
            Flow f = s.flow;
            f.name = displayText(s.name).toStdString();
            flows.push_back(std::move(f));
        }
        setObjectNamer(nullptr);
        io.out << Cli::tr("%n suggested flows added", nullptr, int(flows.size())) << "\n";
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
    io.out << Cli::tr("wrote %1").arg(o.values["-o"]) << "\n";
    return 0;
}

} // namespace pathlight
