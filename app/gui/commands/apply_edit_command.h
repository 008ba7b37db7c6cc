#pragma once
// One undo step that applies an Edit (a fix, or any id-addressed change) to the document.
// It holds the edit and its inverse, never pointers into the topology, so undo after the
// objects were recreated still works.

#include "advice/topology_edit.h"

#include <QUndoCommand>

#include <optional>

namespace pathlight {

class Document;

class ApplyEditCommand : public QUndoCommand {
public:
    // `result` is the topology after the edit, already validated by the document; the first
    // redo uses it instead of applying the edit a second time.
    ApplyEditCommand(Document* document, Edit edit, Topology result, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    Edit edit_;
    Edit inverse_;
    std::optional<Topology> firstResult_;
};

} // namespace pathlight
