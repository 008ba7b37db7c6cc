#include "cli/cli_commands.h"

#include "advice/fix_advisor.h"
#include "analysis/analysis.h"
#include "analysis/route_lints.h"
#include "catalog/endpoint_catalog.h"
#include "cli/cli_catalog.h"
#include "cli/cli_diff.h"
#include "cli/cli_ids.h"
#include "cli/cli_import.h"
#include "cli/cli_options.h"
#include "cli/cli_service_tags.h"
#include "io/atomic_file.h"
#include "io/topology_io.h"
#include "pathlight_version.h"
#include "report/trace_json.h"
#include "text/message_text.h"
#include "trace/tracer.h"
#include "validation/lints.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <memory>
#include <optional>

namespace pathlight {

namespace {

// A JSON value as dump(2) would print it nested `depth` spaces deep, ASCII only (names in other
// scripts as \u escapes, so nothing in the output can drive a terminal).
// Appends `value` as JSON (two-space indentation, ASCII only) to `out`, every line indented by
// `depth` more spaces: an element of an array printed by hand around it.
void appendIndentedJson(std::string& out, const nlohmann::ordered_json& value, int depth) {
    const std::string text = value.dump(2, ' ', true);
    const std::string pad(std::size_t(depth), ' ');
    out += pad;
    std::size_t from = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
        out.append(text, from, at + 1 - from);
        out += pad;
        from = at + 1;
    }
    out.append(text, from, std::string::npos);
}

// Writes UTF-8 bytes to a stream: straight to its device when it has one (no round trip through
// UTF-16 for 40 MB of JSON), else as text.
void writeUtf8(QTextStream& stream, const std::string& bytes) {
    if (QIODevice* device = stream.device()) {
        stream.flush();
        device->write(bytes.data(), qint64(bytes.size()));
    } else {
        stream << QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
}

// Loads a file for the subcommands that need a valid topology: prints the reason and
// returns nothing when it cannot be used.
std::optional<Topology> loadOrExplain(const QString& path, Streams io) {
    LoadResult r = loadTopologyFromFile(path.toStdString());
    if (!r.ok()) {
        io.err << Cli::tr("%1: cannot use this file:").arg(path) << "\n";
        for (const auto& d : r.diagnostics)
            if (d.severity == Severity::Error) printDiagnostic(io.err, d);
        return std::nullopt;
    }
    return std::move(*r.topology);
}

// Loads a file and computes its network; nothing when the file cannot be used (reason printed).
std::shared_ptr<const Network> loadNetworkOrExplain(const QString& path, Streams io) {
    auto topology = loadOrExplain(path, io);
    if (!topology) return nullptr;
    return Network::build(std::make_shared<const Topology>(std::move(*topology)), cliCatalog());
}

// Loads a file into one analysis (network, traces, in-place fix verification); nothing when the
// file cannot be used (reason printed).
std::unique_ptr<Analysis> loadAnalysisOrExplain(const QString& path, Streams io) {
    auto topology = loadOrExplain(path, io);
    if (!topology) return nullptr;
    return std::make_unique<Analysis>(std::move(*topology), cliCatalog());
}

int commandCheck(const QStringList& args, Streams io) {
    Options o = parseOptions(args, {}, {});
    if (!o.error.isEmpty() || o.positional.size() != 1) {
        io.err << (o.error.isEmpty() ? Cli::tr("usage: pathlight-cli check FILE") : o.error) << "\n";
        return 2;
    }
    LoadResult r = loadTopologyFromFile(o.positional[0].toStdString());
    if (!r.ok()) {
        // Unusable input (not JSON, a bad prefix, a dangling id, a wrong type): exit 2 with the
        // reasons on stderr (trace-contract.md, "Exit codes").
        io.err << Cli::tr("%1: cannot use this file:").arg(visible(o.positional[0].toStdString())) << "\n";
        for (const auto& d : r.diagnostics)
            if (d.severity == Severity::Error) printDiagnostic(io.err, d);
        return 2;
    }
    for (const auto& d : r.diagnostics)
        printDiagnostic(io.out, d);
    auto lints = lintTopology(*r.topology, *cliCatalog());
    {
        // And what only the computed routes show (analysis/route_lints.h).
        const auto network = Network::build(std::make_shared<const Topology>(*r.topology), cliCatalog());
        const auto routes = lintRoutes(*network);
        lints.insert(lints.end(), routes.begin(), routes.end());
    }
    int errors = 0, warnings = 0;
    for (const auto& d : r.diagnostics)
        warnings += d.severity == Severity::Warning;
    for (const auto& d : lints) {
        printDiagnostic(io.out, d);
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    io.out << Cli::tr("%1: %2, %3")
                  .arg(visible(o.positional[0].toStdString()), Cli::tr("%n error(s)", nullptr, errors),
                       Cli::tr("%n warning(s)", nullptr, warnings))
           << "\n";
    return errors ? 1 : 0;
}

QString routeText(const HopRoute& r) {
    QString text = visible(r.prefix.toString()) + " → " + QString::fromLatin1(r.nextHopType);
    if (!r.nextHopIps.empty()) {
        QStringList ips;
        for (const auto& ip : r.nextHopIps)
            ips << visible(ip.toString());
        text += " " + ips.join(", ");
    }
    text += QString(" (%1").arg(displayTerm(r.source));
    if (!r.name.empty()) text += ", " + visible(r.name);
    if (!r.via.empty()) text += ", " + Cli::tr("via %1").arg(visible(r.via));
    return text + ")";
}

void printTrace(QTextStream& s, const Trace& t, Analysis& analysis) {
    s << Cli::tr("flow %1: %2 → %3 (%4 %5)")
             .arg(visible(t.flowId.empty() ? std::string("(ad hoc)") : t.flowId), visible(t.source),
                  visible(t.destination), toString(t.protocol), QString::number(t.port))
      << "\n";
    s << "  " << Cli::tr("verdict: %1").arg(displayVerdict(t.verdict));
    if (!t.expect.empty())
        s << "  "
          << (t.matchesExpectation() ? Cli::tr("(as expected)")
                                     : Cli::tr("(EXPECTED %1)").arg(visible(t.expect)));
    s << "\n";
    const QString source = t.apparentSource ? visible(t.apparentSource->toString())
                                            : Cli::tr("an Azure default outbound address");
    s << "  " << Cli::tr("apparent source: %1 (%2)").arg(source, displaySourceKind(t.apparentSourceKind))
      << "\n";
    const auto printHops = [&](const std::vector<Hop>& hops, const QString& numbering) {
        for (std::size_t i = 0; i < hops.size(); ++i) {
            const Hop& h = hops[i];
            s << QString("  %1. %2").arg(numbering.arg(i + 1).rightJustified(3), visible(h.node));
            if (!h.nic.empty()) s << " [" << visible(h.nic) << "]";
            s << " (" << displayHopKind(h.kind) << ")";
            if (h.sourceTranslated) {
                auto text = [](const std::optional<Ipv4Address>& a) {
                    return a ? visible(a->toString()) : Cli::tr("an Azure default outbound address");
                };
                s << "  " << Cli::tr("source %1 → %2").arg(text(h.before.source), text(h.after.source));
            }
            s << "\n";
            for (const auto& d : h.nsg) {
                s << "       "
                  << Cli::tr("NSG %1 %2: %3 (%4) %5")
                         .arg(visible(d.nsg), displayTerm(toString(d.direction)), visible(d.rule),
                              QString::number(d.priority), displayTerm(toString(d.access)));
                if (d.hidden)
                    s << "  "
                      << Cli::tr("hidden platform allowance %1; IP flow verify: %2")
                             .arg(visible(d.platformAllowance), displayTerm(toString(d.ipFlowVerify)));
                s << "\n";
            }
            if (h.route) s << "       " << Cli::tr("route %1").arg(routeText(*h.route)) << "\n";
            if (h.step.sourceText && *h.step.sourceText) s << "       " << displayText(h.step) << "\n";
        }
    };
    printHops(t.hops, QStringLiteral("%1"));
    if (!t.returnHops.empty()) {
        s << "  " << Cli::tr("reply:") << "\n";
        printHops(t.returnHops, QStringLiteral("R%1")); // the reply's hops: R1, R2, ...
    }
    const std::vector<std::vector<Fix>> proposed = analysis.proposedFixesFor(t);
    for (std::size_t k = 0; k < t.findings.size(); ++k) {
        const Finding* f = &t.findings[k];
        const std::vector<Fix>& fixes = proposed[k];
        s << "  [" << displaySeverity(f->severity) << "] " << visible(f->code) << ": "
          << displayText(f->message) << "\n";
        for (const auto& fix : fixes)
            s << "      "
              << Cli::tr("fix %1%2: %3")
                     .arg(visible(fix.code),
                          fix.applicable() ? QString() : Cli::tr(" (explained, not applicable here)"),
                          displayText(fix.summary))
              << "\n";
    }
}

int commandTrace(const QStringList& args, Streams io) {
    Options o = parseOptions(args, {"--flow", "--from", "--to", "--port", "--protocol"}, {"--json"});
    if (!o.error.isEmpty() || o.positional.size() != 1 ||
        (o.values.contains("--from") != o.values.contains("--to")) ||
        (o.values.contains("--flow") && o.values.contains("--from"))) {
        io.err << (o.error.isEmpty()
                       ? Cli::tr(
                             "usage: pathlight-cli trace FILE [--flow ID | --from SRC --to DST [--port N] "
                             "[--protocol Tcp|Udp|Icmp|Esp|Ah|*]] [--json]")
                       : o.error)
               << "\n";
        return 2;
    }
    // One analysis: the network, the file's traces, and every fix verified against them.
    const auto analysis = loadAnalysisOrExplain(o.positional[0], io);
    if (!analysis) return 2;
    const Network* network = &analysis->network();

    std::vector<FlowSpec> specs;
    if (o.values.contains("--flow")) {
        const Flow* f = network->index().flow(o.values["--flow"].toStdString());
        if (!f) {
            io.err << Cli::tr("no flow with id \"%1\" in %2")
                          .arg(visible(o.values["--flow"].toStdString()),
                               visible(o.positional[0].toStdString()))
                   << "\n";
            return 2;
        }
        specs.push_back(FlowSpec::fromFlow(*f));
    } else if (o.values.contains("--from")) {
        FlowSpec spec;
        spec.source = o.values["--from"].toStdString();
        spec.destination = o.values["--to"].toStdString();
        bool ok = true;
        if (o.values.contains("--port")) {
            spec.port = o.values["--port"].toInt(&ok);
            if (!ok || spec.port < 0 || spec.port > 65535) {
                io.err << Cli::tr("--port must be a number from 0 to 65535") << "\n";
                return 2;
            }
        }
        if (o.values.contains("--protocol")) {
            auto p = protocolFromString(o.values["--protocol"].toStdString());
            if (!p) {
                io.err << Cli::tr("--protocol must be Tcp, Udp, Icmp, Esp, Ah or *") << "\n";
                return 2;
            }
            spec.protocol = *p;
        }
        specs.push_back(spec);
    } else {
        for (const auto& f : network->topology().flows)
            specs.push_back(FlowSpec::fromFlow(f));
        if (specs.empty()) {
            io.err << Cli::tr("%1 has no flows; name one with --from and --to")
                          .arg(visible(o.positional[0].toStdString()))
                   << "\n";
            return 2;
        }
    }
    // Every flow is traced before anything is printed, so unusable input prints nothing on stdout
    // (trace-contract.md); the output is then streamed flow by flow, and a 200,000-object file's
    // JSON is never held whole in memory.
    const bool everyFlow = !o.values.contains("--flow") && !o.values.contains("--from");
    std::vector<Trace> traces;
    try {
        if (everyFlow && analysis->traces().size() == specs.size()) {
            traces = analysis->traces(); // every flow is usable: the analysis traced them already
        } else {
            traces.reserve(specs.size());
            for (const auto& spec : specs)
                try {
                    traces.push_back(analysis->traceAdHoc(spec));
                } catch (const TraceInputError& e) {
                    // Which flow of the file, and where, when it is one (check lints it too).
                    if (spec.id.empty()) throw;
                    std::size_t at = 0;
                    while (at < network->topology().flows.size() &&
                           network->topology().flows[at].id != spec.id)
                        ++at;
                    io.err << Cli::tr("flow %1 (/flows/%2): %3")
                                  .arg(visible(spec.id), QString::number(at), displayText(e.message()))
                           << "\n";
                    return 2;
                }
        }
    } catch (const TraceInputError& e) {
        io.err << displayText(e.message()) << "\n";
        return 2;
    }
    const bool json = o.flags.contains("--json");
    std::string buffer; // JSON, written a megabyte at a time
    for (std::size_t i = 0; i < traces.size(); ++i) {
        if (json) {
            buffer += i == 0 ? "{\n  \"flows\": [\n" : ",\n";
            appendIndentedJson(buffer, traceToJson(traces[i], *analysis), 4);
            if (buffer.size() > (1 << 20) || i + 1 == traces.size()) {
                writeUtf8(io.out, buffer);
                buffer.clear();
            }
        } else {
            if (i) io.out << "\n";
            printTrace(io.out, traces[i], *analysis);
        }
    }
    if (json) io.out << "\n  ]\n}\n";
    for (const auto& t : traces)
        if (t.verdict != Verdict::Delivered) return 1;
    return 0;
}

int commandRoutes(const QStringList& args, Streams io) {
    Options o = parseOptions(args, {"--nic"}, {"--json"});
    if (!o.error.isEmpty() || o.positional.size() != 1 || !o.values.contains("--nic")) {
        io.err << (o.error.isEmpty() ? Cli::tr("usage: pathlight-cli routes FILE --nic ID [--json]")
                                     : o.error)
               << "\n";
        return 2;
    }
    auto network = loadNetworkOrExplain(o.positional[0], io);
    if (!network) return 2;
    const std::string nicId = o.values["--nic"].toStdString();
    const Nic* nic = network->index().nic(nicId);
    if (!nic) {
        io.err << Cli::tr("no NIC with id \"%1\" in %2")
                      .arg(visible(nicId), visible(o.positional[0].toStdString()))
               << "\n";
        return 2;
    }
    const SubnetRoutes* routes = network->subnetRoutes(nic->subnet);
    if (!routes) {
        io.err << Cli::tr("NIC \"%1\" is not in a known subnet").arg(visible(nicId)) << "\n";
        return 2;
    }
    const auto rows = routes->table();
    if (o.flags.contains("--json")) {
        io.out << QString::fromStdString(routesToJson(nicId, rows).dump(2, ' ', true)) << "\n";
        return 0;
    }
    // The id as given may hold a newline (it names the NIC): made visible, it cannot fake a line.
    io.out << Cli::tr("Effective routes of NIC %1 (subnet %2)").arg(visible(nicId), visible(nic->subnet))
           << "\n";
    QStringList header{Cli::tr("Source"), Cli::tr("State"), Cli::tr("Address prefix"),
                       Cli::tr("Next hop type"), Cli::tr("Next hop IP")};
    // A user route on a service tag shows one row per prefix of the tag: the column names the tag
    // (as Azure's effective routes do), present only when such a route is there.
    const bool tags =
        std::any_of(rows.begin(), rows.end(), [](const auto& r) { return !r.serviceTag.empty(); });
    if (tags) header << Cli::tr("Service tag");
    QList<QStringList> table{header};
    for (const auto& r : rows) {
        QStringList ips;
        for (const auto& ip : r.nextHopIps)
            ips << QString::fromStdString(ip.toString());
        table << QStringList{displayTerm(toString(r.source)), displayTerm(toString(r.state)),
                             QString::fromStdString(r.prefix.toString()), toString(r.nextHopType),
                             ips.join(", ")};
        if (tags) table.back() << visible(r.serviceTag);
    }
    QList<int> widths(header.size(), 0);
    for (const auto& row : table)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], terminalWidth(row[c]));
    for (const auto& row : table) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += padToColumns(row[c], widths[c] + 2); // columns, not characters: CJK is two wide
        io.out << line.trimmed() << "\n";
    }
    return 0;
}

