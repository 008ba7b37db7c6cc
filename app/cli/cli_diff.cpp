#include "cli/cli_diff.h"

#include "analysis/topology_diff.h"
#include "cli/cli_catalog.h"
#include "io/topology_io.h"
#include "text/message_text.h"

namespace pathlight {

namespace {

std::optional<Topology> load(const QString& path, Streams io) {
    LoadResult r = loadTopologyFromFile(path.toStdString());
    if (r.ok()) return std::move(*r.topology);
    io.err << Cli::tr("%1: cannot use this file:").arg(visible(path.toStdString())) << "\n";
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::Error) printDiagnostic(io.err, d);
    return std::nullopt;
}

QString changeText(DiffChange change) {
    switch (change) {
    case DiffChange::Added:
        return Cli::tr("added");
    case DiffChange::Removed:
        return Cli::tr("removed");
    case DiffChange::Changed:
        return Cli::tr("changed");
    }
    return {};
}

} // namespace

int commandDiff(const QStringList& args, Streams io) {
    Options o = parseOptions(args, {}, {"--json"});
    if (!o.error.isEmpty() || o.positional.size() != 2) {
        io.err << (o.error.isEmpty() ? Cli::tr("usage: pathlight-cli diff DESIGN OTHER [--json]") : o.error)
               << "\n";
        return 2;
    }
    const auto design = load(o.positional[0], io);
    if (!design) return 2;
    const auto other = load(o.positional[1], io);
    if (!other) return 2;
    const TopologyDiff diff = diffTopologies(*design, *other, cliCatalog());
    const bool differs = !diff.objects.empty() || diff.flowsThatDiffer() > 0;
    if (o.flags.contains("--json")) {
        io.out << QString::fromStdString(diffToJson(diff).dump(2, ' ', true)) << "\n";
        return differs ? 1 : 0;
    }
    io.out << Cli::tr("objects: %1 added, %2 removed, %3 changed")
                  .arg(diff.count(DiffChange::Added))
                  .arg(diff.count(DiffChange::Removed))
                  .arg(diff.count(DiffChange::Changed))
           << "\n";
    for (const auto& d : diff.objects) {
        const std::string& id = d.designId.empty() ? d.otherId : d.designId;
        QString line =
            QString("  %1  %2 %3").arg(changeText(d.change), displayObjectKind(d.kind), visible(id));
        if (!d.otherId.empty() && !d.designId.empty() && d.otherId != d.designId)
            line += " = " + visible(d.otherId);
        if (!d.keys.empty()) {
            QStringList keys;
            for (const auto& k : d.keys)
                keys << visible(k);
            line += ": " + keys.join(", ");
        }
        io.out << line << "\n";
    }
    io.out << Cli::tr("flows: %1 of %2 differ").arg(diff.flowsThatDiffer()).arg(diff.flows.size()) << "\n";
    for (const auto& f : diff.flows) {
        if (!f.differs()) continue;
        if (!f.otherVerdict) {
            io.out << "  "
                   << Cli::tr("%1: %2 in the design; not traceable in the other (its ends are missing)")
                          .arg(visible(f.flow), displayVerdict(f.designVerdict))
                   << "\n";
            continue;
        }
        io.out << "  "
               << Cli::tr("%1: %2 → %3; apparent source %4 → %5")
                      .arg(visible(f.flow), displayVerdict(f.designVerdict), displayVerdict(*f.otherVerdict),
                           visible(f.designSource), visible(f.otherSource))
               << "\n";
    }
    return differs ? 1 : 0;
}

} // namespace pathlight
