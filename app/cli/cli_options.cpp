#include "cli/cli_options.h"

#include "text/message_text.h"

namespace pathlight {

Options parseOptions(const QStringList& args, const QSet<QString>& valued, const QSet<QString>& flags) {
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a.startsWith("-") && a.size() > 1) {
            if (valued.contains(a)) {
                if (i + 1 >= args.size()) {
                    o.error = Cli::tr("option %1 needs a value").arg(a);
                    return o;
                }
                o.values[a] = args[++i];
                o.lists[a] << o.values[a];
            } else if (flags.contains(a)) {
                o.flags.insert(a);
            } else {
                o.error = Cli::tr("unknown option %1").arg(a);
                return o;
            }
        } else {
            o.positional << a;
        }
    }
    return o;
}

void printDiagnostic(QTextStream& s, const Diagnostic& d) {
    s << displaySeverity(d.severity) << ": ";
    if (!d.pointer.empty()) s << visible(d.pointer) << ": ";
    s << displayText(d.message) << " [" << QString::fromStdString(d.code) << "]\n";
}

} // namespace pathlight
