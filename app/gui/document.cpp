#include "gui/document.h"

#include "gui/commands/apply_edit_command.h"
#include "gui/commands/patch_command.h"
#include "gui/commands/replace_topology_command.h"

#include "io/topology_io.h"
#include "trace/tracer.h"
#include "validation/lints.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace pathlight {

Document::Document(QObject* parent)
    : QObject(parent), catalog_(std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn())),
      undoStack_(new QUndoStack(this)) {
    setTopology(Topology{}, {});
}

std::vector<Diagnostic> Document::load(const QString& path) {
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
    const QByteArray bytes = file.readAll();
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

void Document::setTopology(Topology topology, const QString& path) {
    path_ = path;
    undoStack_->clear();
    replaceTopology(std::move(topology));
}

void Document::replaceTopology(Topology topology) {
    network_ = Network::build(std::make_shared<const Topology>(std::move(topology)), catalog_);
    recompute();
}

QString Document::applyEdit(const Edit& edit, const QString& text) {
    Topology probe = network_->topology();
    const std::string error = pathlight::applyEdit(probe, edit);
    if (!error.empty()) return QString::fromStdString(error);
    undoStack_->push(new ApplyEditCommand(this, edit, std::move(probe), text));
    return {};
}

QString Document::applyEditDirectly(const Edit& edit) {
    Topology edited = network_->topology();
    const std::string error = pathlight::applyEdit(edited, edit);
    if (!error.empty()) return QString::fromStdString(error);
    replaceTopology(std::move(edited));
    return {};
}

std::vector<Diagnostic> Document::applyPatch(const TopologyPatch& patch, const QString& text) {
    if (patch.empty()) return {};
    Topology probe = network_->topology();
    auto errors = pathlight::applyPatch(probe, patch.forward);
    if (!errors.empty()) return errors;
    undoStack_->push(new PatchCommand(this, patch, std::move(probe), text));
    return {};
}

std::vector<Diagnostic> Document::applyPatchDirectly(const Json& operations) {
    Topology edited = network_->topology();
    auto errors = pathlight::applyPatch(edited, operations);
    if (errors.empty()) replaceTopology(std::move(edited));
    return errors;
}

QString Document::saveAs(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return tr("cannot write %1: %2").arg(path, file.errorString());
    const std::string text = topologyToText(network_->topology());
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) return tr("cannot write %1: %2").arg(path, file.errorString());
    discardRecovery();
    path_ = path;
    undoStack_->setClean();
    emit changed();
    return {};
}

void Document::clearToNew() {
    discardRecovery();
    setTopology(Topology{}, {});
}

QString Document::recoveryPath() const {
    // One recovery file per document, named after its path (or "untitled").
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/recovery";
    const QByteArray key = QCryptographicHash::hash((path_.isEmpty() ? QString("untitled") : path_).toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    return dir + "/" + QString::fromLatin1(key) + ".pathlight.json";
}

QString Document::autosave() {
    if (!isModified()) return {};
    const QString target = recoveryPath();
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) return file.errorString();
    Topology copy = network_->topology();
    // Remember where the document belongs, so recovery can offer to save it there.
    copy.keys["x-pathlight-recovered-from"] = path_.toStdString();
    const std::string text = topologyToText(copy);
    file.write(text.data(), qint64(text.size()));
    return file.commit() ? QString() : file.errorString();
}

QString Document::recover() {
    QFile file(recoveryPath());
    if (!file.open(QIODevice::ReadOnly)) return tr("no recovery copy");
    const QByteArray bytes = file.readAll();
    LoadResult result = loadTopologyFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!result.ok()) return tr("the recovery copy cannot be read");
    result.topology->keys.erase("x-pathlight-recovered-from");
    undoStack_->push(new ReplaceTopologyCommand(this, network_->topology(), std::move(*result.topology),
                                                tr("Recover unsaved changes")));
    return {};
}

void Document::discardRecovery() {
    QFile::remove(recoveryPath());
}

void Document::recompute() {
    traces_.clear();
    for (const auto& f : network_->topology().flows) {
        try {
            traces_.push_back(traceFlow(*network_, FlowSpec::fromFlow(f)));
        } catch (const TraceInputError& e) {
            // The lint reports the unknown destination; the flow is listed without a trace.
            (void)e;
        }
    }
    diagnostics_ = loadWarnings_;
    for (auto& d : lintTopology(network_->topology(), *catalog_))
        diagnostics_.push_back(std::move(d));
    emit changed();
}

QString Document::displayName() const {
    if (path_.isEmpty()) return tr("Untitled");
    return QFileInfo(path_).fileName();
}

} // namespace pathlight
