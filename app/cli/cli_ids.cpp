#include "cli/cli_ids.h"

#include "io/topology_io.h"
#include "text/message_text.h"

namespace pathlight {

int commandIds(const QStringList& args, Streams io) {
    Options o = parseOptions(args, {}, {});
    const QStringList kinds{"flows", "nics"};
    if (!o.error.isEmpty() || o.positional.size() != 2 || !kinds.contains(o.positional[1])) {
        io.err << (o.error.isEmpty() ? Cli::tr("usage: pathlight-cli ids FILE flows|nics") : o.error) << "\n";
        return 2;
    }
    const LoadResult r = loadTopologyFromFile(o.positional[0].toStdString());
    if (!r.ok()) {
        io.err << Cli::tr("%1: cannot use this file:").arg(visible(o.positional[0].toStdString())) << "\n";
        for (const auto& d : r.diagnostics)
            if (d.severity == Severity::Error) printDiagnostic(io.err, d);
        return 2;
    }
    // Made visible: an id is a name from the file, it cannot drive the terminal or fake a line.
    if (o.positional[1] == "flows")
        for (const auto& flow : r.topology->flows)
            io.out << visible(flow.id) << "\n";
    else
        for (const auto& vm : r.topology->vms)
            for (const auto& nic : vm.nics)
                io.out << visible(nic.id) << "\n";
    return 0;
}

} // namespace pathlight
