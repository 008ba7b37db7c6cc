#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace pathlight {

QString writeFileAtomically(const QString& path, const QByteArray& bytes) {
    auto failed = [&](const QString& why) {
        return QCoreApplication::translate("AtomicFile", "cannot write %1: %2").arg(path, why);
    };
    // QSaveFile follows symlinks itself; the mode check must look at what it will replace.
    const QFileInfo target(
        QFileInfo(path).canonicalFilePath().isEmpty() ? path : QFileInfo(path).canonicalFilePath());
    if (target.isDir()) return failed(QCoreApplication::translate("AtomicFile", "it is a folder"));
    // A device or a pipe would be replaced by a regular file (a rename over /dev/null): refused.
    if (target.exists() && !target.isFile())
        return failed(QCoreApplication::translate("AtomicFile", "it is not a regular file"));
    if (target.exists() && !(target.permissions() & QFileDevice::WriteOwner))
        return failed(QCoreApplication::translate("AtomicFile", "the file is read-only"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return failed(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit()) return failed(file.errorString());
    return {};
}

} // namespace pathlight
