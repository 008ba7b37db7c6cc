#pragma once
// One undo step that applies an Edit (a fix, or any id-addressed change) to the document.
// It holds the edit and its inverse, never pointers into the topology, so undo after the
// objects were recreated still works.

#include "edit/topology_edit.h"

#include <QUndoCommand>

namespace pathlight {

class Document;

class ApplyEditCommand : public QUndoCommand {
public:
    // The edit is already applied (Document::applyEdit does it, to report a refusal); the first
    // redo, which QUndoStack::push makes, does nothing.
    ApplyEditCommand(Document* document, Edit edit, const QString& text);
    const Edit& edit() const { return edit_; }
    void redo() override;
    void undo() override;

private:
    Document* document_;
    Edit edit_;
    Edit inverse_;
    bool applied_ = true;
};

} // namespace pathlight
