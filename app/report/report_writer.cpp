#include "report/report_writer.h"

#include "advice/fix_advisor.h"
#include "analysis/analysis.h"
#include "panels/hop_text.h"
#include "text/message_text.h"
#include "trace/network.h"
#include "trace/trace_result.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace pathlight {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString flowTitle(const Trace& t) {
    return q(t.flowName.empty() ? t.flowId : t.flowName);
}

// The same texts as the hop inspector (panels/hop_text), one line per NSG decision.
QString routeLine(const Hop& h) {
    return h.route ? routeText(*h.route) : QString();
}

QStringList nsgLines(const Hop& h) {
    QStringList lines;
    for (const auto& d : h.nsg)
        lines << nsgText(d);
    return lines;
}

QString expectedText(const Trace& t) {
    if (t.expect.empty()) return {};
    const auto v = verdictFromString(t.expect);
    return (v ? displayVerdict(*v) : q(t.expect)) + (t.matchesExpectation() ? " ✓" : " ✗");
}

QString escapedLines(const QStringList& lines) {
    QStringList out;
    for (const QString& line : lines)
        out << line.toHtmlEscaped();
    return out.join("<br>");
}

QString htmlCell(const QString& text) {
    return "<td>" + text.toHtmlEscaped() + "</td>";
}

// A fenced block long enough that the text cannot close it.
QString fenced(const QString& text, const QString& language) {
    QString fence = "```";
    while (text.contains(fence))
        fence += "`";
    return fence + language + "\n" + text + "\n" + fence + "\n";
}

// Verdicts in the order the flows panel lists them.
constexpr Verdict kVerdictOrder[] = {Verdict::Delivered, Verdict::Denied,  Verdict::Rejected,
                                     Verdict::NoRoute,   Verdict::Dropped, Verdict::Loop,
                                     Verdict::Asymmetric};

// One error finding of one flow, with the fix proposed first (an applicable one when there is).
struct ErrorLine {
    const Trace* trace = nullptr;
    const Finding* finding = nullptr;
    const Fix* fix = nullptr;
};

std::vector<ErrorLine> errorLines(Analysis& analysis) {
    std::vector<ErrorLine> lines;
    for (const Trace& t : analysis.traces())
        for (std::size_t i = 0; i < t.findings.size(); ++i) {
            if (t.findings[i].severity != Severity::Error) continue;
            ErrorLine line{&t, &t.findings[i], nullptr};
            const auto& fixes = analysis.proposedFixes(t.flowId);
            if (i < fixes.size())
                for (const Fix& fix : fixes[i])
                    if (!line.fix || (!line.fix->applicable() && fix.applicable())) line.fix = &fix;
            lines.push_back(line);
        }
    return lines;
}

QString fixLine(const Fix* fix) {
    if (!fix) return ReportWriter::tr("No fix proposed");
    return (fix->applicable() ? ReportWriter::tr("Fix: %1") : ReportWriter::tr("Alternative: %1"))
        .arg(displayText(fix->summary));
}

} // namespace

QString ReportWriter::escapeMarkdown(const QString& text) {
    QString out;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_{}[]()<>#+-.!|~&").contains(c)) out += '\\';
        if (c == '\n')
            out += "<br>";
        else
            out += c;
    }
    return out;
}