QString changeText(const FlowChange& c) {
    auto source = [](const std::string& s) { return s.empty() ? Cli::tr("default outbound") : visible(s); };
    QString text = Cli::tr("%1: %2 → %3")
                       .arg(visible(c.flow), displayVerdict(c.verdictBefore), displayVerdict(c.verdictAfter));
    if (c.sourceBefore != c.sourceAfter)
        text += Cli::tr(", apparent source %1 → %2").arg(source(c.sourceBefore), source(c.sourceAfter));
    return text;
}

int commandFix(const QStringList& args, Streams io) {
    Options o = parseOptions(args, {"--flow", "--apply", "-o"}, {"--all"});
    if (!o.error.isEmpty() || o.positional.size() != 1 || !o.values.contains("--flow") ||
        !o.values.contains("-o") || o.values.contains("--apply") == o.flags.contains("--all")) {
        io.err << (o.error.isEmpty()
                       ? Cli::tr("usage: pathlight-cli fix FILE --flow ID (--apply CODE | --all) -o OUT")
                       : o.error)
               << "\n";
        return 2;
    }
    // One analysis: the network, the file's traces, and every fix verified against them.
    const auto analysis = loadAnalysisOrExplain(o.positional[0], io);
    if (!analysis) return 2;
    const Flow* flow = analysis->network().index().flow(o.values["--flow"].toStdString());
    if (!flow) {
        io.err << Cli::tr("no flow with id \"%1\" in %2")
                      .arg(visible(o.values["--flow"].toStdString()), visible(o.positional[0].toStdString()))
               << "\n";
        return 2;
    }
    const Id flowId = flow->id; // the analysis's objects are replaced by --all's edits
    // The analysis traced every usable flow; a flow it could not trace says why here.
    const Trace* traced = analysis->trace(flowId);
    if (!traced) {
        if (const Message why = analysis->whyUntraceable(FlowSpec::fromFlow(*flow)); !why.empty())
            io.err << displayText(why) << "\n";
        return 2;
    }
    const Trace trace = *traced; // a copy: --all edits the analysis on the way
    Edit edit;
    QStringList applied, available;
    const Fix* explainedOnly = nullptr; // --apply named an alternative that is only explained
    const auto& proposed = analysis->proposedFixes(trace.flowId);
    for (std::size_t f = 0; f < proposed.size() && f < trace.findings.size(); ++f) {
        const auto& fixes = proposed[f];
        for (const auto& fix : fixes) {
            if (fix.applicable()) available << QString::fromStdString(fix.code);
            if (!fix.applicable() && QString::fromStdString(fix.code) == o.values["--apply"])
                explainedOnly = &fix;
        }
        if (o.flags.contains("--all")) {
            continue; // below: one fix at a time, each proposed for the flow as the last one left it
        } else {
            for (const auto& fix : fixes)
                if (applied.isEmpty() && fix.applicable() &&
                    QString::fromStdString(fix.code) == o.values["--apply"]) {
                    edit = fix.edit;
                    applied << QString::fromStdString(fix.code) + ": " + displayText(fix.summary);
                }
        }
    }
    if (o.flags.contains("--all")) {
        // The first applicable fix of the first error finding, applied; then the flow is traced
        // again and the next error (if any) gets a fix proposed for the edited file. Fixes made
        // together would collide (two rules at one free priority) or overlap (one fix for two
        // findings of one cause).
        for (int round = 0; round < 16; ++round) {
            const Trace* now = analysis->trace(flowId);
            if (!now || now->verdict == Verdict::Delivered) break;
            const Fix* next = nullptr;
            const auto& fixes = analysis->proposedFixes(flowId);
            for (std::size_t f = 0; f < fixes.size() && f < now->findings.size() && !next; ++f)
                if (now->findings[f].severity == Severity::Error)
                    for (const auto& fix : fixes[f])
                        if (fix.applicable()) {
                            next = &fix;
                            break;
                        }
            if (!next) break;
            const Fix chosen = *next; // the analysis's lists change with the edit
            // What the first error says, not only its code and object: removing a firewall's deny
            // rule leaves FIREWALL_DENY at the same firewall, now by its default deny (breaker).
            const auto firstError = [](const Trace& t) -> std::pair<std::string, std::string> {
                for (const auto& f : t.findings)
                    if (f.severity == Severity::Error) return {f.code + " " + f.object, f.message.english()};
                return {};
            };
            const auto before = std::make_pair(now->verdict, firstError(*now));
            if (!analysis->apply(chosen.edit).empty()) break;
            // A fix that changes neither the verdict nor the first error is not one: it is taken
            // back and --all stops (it would be proposed again, forever).
            const Trace* after = analysis->trace(flowId);
            if (after && std::make_pair(after->verdict, firstError(*after)) == before) {
                (void)analysis->apply(invertEdit(chosen.edit));
                break;
            }
            edit.steps.insert(edit.steps.end(), chosen.edit.steps.begin(), chosen.edit.steps.end());
            applied << QString::fromStdString(chosen.code) + ": " + displayText(chosen.summary);
        }
        // Back to the file as it was, where the whole change is verified against every flow.
        if (!edit.empty() && !analysis->apply(invertEdit(edit)).empty()) {
            io.err << Cli::tr("the fixes cannot be applied together") << "\n";
            return 2;
        }
    }
    if (applied.isEmpty() && explainedOnly) {
        io.err << Cli::tr("fix %1 of flow %2 is explained, not applied: %3")
                      .arg(visible(o.values["--apply"].toStdString()),
                           visible(o.values["--flow"].toStdString()), displayText(explainedOnly->summary))
               << "\n";
        return 2;
    }
    if (applied.isEmpty()) {
        io.err << (o.flags.contains("--all")
                       ? Cli::tr("flow %1 has no error finding with an applicable fix")
                             .arg(visible(o.values["--flow"].toStdString()))
                       : Cli::tr("no fix %1 for flow %2; available: %3")
                             .arg(visible(o.values["--apply"].toStdString()),
                                  visible(o.values["--flow"].toStdString()),
                                  available.isEmpty() ? Cli::tr("none") : available.join(", ")))
               << "\n";
        return 2;
    }
    const FixVerification v = analysis->verify(edit, trace);
    if (!v.error.empty()) {
        io.err << Cli::tr("the fixes cannot be applied together: %1").arg(displayText(v.error)) << "\n";
        return 2;
    }
    // The one change path (edit/change.h), on the file's topology: the window's Apply does the same.
    Topology fixed = analysis->topology();
    if (const auto errors = applyChange(fixed, Change::typed(edit)); !errors.empty()) {
        io.err << displayText(errors.front().message) << "\n";
        return 2;
    }
    if (const QString failure =
            writeFileAtomically(o.values["-o"], QByteArray::fromStdString(topologyToText(fixed)));
        !failure.isEmpty()) {
        io.err << failure << "\n";
        return 2;
    }
    for (const auto& line : applied)
        io.out << Cli::tr("applied %1").arg(line) << "\n";
    io.out << (v.targetDelivered
                   ? Cli::tr("flow %1 is now delivered").arg(visible(o.values["--flow"].toStdString()))
                   : Cli::tr("flow %1 is still not delivered").arg(visible(o.values["--flow"].toStdString())))
           << "\n";
    int others = 0;
    for (const auto& c : v.changes) {
        if (c.flow == flowId) continue;
        ++others;
        io.out << (c.broken() ? Cli::tr("WARNING, breaks %1") : Cli::tr("changes %1")).arg(changeText(c))
               << "\n";
    }
    if (!others) io.out << Cli::tr("no other flow changes") << "\n";
    io.out << Cli::tr("wrote %1").arg(visible(o.values["-o"].toStdString())) << "\n";
    return 0;
}

