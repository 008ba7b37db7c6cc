#include "gui/service_tag_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace pathlight {

namespace {

constexpr qint64 kMaxBytes = 64 * 1024 * 1024; // the published public file is about 4 MB

} // namespace

QString storedServiceTagsPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/service-tags.json";
}

ServiceTagRead readServiceTagsFile(const QString& path) {
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        ServiceTagRead read;
        Diagnostic d;
        d.code = "SERVICE_TAGS_UNREADABLE";
        d.pointer = path.toStdString();
        d.message = {"ServiceTags", QT_TRANSLATE_NOOP("ServiceTags", "The file cannot be read."), {}};
        read.errors.push_back(std::move(d));
        return read;
    }
    // Never more than the limit, whatever size the file claims; parseServiceTagsText refuses it.
    const QByteArray bytes = file.read(kMaxBytes + 1);
    return parseServiceTagsText(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                path.toStdString(), std::size_t(kMaxBytes));
}

QString storeServiceTags(const QString& chosenPath) {
    const QString target = storedServiceTagsPath();
    if (QFileInfo(chosenPath).canonicalFilePath() == QFileInfo(target).canonicalFilePath()) return {};
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile in(chosenPath);
    if (!in.open(QIODevice::ReadOnly)) return in.errorString();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) return out.errorString();
    const QByteArray bytes = in.read(kMaxBytes + 1);
    if (out.write(bytes) != bytes.size()) return out.errorString();
    if (!out.commit()) return out.errorString();
    return {};
}

QString storeServiceTagsText(const QByteArray& text) {
    const QString target = storedServiceTagsPath();
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) return out.errorString();
    if (out.write(text) != text.size()) return out.errorString();
    if (!out.commit()) return out.errorString();
    return {};
}

QDateTime storedServiceTagsTime() {
    const QFileInfo info(storedServiceTagsPath());
    return info.exists() ? info.lastModified() : QDateTime();
}

} // namespace pathlight