QString ReportWriter::html(const ReportInput& in) {
    QString h;
    h += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + in.title.toHtmlEscaped() +
         "</title>\n<style>body{font-family:'Noto Sans','Noto Sans CJK JP',sans-serif;margin:2em;color:#222}"
         "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px "
         "7px;text-align:left;"
         "vertical-align:top}th{background:#f1f3f5}.delivered{color:#2f9e44}.denied,.dropped{color:#e03131}"
         ".rejected,.asymmetric{color:#e8590c}.no-route,.loop{color:#6e757d}pre{background:#f8f9fa;padding:."
         "6em;"
         "overflow:auto}.mismatch{background:#ffe3e3}</style></head><body>\n";
    h += "<h1>" + in.title.toHtmlEscaped() + "</h1>\n";
    if (!in.description.isEmpty()) h += "<p>" + in.description.toHtmlEscaped() + "</p>\n";
    h += "<p>" +
         tr("File: %1 — report written %2")
             .arg(in.fileName, QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
             .toHtmlEscaped() +
         "</p>\n";
    // The summary first: what a reader needs before the details.
    h += "<h2>" + tr("Summary").toHtmlEscaped() + "</h2>\n<table><tr><th>" + tr("Verdict").toHtmlEscaped() +
         "</th><th>" + tr("Flows").toHtmlEscaped() + "</th></tr>\n";
    for (const Verdict v : kVerdictOrder) {
        const auto count = std::count_if(in.analysis->traces().begin(), in.analysis->traces().end(),
                                         [v](const Trace& t) { return t.verdict == v; });
        if (count)
            h += QString("<tr><td class=\"%1\">%2</td><td>%3</td></tr>\n")
                     .arg(toString(v), displayVerdict(v).toHtmlEscaped())
                     .arg(count);
    }
    h += "</table>\n<h3>" + tr("Errors and their fixes").toHtmlEscaped() + "</h3>\n";
    const std::vector<ErrorLine> errors = errorLines(*in.analysis);
    if (errors.empty())
        h += "<p>" + tr("No flow has an error.").toHtmlEscaped() + "</p>\n";
    else {
        h += "<ul>\n";
        for (const ErrorLine& e : errors)
            h += "<li><b>" + flowTitle(*e.trace).toHtmlEscaped() +
                 "</b>: " + q(e.finding->code).toHtmlEscaped() + " — " +
                 displayText(e.finding->message).toHtmlEscaped() + "<br>" + fixLine(e.fix).toHtmlEscaped() +
                 "</li>\n";
        h += "</ul>\n";
    }
    if (!in.matrixPng.isEmpty())
        h += "<h3>" + tr("Reachability").toHtmlEscaped() + "</h3>\n<p>" + in.matrixCaption.toHtmlEscaped() +
             "</p>\n<p><img alt=\"" + tr("Reachability").toHtmlEscaped() +
             "\" style=\"max-width:100%\" src=\"data:image/png;base64," +
             QString::fromLatin1(in.matrixPng.toBase64()) + "\"></p>\n";
    if (!in.diagramPng.isEmpty())
        h += "<p><img alt=\"" + tr("Diagram").toHtmlEscaped() +
             "\" style=\"max-width:100%\" src=\"data:image/png;base64," +
             QString::fromLatin1(in.diagramPng.toBase64()) + "\"></p>\n";
    h += "<h2>" + tr("Flows").toHtmlEscaped() + "</h2>\n<table><tr>";
    for (const QString& head : {tr("Flow"), tr("Source"), tr("Destination"), tr("Protocol/port"),
                                tr("Verdict"), tr("Expected"), tr("Apparent source")})
        h += "<th>" + head.toHtmlEscaped() + "</th>";
    h += "</tr>\n";
    for (const Trace& t : in.analysis->traces()) {
        h += QString("<tr%1>").arg(t.matchesExpectation() ? "" : " class=\"mismatch\"") +
             htmlCell(flowTitle(t)) + htmlCell(q(t.source)) + htmlCell(q(t.destination)) +
             htmlCell(QString("%1/%2").arg(toString(t.protocol)).arg(t.port)) +
             QString("<td class=\"%1\">%2</td>")
                 .arg(toString(t.verdict), displayVerdict(t.verdict).toHtmlEscaped()) +
             htmlCell(expectedText(t)) + htmlCell(addressText(t.apparentSource)) + "</tr>\n";
    }
    h += "</table>\n";
    for (const Trace& t : in.analysis->traces()) {
        h += "<h2>" + flowTitle(t).toHtmlEscaped() + " — <span class=\"" + QString(toString(t.verdict)) +
             "\">" + displayVerdict(t.verdict).toHtmlEscaped() + "</span></h2>\n";
        h += "<p>" +
             tr("%1 → %2, %3 port %4; the destination sees %5.")
                 .arg(q(t.source), q(t.destination), toString(t.protocol))
                 .arg(t.port)
                 .arg(addressText(t.apparentSource))
                 .toHtmlEscaped() +
             "</p>\n<table><tr>";
        for (const QString& head :
             {tr("Hop"), tr("What happens"), tr("Route"), tr("NSG decisions"), tr("Packet")})
            h += "<th>" + head.toHtmlEscaped() + "</th>";
        h += "</tr>\n";
        // The request's hops, then the reply's (R1, R2, ...: trace-contract.md, returnHops).
        const auto rows = [&](const std::vector<Hop>& hops, const QString& numbering, bool reply) {
            for (std::size_t i = 0; i < hops.size(); ++i) {
                const Hop& hop = hops[i];
                h +=
                    "<tr>" + htmlCell(numbering.arg(i + 1) + ". " + objectText(hop.node)) +
                    htmlCell(hop.step.sourceText && *hop.step.sourceText ? displayText(hop.step)
                                                                         : QString()) +
                    htmlCell(routeLine(hop)) + "<td>" + escapedLines(nsgLines(hop)) + "</td>" +
                    htmlCell(packetText(hop.before, t, reply) +
                             (hop.sourceTranslated ? "  ⇒  " + packetText(hop.after, t, reply) : QString())) +
                    "</tr>\n";
            }
        };
        rows(t.hops, QStringLiteral("%1"), false);
        if (!t.returnHops.empty()) {
            h += "<tr><th colspan=\"5\">" + tr("Reply").toHtmlEscaped() + "</th></tr>\n";
            rows(t.returnHops, QStringLiteral("R%1"), true);
        }
        h += "</table>\n";
        if (t.findings.empty()) continue;
        h += "<h3>" + tr("Findings").toHtmlEscaped() + "</h3>\n<ul>\n";
        for (const auto& f : t.findings) {
            h += "<li><b>" + q(f.code).toHtmlEscaped() + "</b> — " + displayText(f.message).toHtmlEscaped();
            const auto& fixes = in.analysis->proposedFixes(t.flowId)[std::size_t(&f - t.findings.data())];
            if (!fixes.empty()) h += "<ul>";
            for (const auto& fix : fixes) {
                h += "<li>" +
                     (fix.applicable() ? tr("Fix: %1") : tr("Alternative: %1"))
                         .arg(displayText(fix.summary))
                         .toHtmlEscaped() +
                     "<br><small>" + displayText(fix.explanation).toHtmlEscaped() + "</small>";
                for (const auto& [label, text] : {std::pair{tr("Azure CLI"), fix.azureCli},
                                                  {tr("PowerShell"), fix.powerShell},
                                                  {tr("Bicep"), fix.bicep},
                                                  {tr("Terraform"), fix.terraform},
                                                  {tr("Windows"), fix.windowsCommand},
                                                  {tr("Linux"), fix.linuxCommand}})
                    if (!text.empty())
                        h += "<div>" + label.toHtmlEscaped() + "</div><pre>" + q(text).toHtmlEscaped() +
                             "</pre>";
                h += "</li>";
            }
            if (!fixes.empty()) h += "</ul>";
            h += "</li>\n";
        }
        h += "</ul>\n";
    }
    return h + "</body></html>\n";
}

QString ReportWriter::markdown(const ReportInput& in) {
    QString m;
    m += "# " + escapeMarkdown(in.title) + "\n\n";
    if (!in.description.isEmpty()) m += escapeMarkdown(in.description) + "\n\n";
    m += escapeMarkdown(
             tr("File: %1 — report written %2")
                 .arg(in.fileName, QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))) +
         "\n\n";
    m += "## " + escapeMarkdown(tr("Summary")) + "\n\n| " + escapeMarkdown(tr("Verdict")) + " | " +
         escapeMarkdown(tr("Flows")) + " |\n| --- | --- |\n";
    for (const Verdict v : kVerdictOrder) {
        const auto count = std::count_if(in.analysis->traces().begin(), in.analysis->traces().end(),
                                         [v](const Trace& t) { return t.verdict == v; });
        if (count) m += "| " + escapeMarkdown(displayVerdict(v)) + QString(" | %1 |\n").arg(count);
    }
    m += "\n### " + escapeMarkdown(tr("Errors and their fixes")) + "\n\n";
    const std::vector<ErrorLine> errors = errorLines(*in.analysis);
    if (errors.empty()) m += escapeMarkdown(tr("No flow has an error.")) + "\n";
    for (const ErrorLine& e : errors)
        m += "- **" + escapeMarkdown(flowTitle(*e.trace)) + "**: " + escapeMarkdown(q(e.finding->code)) +
             " — " + escapeMarkdown(displayText(e.finding->message)) + "<br>" +
             escapeMarkdown(fixLine(e.fix)) + "\n";
    m += "\n";
    if (!in.matrixFileName.isEmpty())
        m += "### " + escapeMarkdown(tr("Reachability")) + "\n\n" + escapeMarkdown(in.matrixCaption) +
             "\n\n![" + escapeMarkdown(tr("Reachability")) + "](" +
             QString(in.matrixFileName).replace(" ", "%20") + ")\n\n";
    if (!in.diagramFileName.isEmpty())
        m += "![" + escapeMarkdown(tr("Diagram")) + "](" + QString(in.diagramFileName).replace(" ", "%20") +
             ")\n\n";
    m += "## " + escapeMarkdown(tr("Flows")) + "\n\n";
    const QStringList heads = {tr("Flow"),    tr("Source"),   tr("Destination"),    tr("Protocol/port"),
                               tr("Verdict"), tr("Expected"), tr("Apparent source")};
    QStringList escaped;
    for (const QString& head : heads)
        escaped << escapeMarkdown(head);
    m += "| " + escaped.join(" | ") + " |\n|" + QString(" --- |").repeated(heads.size()) + "\n";
    for (const Trace& t : in.analysis->traces())
        m += "| " +
             QStringList{escapeMarkdown(flowTitle(t)),
                         escapeMarkdown(q(t.source)),
                         escapeMarkdown(q(t.destination)),
                         QString("%1/%2").arg(toString(t.protocol)).arg(t.port),
                         escapeMarkdown(displayVerdict(t.verdict)),
                         escapeMarkdown(expectedText(t)),
                         escapeMarkdown(addressText(t.apparentSource))}
                 .join(" | ") +
             " |\n";
    m += "\n";
    for (const Trace& t : in.analysis->traces()) {
        m +=
            "## " + escapeMarkdown(flowTitle(t)) + " — " + escapeMarkdown(displayVerdict(t.verdict)) + "\n\n";
        m += escapeMarkdown(tr("%1 → %2, %3 port %4; the destination sees %5.")
                                .arg(q(t.source), q(t.destination), toString(t.protocol))
                                .arg(t.port)
                                .arg(addressText(t.apparentSource))) +
             "\n\n";
        const auto steps = [&](const std::vector<Hop>& hops, const QString& numbering, bool reply) {
            for (std::size_t i = 0; i < hops.size(); ++i) {
                const Hop& hop = hops[i];
                m += numbering.arg(i + 1) + QString(". **%1** — ").arg(escapeMarkdown(objectText(hop.node))) +
                     escapeMarkdown(hop.step.sourceText && *hop.step.sourceText ? displayText(hop.step)
                                                                                : QString()) +
                     "\n";
                if (hop.route) m += "   - " + escapeMarkdown(tr("Route: %1").arg(routeLine(hop))) + "\n";
                for (const QString& line : nsgLines(hop))
                    m += "   - " + escapeMarkdown(tr("NSG: %1").arg(line)) + "\n";
                if (hop.sourceTranslated)
                    m += "   - " +
                         escapeMarkdown(tr("Source translated: %1")
                                            .arg(packetText(hop.before, t, reply) + " ⇒ " +
                                                 packetText(hop.after, t, reply))) +
                         "\n";
            }
        };
        steps(t.hops, QStringLiteral("%1"), false);
        if (!t.returnHops.empty()) {
            // Markdown renumbers "R1." lists of its own: the reply is a list of its own too.
            m += "\n" + escapeMarkdown(tr("Reply")) + ":\n\n";
            steps(t.returnHops, QStringLiteral("R%1"), true);
        }
        m += "\n";
        if (t.findings.empty()) continue;
        m += "### " + escapeMarkdown(tr("Findings")) + "\n\n";
        for (const auto& f : t.findings) {
            m += "- **" + escapeMarkdown(q(f.code)) + "** — " + escapeMarkdown(displayText(f.message)) + "\n";
            const auto& fixes = in.analysis->proposedFixes(t.flowId)[std::size_t(&f - t.findings.data())];
            for (const auto& fix : fixes) {
                m += "  - " +
                     escapeMarkdown((fix.applicable() ? tr("Fix: %1") : tr("Alternative: %1"))
                                        .arg(displayText(fix.summary))) +
                     "\n\n";
                for (const auto& [lang, text] : {std::pair{QString("bash"), fix.azureCli},
                                                 {QString("powershell"), fix.powerShell},
                                                 {QString("bicep"), fix.bicep},
                                                 {QString("hcl"), fix.terraform},
                                                 {QString("bat"), fix.windowsCommand},
                                                 {QString("sh"), fix.linuxCommand}})
                    if (!text.empty()) {
                        QString block = fenced(q(text), lang);
                        block.replace(QRegularExpression("^", QRegularExpression::MultilineOption), "    ");
                        m += block + "\n";
                    }
            }
        }
        m += "\n";
    }
    return m;
}

} // namespace pathlight
