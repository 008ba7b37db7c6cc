#pragma once
// The report of a document's flows, as HTML (one self-contained file, the diagram embedded) and
// Markdown (the diagram as a PNG beside it). It opens with a summary — how many flows end in each
// verdict, every error finding with the fix proposed first, the reachability matrix as an image —
// then the diagram and every flow: verdicts, hops, NSG decisions, apparent source,
// findings and their fixes with scripts. Every name comes from an untrusted file, so all text
// is escaped for the format it goes into.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace pathlight {

class Analysis;

struct ReportInput {
    Analysis* analysis = nullptr; // every flow's trace and the fixes proposed for its findings
    QString title, description, fileName;
    QByteArray diagramPng;   // empty: no image
    QString diagramFileName; // Markdown: where the PNG is written (relative to the report)
    QByteArray matrixPng;    // the reachability matrix as a PNG; empty: none
    QString matrixCaption;   // what it shows (protocol and port)
    QString matrixFileName;  // Markdown: where its PNG is written (relative to the report)
};

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static QString html(const ReportInput& input);
    static QString markdown(const ReportInput& input);
    static QString escapeMarkdown(const QString& text);
};

} // namespace pathlight
