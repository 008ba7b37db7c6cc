#pragma once
// The open document: the topology, where it came from, and the model's analysis of it (network,
// traces, lints, verified fixes: analysis/analysis.h). Every change (edit/change.h) updates the
// analysis incrementally, as far as it reaches.

#include "analysis/analysis.h"
#include "common/message.h"
#include "edit/change.h"
#include "trace/network.h"
#include "trace/trace_result.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <vector>

namespace pathlight {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    // Loads a file (or a resource such as ":/examples/..."). On failure nothing changes and the
    // errors are returned; on success warnings are kept in diagnostics().
    std::vector<Diagnostic> load(const QString& path);
    void setTopology(Topology topology, const QString& path);

    const Topology& topology() const { return analysis_->topology(); }
    const std::shared_ptr<const Network>& network() const { return analysis_->networkPtr(); }
    const std::vector<Trace>& traces() const { return analysis_->traces(); }
    // The analysis of the current version: what every view reads (fixes, verifications).
    Analysis& analysis() const { return *analysis_; }
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    // True when the last change was a typed edit (a fix, its undo) or a patch of NSG rules or
    // routes only: those change rules, routes, flags and NSG or route table associations, none
    // of which the canvas draws (views/canvas/diagram.cpp; tst_main_window checks every edit
    // kind), so the window keeps its scene instead of rebuilding the drawing.
    bool lastChangeKeptDrawing() const { return lastChangeKeptDrawing_; }
    const QString& path() const { return path_; }
    bool isBuiltIn() const { return path_.startsWith(":/"); }
    QString displayName() const;

    // Every change goes through the undo stack; "modified" is the stack not being clean.
    QUndoStack* undoStack() const { return undoStack_; }
    bool isModified() const { return !undoStack_->isClean(); }
    // Applies a change (edit/change.h: a fix, an inspector edit, a move, a paste...) as one undo
    // step: the one path every change takes. Returns the errors (a refused step, or the reader's
    // errors with their pointers when the file would become invalid), and then nothing changes.
    // `describe` names the step in the current language (called again after a language switch).
    std::vector<Diagnostic> apply(const Change& change, std::function<QString()> describe);
    // The same with a name that needs no translation (tests, a name typed by the user).
    std::vector<Diagnostic> apply(const Change& change, const QString& text) {
        return apply(change, [text] { return text; });
    }
    // The undo steps' names in the current language (after a language switch).
    void retranslateUndoSteps();
    // For the undo command only: applies without recording a step (incrementally).
    std::vector<Diagnostic> applyDirectly(const Change& change);
    void replaceTopologyDirectly(const Topology& topology) { replaceTopology(topology); }
    // Replaces the topology with the autosaved copy as one undoable step (the document stays
    // attached to its file and is marked modified). Returns the reason when the copy is unusable.
    QString recover() { return recoverFrom(recoveryPath()); }
    // The same from any recovery copy (an untitled document's, say); the document then autosaves
    // to that copy, so it is not offered twice.
    QString recoverFrom(const QString& recoveryFile);

    // A recovery copy found on disk: the autosave of a document that was never saved or closed
    // (a crash, kill -9, a power cut).
    struct RecoveryCopy {
        QString file;         // the copy itself
        QString originalPath; // the document's file, canonical; empty for an untitled document
        QDateTime saved;      // when it was autosaved
    };
    // Copies that another running Pathlight is still autosaving to (it holds the copy's lock,
    // `COPY.lock`) are not listed: a second window started beside a live one offered that one's
    // unsaved work as if it had crashed (newcomer walk, session 16). A crashed process's lock is
    // stale (QLockFile: its process is gone), and its copy is offered.
    static QList<RecoveryCopy> recoveryCopies();
    // Whether a running process (this one included) autosaves to `copy` now.
    static bool recoveryInUse(const QString& copy);

    // Writes through QSaveFile (atomic) and marks the document clean. Returns the error, if any.
    QString saveAs(const QString& path);
    // A fresh, empty topology.
    void clearToNew();
    // The recovery copy written by autosave: one per document, keyed by the file's canonical
    // path (so another spelling or a symlink finds it) or, untitled, by a key of its own.
    QString recoveryPath() const;
    static QString recoveryFolder();
    // Writes the recovery copy when there are unsaved changes (the autosave timer calls this).
    QString autosave();
    void discardRecovery();

    // Service tags (catalog/service_tags.h) that every trace uses from now on; the document is
    // traced again, its undo history kept. Null: the built-in platform tags only.
    void setServiceTags(std::shared_ptr<const ServiceTagDatabase> tags);
    const ServiceTagDatabase* serviceTags() const { return catalog_->serviceTags(); }
    const std::shared_ptr<const EndpointCatalog>& catalog() const { return catalog_; }

    static QString demoPath() { return QStringLiteral(":/examples/01-forced-tunneling-kms.pathlight.json"); }

signals:
    void changed();

private:
    void recompute(bool drawingKept = false);
    void replaceTopology(Topology topology);

    void attach(const QString& path);

    QString path_;
    bool lastChangeKeptDrawing_ = false;
    QString recoveryKey_;
    std::unique_ptr<QLockFile> recoveryLock_; // held while this document autosaves to its copy
    QString lockedCopy_;                      // the copy recoveryLock_ is for
    // Locks the copy at this document's key, or moves to a free key (see the .cpp); false when
    // none of 99 is free. `adopting` (recoverFrom): the copy at the key is this document's to take.
    bool claimRecoveryCopy(bool adopting = false);
    bool ownsRecoveryCopy() const;
    static constexpr int kRecoveryLockStaleMs = 5 * 60 * 1000;
    static constexpr QChar kRecoveryKeySuffix = u'~';
    std::shared_ptr<const EndpointCatalog> catalog_;
    void retire(std::shared_ptr<const Network> network);

    std::unique_ptr<Analysis> analysis_;
    std::vector<std::shared_ptr<const Network>> retired_; // freed once the event loop runs again
    std::vector<Diagnostic> loadWarnings_;
    std::vector<Diagnostic> diagnostics_;
    QUndoStack* undoStack_;
};

} // namespace pathlight
