#pragma once
// What every pathlight-cli subcommand shares: the translation context of its texts, the option
// parser, the output streams and how a diagnostic is printed.

#include "common/message.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace pathlight {

// Translation context of the CLI's own texts.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Streams {
    QTextStream& out;
    QTextStream& err;
};

// Options after the subcommand: --name value pairs and flags.
struct Options {
    QStringList positional;
    QMap<QString, QString> values;    // the last value of each valued option
    QMap<QString, QStringList> lists; // every value of each valued option, in order (repeatable ones)
    QSet<QString> flags;
    QString error; // set (translated) on an unknown option or a missing value
};

Options parseOptions(const QStringList& args, const QSet<QString>& valued, const QSet<QString>& flags);

// "error: /vnets/0: text [CODE]" in the current language.
void printDiagnostic(QTextStream& s, const Diagnostic& d);

} // namespace pathlight
