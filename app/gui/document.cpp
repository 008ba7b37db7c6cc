#include "gui/document.h"

#include "gui/commands/change_command.h"
#include "gui/commands/replace_topology_command.h"

#include "io/atomic_file.h"
#include "io/topology_io.h"
#include "text/message_text.h"
#include "validation/lints.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <filesystem>

namespace pathlight {

Document::Document(QObject* parent)
    : QObject(parent), catalog_(std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn())),
      undoStack_(new QUndoStack(this)) {
    setTopology(Topology{}, {});
}

std::vector<Diagnostic> Document::load(const QString& path) {
    // Only regular files (and Qt resources): a FIFO would block, /dev/zero never ends.
    if (!path.startsWith(":/") && QFileInfo::exists(path) && !QFileInfo(path).isFile())
        return {Diagnostic{
            Severity::Error, "NOT_A_FILE", "",
            Message{"LoadError",
                    QT_TRANSLATE_NOOP("LoadError", "%1 is not a regular file (a folder, device or pipe)"),
                    {path.toStdString()}}}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Diagnostic{
            Severity::Error, "UNREADABLE", "",
            Message{"LoadError", QT_TRANSLATE_NOOP("LoadError", "cannot open %1"), {path.toStdString()}}}};
    const LoadLimits limits;
    if (std::size_t(file.size()) > limits.maxBytes)
        return {Diagnostic{
            Severity::Error, "TOO_LARGE", "",
            Message{"LoadError",
                    QT_TRANSLATE_NOOP("LoadError", "the file is %1 bytes; files over %2 bytes are refused"),
                    {std::to_string(file.size()), std::to_string(limits.maxBytes)}}}};
    // Never more than the limit, whatever size the file claims.
    const QByteArray bytes = file.read(qint64(limits.maxBytes) + 1);
    LoadResult result =
        loadTopologyFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())), limits);
    if (!result.ok()) {
        std::vector<Diagnostic> errors;
        for (auto& d : result.diagnostics)
            if (d.severity == Severity::Error) errors.push_back(std::move(d));
        return errors;
    }
    loadWarnings_ = std::move(result.diagnostics);
    setTopology(std::move(*result.topology), path);
    return {};
}

void Document::attach(const QString& path) {
    path_ = path;
    // A file's copy is found again whatever spelling opens it (relative, through a symlink);
    // an untitled document gets a key of its own, so two windows never share a copy.
    const QString canonical = path.isEmpty() || isBuiltIn() ? path : QFileInfo(path).canonicalFilePath();
    recoveryLock_.reset(); // a copy of the previous document's is not this one's
    recoveryKey_ =
        canonical.isEmpty()
            ? QStringLiteral("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
            : QString::fromLatin1(
                  QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

void Document::setTopology(Topology topology, const QString& path) {
    attach(path);
    undoStack_->clear();
    replaceTopology(std::move(topology));
}

void Document::setServiceTags(std::shared_ptr<const ServiceTagDatabase> tags) {
    EndpointCatalog catalog = *catalog_;
    catalog.setServiceTags(std::move(tags));
    catalog_ = std::make_shared<const EndpointCatalog>(std::move(catalog));
    replaceTopology(analysis_->topology());
}

void Document::retranslateUndoSteps() {
    for (int i = 0; i < undoStack_->count(); ++i)
        if (auto* step = dynamic_cast<const ChangeCommand*>(undoStack_->command(i)))
            const_cast<ChangeCommand*>(step)->retranslate(); // QUndoStack hands out const only
}

void Document::replaceTopology(Topology topology) {
    analysis_ = std::make_unique<Analysis>(std::move(topology), catalog_);
    recompute();
}

std::vector<Diagnostic> Document::apply(const Change& change, std::function<QString()> describe) {
    if (change.empty()) return {};
    // The command holds its own copy first: `change` may live in a view that the change rebuilds.
    auto command = std::make_unique<ChangeCommand>(this, change, std::move(describe));
    // Applied once, here, where a refusal can still be reported; the command's first redo then
    // has nothing to do.
    if (auto errors = applyDirectly(command->change()); !errors.empty()) return errors;
    undoStack_->push(command.release());
    return {};
}

std::vector<Diagnostic> Document::applyDirectly(const Change& change) {
    // Incremental: a fix or a rule change re-traces what crossed what it touched, a move nothing.
    // The version being replaced is freed after the window shows the new one (its network and
    // topology take a while to free on a large estate), like deleteLater.
    auto previous = analysis_->networkPtr();
    Analysis::ChangeReport report;
    auto errors = analysis_->apply(change, &report);
    if (!errors.empty()) return errors;
    retire(std::move(previous));
    recompute(report.drawingKept);
    return errors;
}

void Document::retire(std::shared_ptr<const Network> network) {
    retired_.push_back(std::move(network));
    if (retired_.size() == 1) QTimer::singleShot(0, this, [this] { retired_.clear(); });
}

QString Document::saveAs(const QString& path) {
    if (const QString failure =
            writeFileAtomically(path, QByteArray::fromStdString(topologyToText(topology())));
        !failure.isEmpty())
        return failure; // the document stays modified: nothing is lost
    discardRecovery();
    attach(path);
    undoStack_->setClean();
    emit changed();
    return {};
}

void Document::clearToNew() {
    discardRecovery();
    loadWarnings_.clear(); // the previous file's (newcomer: its warnings stayed in Problems)
    setTopology(Topology{}, {});
}

QString Document::recoveryFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/recovery";
}

QString Document::recoveryPath() const {
    return recoveryFolder() + "/" + recoveryKey_ + ".pathlight.json";
}

QList<Document::RecoveryCopy> Document::recoveryCopies() {
    QList<RecoveryCopy> out;
    const QDir dir(recoveryFolder());
    for (const QFileInfo& info : dir.entryInfoList({"*.pathlight.json"}, QDir::Files, QDir::Time)) {
        if (recoveryInUse(info.filePath())) continue;
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) continue;
        const QByteArray bytes = file.read(qint64(LoadLimits{}.maxBytes) + 1);
        LoadResult r = loadTopologyFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!r.ok()) continue; // not ours, or damaged: never offered, never deleted
        RecoveryCopy copy{info.filePath(), {}, info.lastModified()};
        if (auto from = r.topology->keys.find("x-pathlight-recovered-from");
            from != r.topology->keys.end() && from->is_string())
            copy.originalPath = QString::fromStdString(from->get<std::string>());
        out << copy;
    }
    return out;
}