int commandFormat(const QStringList& args, Streams io) {
    Options o = parseOptions(args, {"-o"}, {});
    if (!o.error.isEmpty() || o.positional.size() != 1) {
        io.err << (o.error.isEmpty() ? Cli::tr("usage: pathlight-cli format FILE [-o OUT]") : o.error)
               << "\n";
        return 2;
    }
    auto topology = loadOrExplain(o.positional[0], io);
    if (!topology) return 2;
    const QString target = o.values.value("-o", o.positional[0]);
    if (const QString failure =
            writeFileAtomically(target, QByteArray::fromStdString(topologyToText(*topology)));
        !failure.isEmpty()) {
        io.err << failure << "\n";
        return 2;
    }
    return 0;
}

} // namespace

int runCli(const QStringList& args, QTextStream& out, QTextStream& err) {
    Streams io{out, err};
    const QString usage = Cli::tr(
        "usage: pathlight-cli COMMAND FILE [options]\n"
        "commands:\n"
        "  check FILE                                   load and validate\n"
        "  trace FILE [--flow ID | --from SRC --to DST [--port N] [--protocol P]] [--json]\n"
        "  fix FILE --flow ID (--apply CODE | --all) -o OUT   apply fixes, show what changes\n"
        "  routes FILE --nic ID [--json]                effective routes of a NIC\n"
        "  format FILE [-o OUT]                         rewrite in canonical form (atomic)\n"
        "  import INPUT... -o OUT [--parameters F] [--context k=v,...] [--suggest-flows]\n"
        "         [--report R.json]                     Azure files (JSON, templates) to a topology\n"
        "  import --live --subscription ID [--resource-group RG]... -o OUT [--endpoint URL]\n"
        "         [--token-from az|env] [--timeout S]   read from Azure Resource Manager\n"
        "  diff DESIGN OTHER [--json]                   objects and flow verdicts that differ\n"
        "  ids FILE flows|nics                          the file's flow or NIC ids, one a line\n"
        "  service-tags --subscription ID [--location REGION] -o OUT.json\n"
        "         [--endpoint URL] [--token-from az|env] Azure's service tags, read live\n"
        "options for every command:\n"
        "  --lang en|ja|zh_TW                           language of the text output\n"
        "  --service-tags FILE                          Microsoft's service tag file (ServiceTags_*.json)\n"
        "  -h, --help                                   this text\n"
        "  --version                                    the version\n");
    QStringList arguments = args;
    if (!takeServiceTagsOption(arguments, io)) return 2;
    if (arguments.isEmpty() || arguments[0] == "--help" || arguments[0] == "-h") {
        (arguments.isEmpty() ? err : out) << usage;
        return arguments.isEmpty() ? 2 : 0;
    }
    // The GNU form: the program's name and version on one line, nothing else.
    if (arguments[0] == "--version") {
        out << "pathlight-cli " << PATHLIGHT_VERSION << "\n";
        return 0;
    }
    const QString command = arguments[0];
    const QStringList rest = arguments.mid(1);
    // "pathlight-cli trace --help": the commands and their options, as for --help alone.
    if (rest.contains("--help") || rest.contains("-h")) {
        out << usage;
        return 0;
    }
    if (command == "check") return commandCheck(rest, io);
    if (command == "trace") return commandTrace(rest, io);
    if (command == "routes") return commandRoutes(rest, io);
    if (command == "format") return commandFormat(rest, io);
    if (command == "fix") return commandFix(rest, io);
    if (command == "import") return commandImport(rest, io);
    if (command == "diff") return commandDiff(rest, io);
    if (command == "service-tags") return commandServiceTags(rest, io);
    if (command == "ids") return commandIds(rest, io);
    err << Cli::tr("unknown command \"%1\"").arg(command) << "\n" << usage;
    return 2;
}

} // namespace pathlight
