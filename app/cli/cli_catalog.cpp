#include "cli/cli_catalog.h"

#include "text/message_text.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace pathlight {

namespace {

std::shared_ptr<const ServiceTagDatabase>& loadedTags() {
    static std::shared_ptr<const ServiceTagDatabase> tags;
    return tags;
}

} // namespace

bool takeServiceTagsOption(QStringList& args, Streams io) {
    QString path;
    bool named = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == "--service-tags") {
            if (i + 1 >= args.size()) {
                io.err << Cli::tr("option %1 needs a value").arg("--service-tags") << "\n";
                return false;
            }
            path = args[i + 1];
            args.remove(i, 2);
            named = true;
            break;
        }
        if (args[i].startsWith("--service-tags=")) {
            path = args[i].mid(15);
            args.remove(i);
            named = true;
            break;
        }
    }
    if (!named) return true;
    if (path.isEmpty() || path.startsWith("--")) {
        io.err << Cli::tr("option %1 needs a value").arg("--service-tags") << "\n";
        return false;
    }
    for (const QString& a : args)
        if (a == "--service-tags" || a.startsWith("--service-tags=")) {
            io.err << Cli::tr("option %1 is given twice").arg("--service-tags") << "\n";
            return false;
        }
    QFile file(path);
    const QString shown = visible(path.toStdString());
    // Only regular files: a FIFO would block, /dev/zero never ends (breaker).
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        const QString why = QFileInfo(path).exists() && !QFileInfo(path).isFile()
                                ? Cli::tr("not a regular file (a folder, device or pipe)")
                                : file.errorString();
        io.err << Cli::tr("%1: cannot read the service tag file: %2").arg(shown, why) << "\n";
        return false;
    }
    // The published public file is about 4 MB; never more than 64 MB is read.
    constexpr qint64 kMaxBytes = 64 * 1024 * 1024;
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        io.err
            << Cli::tr(
                   "%1: cannot use this service tag file: it is %2 MB; a service tag file is at most %3 MB")
                   .arg(shown)
                   .arg(std::max(file.size(), qint64(bytes.size())) / (1024 * 1024))
                   .arg(kMaxBytes / (1024 * 1024))
            << "\n";
        return false;
    }
    const auto read = parseServiceTagsText(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                           path.toStdString());
    if (!read.database) {
        io.err << Cli::tr("%1: cannot use this service tag file:").arg(shown) << "\n";
        for (const auto& d : read.errors)
            printDiagnostic(io.err, d);
        return false;
    }
    for (const auto& d : read.warnings)
        printDiagnostic(io.err, d);
    loadedTags() = read.database;
    return true;
}

std::shared_ptr<const EndpointCatalog> cliCatalog() {
    static const std::shared_ptr<const EndpointCatalog> catalog = [] {
        EndpointCatalog c = EndpointCatalog::builtIn();
        c.setServiceTags(loadedTags());
        return std::make_shared<const EndpointCatalog>(std::move(c));
    }();
    return catalog;
}

} // namespace pathlight