bool Document::recoveryInUse(const QString& copy) {
    QLockFile lock(copy + ".lock");
    // A live holder touches its lock at each autosave (every minute); one untouched for longer
    // than this is a crashed process's, or garbage, or another machine's.
    lock.setStaleLockTime(kRecoveryLockStaleMs);
    if (lock.tryLock(0)) return false; // nobody's, or stale (removed)
    return lock.error() == QLockFile::LockFailedError;
}

bool Document::ownsRecoveryCopy() const {
    return recoveryLock_ && lockedCopy_ == recoveryPath() && recoveryLock_->isLocked();
}

bool Document::claimRecoveryCopy(bool adopting) {
    if (ownsRecoveryCopy()) {
        // Touched: still alive (recoveryInUse's stale time).
        std::error_code ignored;
        std::filesystem::last_write_time((lockedCopy_ + ".lock").toStdString(),
                                         std::filesystem::file_time_type::clock::now(), ignored);
        return true;
    }
    // This document's key; when another running Pathlight holds it (the same file open there) or
    // a copy of work not yet recovered lies there, a key of its own: KEY~2, KEY~3, ... Two
    // windows on one file overwrote each other's copy, and one that had nothing to save deleted
    // the other's (breaker, session 16).
    const QString base = recoveryKey_.section(kRecoveryKeySuffix, 0, 0);
    for (int n = 1; n <= 99; ++n) {
        const QString key = n == 1 ? base : base + kRecoveryKeySuffix + QString::number(n);
        const QString copy = recoveryFolder() + "/" + key + ".pathlight.json";
        // Someone's work, live or waiting to be offered, is never overwritten (the copy being
        // recovered excepted: it is this document's now).
        if (QFileInfo::exists(copy) && !(key == recoveryKey_ && adopting)) continue;
        auto lock = std::make_unique<QLockFile>(copy + ".lock");
        lock->setStaleLockTime(kRecoveryLockStaleMs);
        if (!lock->tryLock(0)) continue;
        recoveryKey_ = key;
        lockedCopy_ = copy;
        recoveryLock_ = std::move(lock);
        return true;
    }
    return false;
}

QString Document::autosave() {
    // Back to the saved state (undone, say): an older copy would offer undone work back at the
    // next start (newcomer, 2026-11-30), so it goes.
    if (!isModified()) {
        discardRecovery();
        return {};
    }
    QDir().mkpath(recoveryFolder());
    // The copy is this process's while it lives (recoveryCopies skips it elsewhere).
    if (!claimRecoveryCopy()) return tr("no recovery copy is free (99 are in use)");
    const QString target = recoveryPath();
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) return file.errorString();
    Topology copy = topology();
    // Remember where the document belongs, so recovery can offer to save it there.
    copy.keys["x-pathlight-recovered-from"] =
        (path_.isEmpty() || isBuiltIn() ? path_ : QFileInfo(path_).canonicalFilePath()).toStdString();
    const std::string text = topologyToText(copy);
    file.write(text.data(), qint64(text.size()));
    return file.commit() ? QString() : file.errorString();
}

QString Document::recoverFrom(const QString& recoveryFile) {
    QFile file(recoveryFile);
    if (!file.open(QIODevice::ReadOnly)) return tr("no recovery copy");
    // Never more than the limit, whatever size the file claims.
    const QByteArray bytes = file.read(qint64(LoadLimits{}.maxBytes) + 1);
    LoadResult result = loadTopologyFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!result.ok()) return tr("the recovery copy cannot be read");
    result.topology->keys.erase("x-pathlight-recovered-from");
    // The copy is this document's from now on, claimed at once: until its first autosave,
    // another window offered it again (breaker, session 16).
    recoveryLock_.reset();
    recoveryKey_ = QFileInfo(recoveryFile).fileName().section('.', 0, 0);
    claimRecoveryCopy(true);
    undoStack_->push(new ReplaceTopologyCommand(this, topology(), std::move(*result.topology),
                                                tr("Recover unsaved changes")));
    return {};
}

void Document::discardRecovery() {
    // Only a copy this document wrote: the one at its key may be another window's, or work a
    // crash left to be offered.
    if (ownsRecoveryCopy()) QFile::remove(recoveryPath());
    recoveryLock_.reset(); // unlocked: its lock file goes too
}

void Document::recompute(bool drawingKept) {
    lastChangeKeptDrawing_ = drawingKept;
    // A flow naming nothing has no trace: the lint reports it, and the flow is listed without one.
    diagnostics_ = loadWarnings_;
    const auto& lints = analysis_->lints();
    diagnostics_.insert(diagnostics_.end(), lints.begin(), lints.end());
    emit changed();
}

QString Document::displayName() const {
    if (path_.isEmpty()) return tr("Untitled");
    return QFileInfo(path_).fileName();
}

} // namespace pathlight
